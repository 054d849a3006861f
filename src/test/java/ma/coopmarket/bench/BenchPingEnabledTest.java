package ma.coopmarket.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

/** With {@code coopmarket.bench.enabled=true} (as bench/run starts the app) the ceiling endpoint answers from
 * memory, and the floor endpoint after one {@code SELECT 1}. */
@QuarkusTest
@TestProfile(BenchPingEnabledTest.Enabled.class)
class BenchPingEnabledTest {

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coopmarket.bench.enabled", "true");
        }
    }

    @Test
    void answersASmallJsonRecordWhenEnabled() {
        given().when().get("/api/v1/bench/ping")
                .then().statusCode(200).contentType("application/json")
                .body("service", equalTo("coopmarket-api"))
                .body("status", equalTo("ok"));
    }

    @Test
    void answersTheSameRecordAfterOneDatabaseRoundTrip() {
        given().when().get("/api/v1/bench/db")
                .then().statusCode(200).contentType("application/json")
                .body("service", equalTo("coopmarket-api"))
                .body("version", equalTo(1));
    }
}
