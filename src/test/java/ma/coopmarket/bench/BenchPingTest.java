package ma.coopmarket.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark endpoints are off by default: it then looks like any unknown route, and is never in the contract. */
@QuarkusTest
class BenchPingTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/bench/ping", "/api/v1/bench/db" })
    void isAnUnknownRouteUnlessEnabled(String path) {
        given().when().get(path)
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo(path));
    }

    @Test
    void isNeverInTheContract() {
        given().accept("application/yaml").when().get("/q/openapi?format=yaml")
                .then().statusCode(200).body(not(containsString("/api/v1/bench")));
    }
}
