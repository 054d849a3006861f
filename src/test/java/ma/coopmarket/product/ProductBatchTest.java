package ma.coopmarket.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class ProductBatchTest extends ApiTest {

    private static final String BATCH = "/api/v1/partner/products/batch";

    static Map<String, Object> item(String ref, String cooperativeId) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalRef", ref);
        item.put("cooperativeId", cooperativeId);
        item.put("product", TestData.product("SKU-" + ref));
        return item;
    }

    static List<Map<String, Object>> items(String prefix, String cooperativeId, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(item(prefix + "-" + i, cooperativeId));
        }
        return items;
    }

    static JsonPath send(String key, List<?> items) {
        return TestData.withKey(key).contentType(ContentType.JSON).body(Map.of("items", items))
                .when().post(BATCH)
                .then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> productOf(Map<String, Object> item) {
        return (Map<String, Object>) item.get("product");
    }

    @Test
    void storesTheValidItemsOfA500ItemBatchAndRejectsEachInvalidOneAlone() {
        String coop = TestData.createCooperative(TestData.token());
        String otherCoop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        String prefix = TestData.token();
        List<Map<String, Object>> items = items(prefix, coop, 500);
        productOf(items.get(7)).put("price", new BigDecimal("-3"));
        productOf(items.get(42)).put("categoryCode", "NO_SUCH_CATEGORY");
        items.get(99).put("cooperativeId", otherCoop);
        items.get(150).put("externalRef", prefix + "-149");
        productOf(items.get(200)).put("price", "twelve");
        items.get(250).put("id", "mass-assignment");
        productOf(items.get(301)).put("sku", productOf(items.get(300)).get("sku"));
        List<Object> body = new ArrayList<>(items);
        body.set(400, "not an object");

        JsonPath result = send(key, body);

        assertEquals(492, result.getInt("summary.created"));
        assertEquals(8, result.getInt("summary.rejected"));
        assertEquals(500, result.getList("items").size());
        assertRejected(result, 7, 400, "items[7].product.price");
        assertRejected(result, 42, 400, "items[42].product.categoryCode");
        assertRejected(result, 99, 404, null);
        assertRejected(result, 150, 400, "items[150].externalRef");
        assertRejected(result, 200, 400, "items[200].product.price");
        assertRejected(result, 250, 400, "items[250].id");
        assertRejected(result, 301, 409, "items[301].product.sku");
        assertRejected(result, 400, 400, "items[400]");
        assertEquals("CREATED", result.getString("items[0].outcome"));
        assertEquals(prefix + "-0", result.getString("items[0].externalRef"));
        assertEquals(0, result.getInt("items[0].version"));
        assertEquals("CREATED", result.getString("items[300].outcome"));

        given().when().get("/api/v1/products?cooperativeId={c}&size=1", coop)
                .then().statusCode(200).body("totalElements", equalTo(492));
        String id = result.getString("items[499].id");
        TestData.withKey(key).when().get("/api/v1/partner/products/by-ref/{ref}", prefix + "-499")
                .then().statusCode(200).body("id", equalTo(id)).body("sku", equalTo("SKU-" + prefix + "-499"))
                .header("ETag", equalTo("\"0-0\""));
    }

    private static void assertRejected(JsonPath result, int index, int status, String field) {
        String at = "items[" + index + "].";
        assertEquals("REJECTED", result.getString(at + "outcome"), "item " + index);
        assertEquals(index, result.getInt(at + "index"));
        assertEquals(status, result.getInt(at + "problem.status"), "item " + index);
        assertNull(result.get(at + "id"));
        if (field != null) {
            assertEquals(List.of(field), result.getList(at + "problem.errors.field"), "item " + index);
        }
    }

    @Test
    void sendingTheSameBatchTwiceChangesNothing() {
        String coop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        List<Map<String, Object>> items = items(TestData.token(), coop, 30);
        productOf(items.get(3)).put("nameFr", "  Miel de thym  ");
        JsonPath first = send(key, items);
        assertEquals(30, first.getInt("summary.created"));

        productOf(items.get(5)).put("price", new BigDecimal("120.5"));
        productOf(items.get(6)).put("unitQuantity", new BigDecimal("250.000"));
        JsonPath second = send(key, items);
        assertEquals(Map.of("created", 0, "updated", 0, "unchanged", 30, "rejected", 0),
                second.getMap("summary"));
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(first.getList("items.version"), second.getList("items.version"));

        productOf(items.get(9)).put("stock", 3);
        JsonPath third = send(key, items);
        assertEquals(Map.of("created", 0, "updated", 1, "unchanged", 29, "rejected", 0), third.getMap("summary"));
        assertEquals("UPDATED", third.getString("items[9].outcome"));
        assertEquals(1, third.getInt("items[9].version"));
    }

    @Test
    void moreThan500ItemsIsA413ThatNamesTheLimit() {
        String coop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        TestData.withKey(key).contentType(ContentType.JSON).body(Map.of("items", items(TestData.token(), coop, 501)))
                .when().post(BATCH)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/batch-too-large"))
                .body("detail", containsString("at most 500 items"))
                .body("errors[0].field", equalTo("items"));
        given().when().get("/api/v1/products?cooperativeId={c}&size=1", coop)
                .then().statusCode(200).body("totalElements", equalTo(0));
    }

    @Test
    void onlyPartnersWithCatalogWriteMayUpsert() {
        String coop = TestData.createCooperative(TestData.token());
        Map<String, Object> body = Map.of("items", items(TestData.token(), coop, 1));
        String readOnly = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
        TestData.withKey(readOnly).contentType(ContentType.JSON).body(body).when().post(BATCH).then().statusCode(403);
        TestData.asAdmin().body(body).when().post(BATCH).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(BATCH).then().statusCode(401);
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        TestData.withKey(key).contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .when().post(BATCH).then().statusCode(400).body("errors[0].field", equalTo("items"));
    }

    @Test
    void aProductStaysInItsCooperativeAndComesBackWhenPushedAfterArchiving() {
        String coop = TestData.createCooperative(TestData.token());
        String other = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop, other));
        Map<String, Object> item = item(TestData.token(), coop);
        String id = send(key, List.of(item)).getString("items[0].id");

        item.put("cooperativeId", other);
        JsonPath moved = send(key, List.of(item));
        assertEquals("REJECTED", moved.getString("items[0].outcome"));
        assertEquals(409, moved.getInt("items[0].problem.status"));
        assertEquals("https://coopmarket.ma/problems/cooperative-mismatch", moved.getString("items[0].problem.type"));

        item.put("cooperativeId", coop);
        TestData.withKey(key).when().delete("/api/v1/products/{id}", id).then().statusCode(204);
        TestData.withKey(key).when().get("/api/v1/partner/products/by-ref/{ref}", item.get("externalRef"))
                .then().statusCode(404);
        JsonPath back = send(key, List.of(item));
        assertEquals("UPDATED", back.getString("items[0].outcome"));
        assertEquals(id, back.getString("items[0].id"));
        given().when().get("/api/v1/products/{id}", id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aReferenceBelongsToItsPartner() {
        String coop = TestData.createCooperative(TestData.token());
        String mine = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        String theirs = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        String ref = TestData.token();
        Map<String, Object> item = item(ref, coop);
        String id = send(mine, List.of(item)).getString("items[0].id");
        assertNotNull(id);

        TestData.withKey(theirs).when().get("/api/v1/partner/products/by-ref/{ref}", ref).then().statusCode(404);
        // The same reference is another product for another partner (and needs its own SKU).
        productOf(item).put("sku", "OTHER-" + ref);
        JsonPath other = send(theirs, List.of(item));
        assertEquals("CREATED", other.getString("items[0].outcome"));
        assertNotEquals(id, other.getString("items[0].id"));

        String etag = TestData.withKey(mine).when().get("/api/v1/partner/products/by-ref/{ref}", ref)
                .then().statusCode(200).body("id", equalTo(id)).extract().header("ETag");
        TestData.withKey(mine).header("If-None-Match", etag).when().get("/api/v1/partner/products/by-ref/{ref}", ref)
                .then().statusCode(304).header("ETag", equalTo(etag));
        TestData.asAdmin().when().get("/api/v1/partner/products/by-ref/{ref}", ref).then().statusCode(403);
    }

    @Test
    void everyResultCarriesItsReference() {
        String coop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        String prefix = TestData.token();
        TestData.withKey(key).contentType(ContentType.JSON).body(Map.of("items", items(prefix, coop, 3)))
                .when().post(BATCH)
                .then().statusCode(200)
                .body("items.outcome", everyItem(equalTo("CREATED")))
                .body("items.externalRef", equalTo(List.of(prefix + "-0", prefix + "-1", prefix + "-2")));
    }
}
