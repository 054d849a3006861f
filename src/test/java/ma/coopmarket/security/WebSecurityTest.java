package ma.coopmarket.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class WebSecurityTest extends ApiTest {

    @Test
    void corsAllowsListedOriginsOnlyAndNoCredentials() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/products")
                .then().header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        // A browser's code reads only the response headers CORS exposes: every one a client needs.
        String exposed = given().header("Origin", "http://localhost:3000").when().get("/api/v1/regions")
                .then().statusCode(200).extract().header("Access-Control-Expose-Headers");
        for (String header : List.of("Location", "Link", "ETag", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
                "RateLimit-Reset", "Idempotent-Replayed", "Content-Disposition", "WWW-Authenticate")) {
            org.junit.jupiter.api.Assertions.assertTrue(exposed != null
                    && java.util.Arrays.stream(exposed.split(",")).map(String::trim).anyMatch(header::equalsIgnoreCase),
                    header + " exposed in " + exposed);
        }
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/products")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void responsesCarrySecurityHeaders() {
        given().when().get("/api/v1/regions")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void oversizedBodyIs413Problem() {
        String big = "{\"nameFr\":\"" + "x".repeat(1_200_000) + "\"}";
        TestData.asAdmin().contentType(ContentType.JSON).body(big)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aChunkedJsonBodyWithoutALengthIs411() throws Exception {
        byte[] big = ("{\"nameFr\":\"" + "x".repeat(2_000_000) + "\"}").getBytes();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/cooperatives"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestData.adminToken())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(411, response.statusCode(), response.body());
        org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("length-required"), response.body());
    }

    @Test
    void overlongStringsAndArraysAreRefused() {
        var body = TestData.cooperative(TestData.token());
        body.put("descriptionFr", "é".repeat(2001));
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).body("errors[0].field", equalTo("descriptionFr"));
    }
}
