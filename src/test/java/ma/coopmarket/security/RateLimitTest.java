package ma.coopmarket.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** Runs with low limits (its own profile) to reach them in a few requests. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest extends ApiTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coopmarket.rate-limit.auth-per-minute", "4",
                    "coopmarket.rate-limit.anonymous-per-minute", "5",
                    "coopmarket.rate-limit.user-per-minute", "3");
        }
    }

    @Test
    void anonymousCallsAreLimitedPerAddressWithHeaders() {
        for (int i = 0; i < 5; i++) {
            // A path that matches no operation spends the same budget and carries the same headers.
            String path = i % 2 == 0 ? "/api/v1/regions" : i == 1 ? "/api/v1/nowhere" : "/nowhere";
            given().when().get(path)
                    .then().statusCode(i % 2 == 0 ? 200 : 404)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(4 - i));
        }
        given().header("Accept-Language", "fr").when().delete("/api/v1/regions").then().statusCode(429)
                .contentType("application/problem+json").header("Content-Language", "fr")
                .body("title", equalTo("Trop de requêtes"))
                .header("Retry-After", notNullValue()).header("RateLimit-Remaining", "0");
        var refused = given().when().get("/api/v1/regions")
                .then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    @Test
    void signInIsLimitedMoreStrictlyAgainstBruteForce() {
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            int status = given().contentType(ContentType.JSON)
                    .body(Map.of("email", "victim@example.ma", "password", "Guess-" + i + "-password"))
                    .when().post("/api/v1/auth/token").statusCode();
            if (status == 429) {
                refused++;
            } else {
                assertEquals(401, status);
            }
        }
        assertEquals(2, refused, "4 attempts allowed per minute, then 429");
        // The same endpoint reached through a dot segment counts against the same budget.
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("email", "victim@example.ma", "password", "Guess-7-password"))
                .when().post("/api/v1/products/../auth/token").then().statusCode(429);
    }

    @Test
    void guessedKeysSpendTheStrictBudgetAndEndIn429() {
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            var response = given().header("X-API-Key", "cmk_3f9a1c07be42_guess" + i).when().get("/api/v1/regions");
            if (response.statusCode() == 429) {
                refused++;
            } else {
                assertEquals(401, response.statusCode());
                assertEquals("4", response.header("RateLimit-Limit"), "a 401 carries the RateLimit headers too");
            }
        }
        assertEquals(2, refused, "4 failed authentications allowed per minute, then 429");
    }

    @Test
    void signedInUsersHaveTheirOwnBudget() {
        // A valid token made here, so that this test spends none of the sign-in budget.
        String token = Jwt.subject("budget-" + TestData.token()).groups("CUSTOMER").expiresIn(300).sign();
        for (int i = 0; i < 3; i++) {
            TestData.as(token).when().get("/api/v1/regions").then().statusCode(200).header("RateLimit-Limit", "3");
        }
        TestData.as(token).when().get("/api/v1/regions").then().statusCode(429).header("Retry-After", notNullValue());
    }
}
