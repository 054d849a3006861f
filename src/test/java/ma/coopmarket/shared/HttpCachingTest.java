package ma.coopmarket.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** ETag / If-None-Match on single resources, and Cache-Control by who asks what. */
@QuarkusTest
class HttpCachingTest extends ApiTest {

    @Test
    void aProductIsNotModifiedUntilItChanges() {
        String coop = TestData.createCooperative(TestData.token());
        Map<String, Object> body = TestData.product("ETAG-1");
        String id = TestData.createProduct(coop, body);
        String etag = given().when().get("/api/v1/products/{id}", id)
                .then().statusCode(200).header("ETag", not(emptyOrNullString())).extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/api/v1/products/{id}", id)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyOrNullString());

        body.put("stock", 3);
        TestData.asAdmin().contentType(ContentType.JSON).body(body).when().put("/api/v1/products/{id}", id)
                .then().statusCode(200);
        String changed = given().header("If-None-Match", etag).when().get("/api/v1/products/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void aCooperativeIsNotModifiedUntilItChanges() {
        String id = TestData.createCooperative(TestData.token());
        String etag = given().when().get("/api/v1/cooperatives/{id}", id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/cooperatives/{id}", id).then().statusCode(304);
        given().header("If-None-Match", "W/\"something-else\"").when().get("/api/v1/cooperatives/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void anonymousPublicReadsMayBeCachedSignedInOnesArePrivateAndTokensNever() {
        given().when().get("/api/v1/products?size=1").then().statusCode(200)
                .header("Cache-Control", containsString("public")).header("Vary", containsString("Authorization"));
        given().when().get("/api/v1/regions").then().header("Cache-Control", containsString("max-age="));
        TestData.asAdmin().when().get("/api/v1/products?size=1").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", TestData.ADMIN_EMAIL, "password", TestData.ADMIN_PASSWORD))
                .when().post("/api/v1/auth/token").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().when().get("/api/v1/products/{id}", "missing").then().statusCode(404)
                .header("Cache-Control", equalTo("no-store"));
    }
}
