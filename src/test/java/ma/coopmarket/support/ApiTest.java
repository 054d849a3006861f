package ma.coopmarket.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * Base of every HTTP test: each response is validated against the committed {@code openapi.yaml},
 * so behaviour and contract cannot drift apart. Requests are not validated, since many tests send
 * invalid input on purpose. Decimals are read as BigDecimal so that prices compare exactly.
 */
public abstract class ApiTest {

    static {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl("openapi.yaml")
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        RestAssured.filters(new OpenApiValidationFilter(validator));
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
