package ma.coopmarket.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class OrderLifecycleTest extends ApiTest {

    @Inject
    EntityManager em;

    /** A one-part order of 3 units from a product with 40 in stock. */
    private record Fixture(String coop, String product, String customer, String manager, String orderId, String partId) {

        String path(String move) {
            return "/api/v1/orders/" + orderId + "/parts/" + partId + "/" + move;
        }
    }

    private Fixture fixture() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "50.00", 40);
        String customer = TestData.customerToken();
        var order = TestData.placeOrder(customer, TestData.order(product, 3)).then().statusCode(201).extract();
        return new Fixture(coop, product, customer, TestData.managerToken(coop), order.path("id"),
                order.path("parts[0].id"));
    }

    @Test
    void movesThroughConfirmShipDeliverWithHistoryAndDerivedStatus() {
        Fixture f = fixture();
        TestData.as(f.manager()).post(f.path("confirm")).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("parts[0].status", equalTo("CONFIRMED"));
        TestData.as(f.manager()).post(f.path("ship")).then().statusCode(200).body("parts[0].status", equalTo("SHIPPED"));
        TestData.as(f.manager()).contentType(ContentType.JSON).body(Map.of("collectedBy", "Amine, Souss Express"))
                .post(f.path("deliver")).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("parts[0].status", equalTo("DELIVERED"))
                .body("parts[0].cashCollectedBy", equalTo("Amine, Souss Express"))
                .body("parts[0].cashCollectedAt", notNullValue())
                .body("parts[0].history.to", contains("PENDING_CONFIRMATION", "CONFIRMED", "SHIPPED", "DELIVERED"))
                .body("parts[0].history.by", contains("CUSTOMER", "MANAGER", "MANAGER", "MANAGER"));
        assertEquals(37, TestData.stockOf(f.product()));
    }

    @Test
    void anOrderWhosePartsMoveApartIsInProgressAndItsUpdatedAtFollowsThem() throws InterruptedException {
        String soussCoop = TestData.createCooperative(TestData.token());
        String orientalCoop = TestData.createCooperative(TestData.token());
        String a = TestData.productWith(soussCoop, "100.00", 5);
        String b = TestData.productWith(orientalCoop, "30.00", 5);
        String customer = TestData.customerToken();
        var placed = TestData.placeOrder(customer, TestData.order(a, 1, b, 1)).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract();
        String orderId = placed.path("id");
        String soussPart = placed.path("parts.find { it.cooperativeId == '" + soussCoop + "' }.id");
        String soussManager = TestData.managerToken(soussCoop);
        String path = "/api/v1/orders/" + orderId + "/parts/" + soussPart + "/";
        String before = TestData.as(customer).get("/api/v1/orders/{id}", orderId).then().extract().path("updatedAt");
        // Each part names its cooperative, as a front end shows it.
        String soussName = given().get("/api/v1/cooperatives/{id}", soussCoop).then().statusCode(200).extract().path("nameFr");
        String soussNameAr = given().get("/api/v1/cooperatives/{id}", soussCoop).then().extract().path("nameAr");
        TestData.as(customer).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .body("parts.find { it.cooperativeId == '" + soussCoop + "' }.cooperativeNameFr", equalTo(soussName))
                .body("parts.find { it.cooperativeId == '" + soussCoop + "' }.cooperativeNameAr", equalTo(soussNameAr));

        Thread.sleep(5); // instants in microseconds: the next move is later
        TestData.as(soussManager).post(path + "confirm").then().statusCode(200);
        TestData.as(soussManager).post(path + "ship").then().statusCode(200);
        String shipped = TestData.as(customer).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).extract().path("updatedAt");
        assertTrue(java.time.Instant.parse(shipped).isAfter(java.time.Instant.parse(before)),
                "updatedAt " + shipped + " moved on from " + before + " with the part's moves");

        // One part delivered, the other still awaiting its cooperative: in progress, not pending.
        TestData.as(soussManager).contentType(ContentType.JSON).body(Map.of("collectedBy", "Souss Express"))
                .post(path + "deliver").then().statusCode(200);
        TestData.as(customer).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("parts.find { it.cooperativeId == '" + orientalCoop + "' }.status", equalTo("PENDING_CONFIRMATION"));
        TestData.as(customer).get("/api/v1/orders?status=IN_PROGRESS").then().statusCode(200)
                .body("items.id", contains(orderId));
    }

    @Test
    void illegalMovesAre409AndChangeNothing() {
        Fixture f = fixture();
        TestData.as(f.manager()).post(f.path("ship")).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"));
        TestData.as(f.manager()).post(f.path("deliver")).then().statusCode(409);
        TestData.as(f.manager()).post(f.path("confirm")).then().statusCode(200);
        TestData.as(f.manager()).post(f.path("confirm")).then().statusCode(409);
        TestData.as(f.manager()).post(f.path("ship")).then().statusCode(200);
        TestData.as(f.customer()).post(f.path("cancel")).then().statusCode(409);
        TestData.as(f.manager()).post(f.path("refuse")).then().statusCode(409);
        TestData.as(f.manager()).post(f.path("deliver")).then().statusCode(200);
        for (String move : List.of("confirm", "ship", "deliver", "refuse")) {
            TestData.as(f.manager()).post(f.path(move)).then().statusCode(409);
        }
        TestData.as(f.customer()).post(f.path("cancel")).then().statusCode(409);
        TestData.as(f.customer()).get("/api/v1/orders/{id}", f.orderId()).then()
                .body("parts[0].history", hasSize(4)).body("parts[0].status", equalTo("DELIVERED"));
    }

    @Test
    void refusalGivesTheStockBackExactlyOnce() {
        Fixture f = fixture();
        assertEquals(37, TestData.stockOf(f.product()));
        TestData.as(f.manager()).contentType(ContentType.JSON).body(Map.of("reason", "Récolte épuisée"))
                .post(f.path("refuse")).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("parts[0].status", equalTo("REFUSED"))
                .body("parts[0].refusalReason", equalTo("Récolte épuisée"));
        assertEquals(40, TestData.stockOf(f.product()));
        TestData.as(f.manager()).post(f.path("refuse")).then().statusCode(409);
        TestData.as(f.customer()).post(f.path("cancel")).then().statusCode(409);
        assertEquals(40, TestData.stockOf(f.product()));
    }

    @Test
    void customerCancelsUntilShippedAndStockReturnsOnce() {
        Fixture f = fixture();
        TestData.as(f.manager()).post(f.path("confirm")).then().statusCode(200);
        TestData.as(f.customer()).post(f.path("cancel")).then().statusCode(200).body("parts[0].status", equalTo("CANCELLED"));
        assertEquals(40, TestData.stockOf(f.product()));
        TestData.as(f.customer()).post(f.path("cancel")).then().statusCode(409);
        assertEquals(40, TestData.stockOf(f.product()));
    }

    @Test
    void whoMayMoveAPart() {
        Fixture f = fixture();
        String otherCustomer = TestData.customerToken();
        String otherManager = TestData.managerToken(TestData.createCooperative(TestData.token()));
        given().contentType(ContentType.JSON).post(f.path("confirm")).then().statusCode(401);
        TestData.as(f.customer()).post(f.path("confirm")).then().statusCode(403);
        TestData.as(otherManager).post(f.path("confirm")).then().statusCode(404);
        TestData.as(f.manager()).post(f.path("cancel")).then().statusCode(403);
        TestData.as(otherCustomer).post(f.path("cancel")).then().statusCode(404);
        TestData.as(f.manager()).post("/api/v1/orders/{o}/parts/{p}/confirm", f.orderId(), "no-such-part")
                .then().statusCode(404);
        TestData.asAdmin().post(f.path("confirm")).then().statusCode(200).body("parts[0].history[1].by", equalTo("ADMIN"));
    }

    @Test
    void whoMayReadAnOrder() {
        String soussCoop = TestData.createCooperative(TestData.token());
        String orientalCoop = TestData.createCooperative(TestData.token());
        String a = TestData.productWith(soussCoop, "100.00", 5);
        String b = TestData.productWith(orientalCoop, "30.00", 5);
        String customer = TestData.customerToken();
        String orderId = TestData.placeOrder(customer, TestData.order(a, 1, b, 2)).then().statusCode(201).extract().path("id");
        String soussManager = TestData.managerToken(soussCoop);

        TestData.as(customer).get("/api/v1/orders/{id}", orderId).then().statusCode(200).body("parts", hasSize(2));
        TestData.asAdmin().get("/api/v1/orders/{id}", orderId).then().statusCode(200).body("parts", hasSize(2));
        TestData.as(soussManager).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .body("parts", hasSize(1))
                .body("parts[0].cooperativeId", equalTo(soussCoop))
                .body("total", equalTo("100.00"))
                .body("delivery.phone", equalTo("+212612345678"));
        TestData.as(soussManager).get("/api/v1/orders?cooperativeId=" + soussCoop).then().statusCode(200)
                .body("items.id", contains(orderId)).body("items[0].parts", hasSize(1));
        TestData.as(TestData.customerToken()).get("/api/v1/orders/{id}", orderId).then().statusCode(404);
        TestData.as(TestData.managerToken(TestData.createCooperative(TestData.token()))).get("/api/v1/orders/{id}", orderId)
                .then().statusCode(404);
        given().get("/api/v1/orders/{id}", orderId).then().statusCode(401);
        TestData.withKey(TestData.partnerKey(List.of("CATALOG_READ"), List.of(soussCoop))).get("/api/v1/orders/{id}", orderId)
                .then().statusCode(403);
    }

    @Test
    void theScheduledJobExpiresUnconfirmedPartsAndReturnsStock() throws InterruptedException {
        Fixture f = fixture();
        String confirmedPart = TestData.placeOrder(f.customer(), TestData.order(f.product(), 1)).then().statusCode(201)
                .extract().path("parts[0].id");
        assertEquals(36, TestData.stockOf(f.product()));
        Instant past = Instant.now().minusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("update OrderPart p set p.expiresAt = :past where p.id in :ids")
                .setParameter("past", past).setParameter("ids", List.of(f.partId(), confirmedPart)).executeUpdate());
        // The second part was confirmed in time: a deadline passing later must not expire it.
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("update OrderPart p set p.status = :confirmed where p.id = :id")
                .setParameter("confirmed", PartStatus.CONFIRMED).setParameter("id", confirmedPart).executeUpdate());

        await("the expiry job (every 1 s in tests) expires the part").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> TestData.as(f.customer()).get("/api/v1/orders/{id}", f.orderId()).then().extract()
                        .<String>path("parts[0].status"), "EXPIRED"::equals);
        TestData.as(f.customer()).get("/api/v1/orders/{id}", f.orderId()).then()
                .body("status", equalTo("CANCELLED"))
                .body("parts[0].history[1].by", equalTo("SYSTEM"));
        assertEquals(39, TestData.stockOf(f.product()));
        TestData.as(f.manager()).post(f.path("confirm")).then().statusCode(409);
        assertTrue(TestData.stockOf(f.product()) == 39, "stock is returned once");
    }
}
