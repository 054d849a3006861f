package ma.coopmarket.support;

import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every HTTP test of the API's operations: during each of its tests (and only then: the
 * validator is put in place before each test and taken away after it, whatever ran before), each
 * response is validated against the committed {@code openapi.yaml}, so behaviour and contract cannot
 * drift apart. Requests are not validated, since many tests send invalid input on purpose. Decimals
 * are read as BigDecimal so that prices compare exactly. Tests of what the contract does not describe
 * (health, metrics, the contract's own files, the benchmark's endpoint) do not extend it.
 */
public abstract class ApiTest {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(OpenApiInteractionValidator
            .createForSpecificationUrl("openapi.yaml")
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build());

    @BeforeEach
    void validateResponsesAgainstTheContract() {
        RestAssured.replaceFiltersWith(List.of(CONTRACT));
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @AfterEach
    void stopValidating() {
        RestAssured.replaceFiltersWith(List.of());
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig());
    }
}
