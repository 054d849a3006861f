package ma.coopmarket.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class ApiKeyTest extends ApiTest {

    private static String newPartner(String cooperativeId) {
        return TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Souk " + TestData.token(), "permissions", List.of("CATALOG_WRITE"),
                        "cooperativeIds", List.of(cooperativeId)))
                .when().post("/api/v1/admin/partners")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, String> newKey(String partnerId) {
        return TestData.asAdmin().when().post("/api/v1/admin/partners/{id}/keys", partnerId)
                .then().statusCode(201)
                .body("key", startsWith("cmk_"))
                .extract().jsonPath().getMap("$");
    }

    @Test
    void keyIsShownOnceStoredAsHashAndTracksLastUse() {
        String coop = TestData.createCooperative(TestData.token());
        String partner = newPartner(coop);
        Map<String, String> key = newKey(partner);

        TestData.asAdmin().when().get("/api/v1/admin/partners/{id}", partner)
                .then().statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].prefix", equalTo(key.get("prefix")))
                .body("keys[0].lastUsedAt", nullValue())
                .body(not(containsString(key.get("key"))))
                .body(not(containsString("hash")));

        TestData.withKey(key.get("key")).contentType(ContentType.JSON).body(TestData.product("KEY-1"))
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(201);
        TestData.asAdmin().when().get("/api/v1/admin/partners/{id}", partner)
                .then().body("keys[0].lastUsedAt", notNullValue());
    }

    @Test
    void revokedKeyIs401AndRotationKeepsTheNewKeyWorking() {
        String coop = TestData.createCooperative(TestData.token());
        String partner = newPartner(coop);
        Map<String, String> old = newKey(partner);
        Map<String, String> fresh = newKey(partner);

        TestData.asAdmin().when().delete("/api/v1/admin/partners/{id}/keys/{key}", partner, old.get("id"))
                .then().statusCode(204);

        TestData.withKey(old.get("key")).contentType(ContentType.JSON).body(TestData.product("ROT-1"))
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(401).contentType("application/problem+json");
        TestData.withKey(fresh.get("key")).contentType(ContentType.JSON).body(TestData.product("ROT-2"))
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(201);
    }

    @Test
    void unknownOrMalformedKeysAre401() {
        String coop = TestData.createCooperative(TestData.token());
        for (String key : List.of("cmk_000000000000_nope", "garbage", "cmk_")) {
            TestData.withKey(key).contentType(ContentType.JSON).body(TestData.product("BAD"))
                    .when().post("/api/v1/cooperatives/{id}/products", coop)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void keyInTheQueryStringIsNotAccepted() {
        String coop = TestData.createCooperative(TestData.token());
        String key = newKey(newPartner(coop)).get("key");
        given().contentType(ContentType.JSON).body(TestData.product("QS-1"))
                .queryParam("X-API-Key", key).queryParam("api_key", key)
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(401);
    }
}
