package ma.coopmarket.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class OrderPlacementTest extends ApiTest {

    @Test
    void splitsAMultiCooperativeOrderIntoPartsWithServerComputedTotals() {
        String souss = TestData.createCooperative(TestData.token());
        String oriental = TestData.createCooperative(TestData.token());
        String argan = TestData.productWith(souss, "120.50", 40);
        String honey = TestData.productWith(souss, "0.10", 40);
        String rug = TestData.productWith(oriental, "1500.00", 3);

        var created = TestData.placeOrder(TestData.customerToken(), TestData.order(argan, 2, rug, 1, honey, 3))
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("currency", equalTo("MAD"))
                .body("paymentMethod", equalTo("CASH_ON_DELIVERY"))
                .body("parts", hasSize(2))
                .extract();
        JsonPath order = created.jsonPath();
        assertEquals(true, created.header("Location").endsWith("/api/v1/orders/" + order.getString("id")));
        assertEquals("1741.30", order.get("total"));
        Map<String, Object> soussPart = order.getMap("parts.find { it.cooperativeId == '" + souss + "' }");
        assertEquals("241.30", soussPart.get("subtotal"));
        assertEquals("241.30", soussPart.get("amountToCollect"));
        assertEquals("PENDING_CONFIRMATION", soussPart.get("status"));
        assertEquals(2, ((List<?>) soussPart.get("lines")).size());
        assertEquals("1500.00", order.get("parts.find { it.cooperativeId == '" + oriental + "' }.subtotal"));
        assertEquals("PENDING_CONFIRMATION", order.getString("parts[0].history[0].to"));

        assertEquals(38, TestData.stockOf(argan));
        assertEquals(37, TestData.stockOf(honey));
        assertEquals(2, TestData.stockOf(rug));
    }

    @Test
    void laterPriceChangesDoNotTouchThePriceSnapshot() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "99.90", 10);
        String token = TestData.customerToken();
        String orderId = TestData.placeOrder(token, TestData.order(product, 2)).then().statusCode(201).extract().path("id");

        Map<String, Object> update = TestData.product("NEWPRICE");
        update.put("price", new BigDecimal("150.00"));
        TestData.asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/products/{id}", product)
                .then().statusCode(200);

        JsonPath order = TestData.as(token).get("/api/v1/orders/{id}", orderId).then().statusCode(200).extract().jsonPath();
        assertEquals("99.90", order.get("parts[0].lines[0].unitPrice"));
        assertEquals("199.80", order.get("parts[0].lines[0].lineTotal"));
        assertEquals("199.80", order.get("total"));
    }

    @Test
    void shortLinesAre409ListingEachAndNothingIsTaken() {
        String coop = TestData.createCooperative(TestData.token());
        String plenty = TestData.productWith(coop, "10.00", 50);
        String few = TestData.productWith(coop, "10.00", 2);
        String none = TestData.productWith(coop, "10.00", 0);

        TestData.placeOrder(TestData.customerToken(), TestData.order(plenty, 5, few, 3, none, 1))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/insufficient-stock"))
                .body("shortages", hasSize(2))
                .body("shortages.find { it.productId == '" + few + "' }.available", equalTo(2))
                .body("shortages.find { it.productId == '" + few + "' }.requested", equalTo(3))
                .body("shortages.find { it.productId == '" + none + "' }.available", equalTo(0));
        assertEquals(50, TestData.stockOf(plenty));
        assertEquals(2, TestData.stockOf(few));
    }

    @Test
    void unknownAndUnavailableProductsAre422() {
        String coop = TestData.createCooperative(TestData.token());
        Map<String, Object> draft = TestData.product("DRAFT-" + TestData.token());
        draft.put("status", "DRAFT");
        String draftId = TestData.createProduct(coop, draft);
        String archived = TestData.productWith(coop, "10.00", 5);
        TestData.asAdmin().delete("/api/v1/products/{id}", archived).then().statusCode(204);
        String fine = TestData.productWith(coop, "10.00", 5);

        TestData.placeOrder(TestData.customerToken(), TestData.order(fine, 1, "no-such-product", 1, draftId, 1, archived, 1))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("lines[1].productId", "lines[2].productId", "lines[3].productId"));
        assertEquals(5, TestData.stockOf(fine));
    }

    @Test
    void malformedOrdersAre400() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 5);
        String token = TestData.customerToken();

        TestData.placeOrder(token, TestData.order(product, 0)).then().statusCode(400)
                .body("errors.field", contains("lines[0].quantity"));
        TestData.placeOrder(token, TestData.order(product, 101)).then().statusCode(400)
                .body("errors.field", contains("lines[0].quantity"));
        TestData.placeOrder(token, TestData.order(product, 1, product, 2)).then().statusCode(400)
                .body("errors.field", contains("lines[1].productId"));
        TestData.placeOrder(token, TestData.order()).then().statusCode(400).body("errors.field", contains("lines"));

        Object[] many = new Object[102];
        for (int i = 0; i < 51; i++) {
            many[2 * i] = "p" + i;
            many[2 * i + 1] = 1;
        }
        TestData.placeOrder(token, TestData.order(many)).then().statusCode(400).body("errors.field", contains("lines"));

        Map<String, Object> withPrice = TestData.order(product, 1);
        withPrice.put("total", 1);
        TestData.placeOrder(token, withPrice).then().statusCode(400).body("errors.field", contains("total"));

        Map<String, Object> badRegion = TestData.order(product, 1);
        badRegion.put("delivery", Map.of("name", "S", "phone", "+212612345678", "city", "Agadir", "regionCode", "MA-99",
                "addressLine", "x"));
        TestData.placeOrder(token, badRegion).then().statusCode(400).body("errors.field", contains("delivery.regionCode"));

        Map<String, Object> noDelivery = TestData.order(product, 1);
        noDelivery.remove("delivery");
        TestData.placeOrder(token, noDelivery).then().statusCode(400)
                .body("errors.field", contains("delivery", "deliveryAddressId"));
        assertEquals(5, TestData.stockOf(product));
    }

    @Test
    void onlyCustomersPlaceOrders() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 5);
        given().contentType(ContentType.JSON).body(TestData.order(product, 1)).post("/api/v1/orders")
                .then().statusCode(401);
        TestData.placeOrder(TestData.managerToken(coop), TestData.order(product, 1)).then().statusCode(403);
        TestData.withKey(TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop))).contentType(ContentType.JSON)
                .body(TestData.order(product, 1)).post("/api/v1/orders").then().statusCode(403);
        assertEquals(5, TestData.stockOf(product));
    }

    @Test
    void listsFilterByStatusCooperativeAndDate() {
        String coop = TestData.createCooperative(TestData.token());
        String other = TestData.createCooperative(TestData.token());
        String a = TestData.productWith(coop, "10.00", 10);
        String b = TestData.productWith(other, "10.00", 10);
        String token = TestData.customerToken();
        String first = TestData.placeOrder(token, TestData.order(a, 1)).then().statusCode(201).extract().path("id");
        String second = TestData.placeOrder(token, TestData.order(b, 1)).then().statusCode(201).extract().path("id");
        String partId = TestData.as(token).get("/api/v1/orders/{id}", first).then().extract().path("parts[0].id");
        TestData.as(token).post("/api/v1/orders/{o}/parts/{p}/cancel", first, partId).then().statusCode(200);

        TestData.as(token).get("/api/v1/orders").then().statusCode(200)
                .body("items.id", contains(second, first));
        TestData.as(token).get("/api/v1/orders?status=CANCELLED").then().body("items.id", contains(first));
        TestData.as(token).get("/api/v1/orders?partStatus=PENDING_CONFIRMATION").then().body("items.id", contains(second));
        TestData.as(token).get("/api/v1/orders?cooperativeId=" + other).then().body("items.id", contains(second));
        TestData.as(token).get("/api/v1/orders?createdFrom=2000-01-01T00:00:00Z&createdTo=2001-01-01T00:00:00Z")
                .then().body("items", hasSize(0));
        TestData.as(token).get("/api/v1/orders?createdFrom=2000-01-01T00:00:00Z").then().body("items", hasSize(2));
        TestData.as(token).get("/api/v1/orders?createdFrom=yesterday").then().statusCode(400)
                .body("errors.field", contains("createdFrom"));
        List<String> none = new ArrayList<>();
        TestData.as(TestData.customerToken()).get("/api/v1/orders").then().body("items.id", equalTo(none));
    }
}
