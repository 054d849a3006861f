package ma.coopmarket.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** Strong ETags on single resources; If-None-Match gives 304, a stale If-Match 412. */
@QuarkusTest
class ConditionalRequestTest extends ApiTest {

    private static String etagOf(String path, Object id) {
        return given().get(path, id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aCurrentTagInIfNoneMatchIsA304UntilTheProductChanges() {
        String coop = TestData.createCooperative(TestData.token());
        String id = TestData.productWith(coop, "10.00", 5);
        String etag = etagOf("/api/v1/products/{id}", id);
        assertEquals("\"0-0\"", etag, "strong, from the product's and its cooperative's versions");

        given().header("If-None-Match", etag).get("/api/v1/products/{id}", id)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", "\"9-9\", W/" + etag).get("/api/v1/products/{id}", id)
                .then().statusCode(304);
        given().header("If-None-Match", "\"9-9\"").get("/api/v1/products/{id}", id)
                .then().statusCode(200).header("ETag", equalTo(etag));

        TestData.placeOrder(TestData.customerToken(), TestData.order(id, 1)).then().statusCode(201);
        given().header("If-None-Match", etag).get("/api/v1/products/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1-0\"")).body("stock", equalTo(4));

        // The product embeds its cooperative's summary: a change of the cooperative is a new representation.
        TestData.asAdmin().body(TestData.cooperative(TestData.token())).put("/api/v1/cooperatives/{id}", coop)
                .then().statusCode(200);
        assertEquals("\"1-1\"", etagOf("/api/v1/products/{id}", id));
    }

    @Test
    void aStaleIfMatchIsA412AndChangesNothing() {
        String coop = TestData.createCooperative(TestData.token());
        String id = TestData.productWith(coop, "10.00", 5);
        String etag = etagOf("/api/v1/products/{id}", id);
        Map<String, Object> body = TestData.product("C-" + TestData.token());

        String next = TestData.asAdmin().header("If-Match", etag).body(body).put("/api/v1/products/{id}", id)
                .then().statusCode(200).header("ETag", not(equalTo(etag))).extract().header("ETag");
        assertEquals("\"1-0\"", next);

        body.put("nameFr", "Overwritten from a stale copy");
        TestData.asAdmin().header("If-Match", etag).body(body).put("/api/v1/products/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
        TestData.asAdmin().header("If-Match", "W/" + next).body(body).put("/api/v1/products/{id}", id)
                .then().statusCode(412);
        TestData.asAdmin().header("If-Match", etag).delete("/api/v1/products/{id}", id).then().statusCode(412);
        given().get("/api/v1/products/{id}", id).then().statusCode(200)
                .body("version", equalTo(1)).body("nameFr", not(equalTo("Overwritten from a stale copy")));

        TestData.asAdmin().header("If-Match", "\"7-7\", " + next).delete("/api/v1/products/{id}", id)
                .then().statusCode(204);
    }

    @Test
    void aWriteWithoutIfMatchIsAcceptedLastWriterWins() {
        String coop = TestData.createCooperative(TestData.token());
        String id = TestData.productWith(coop, "10.00", 5);
        TestData.asAdmin().body(TestData.product("A-" + TestData.token())).put("/api/v1/products/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1-0\""));
        TestData.asAdmin().header("If-Match", "*").body(TestData.product("B-" + TestData.token()))
                .put("/api/v1/products/{id}", id).then().statusCode(200).header("ETag", equalTo("\"2-0\""));
    }

    @Test
    void twoWritersHoldingTheSameTagGetOne200AndOne412() throws Exception {
        String coop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        for (int round = 0; round < 5; round++) {
            String id = TestData.productWith(coop, "10.00", 5);
            String etag = etagOf("/api/v1/products/{id}", id);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> writers = new ArrayList<>();
                writers.add(pool.submit(() -> {
                    start.await();
                    return TestData.asAdmin().header("If-Match", etag).body(TestData.product("W1-" + TestData.token()))
                            .put("/api/v1/products/{id}", id).statusCode();
                }));
                writers.add(pool.submit(() -> {
                    start.await();
                    return TestData.withKey(key).contentType(ContentType.JSON).header("If-Match", etag)
                            .body(TestData.product("W2-" + TestData.token())).put("/api/v1/products/{id}", id)
                            .statusCode();
                }));
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> writer : writers) {
                    statuses.add(writer.get(60, TimeUnit.SECONDS));
                }
                statuses.sort(null);
                assertEquals(List.of(200, 412), statuses, "round " + round);
                given().get("/api/v1/products/{id}", id).then().body("version", equalTo(1));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void cooperativesCarryTagsToo() {
        String coop = TestData.createCooperative(TestData.token());
        String etag = etagOf("/api/v1/cooperatives/{id}", coop);
        assertEquals("\"0\"", etag);
        given().header("If-None-Match", etag).get("/api/v1/cooperatives/{id}", coop).then().statusCode(304);

        String next = TestData.asAdmin().header("If-Match", etag).body(TestData.cooperative(TestData.token()))
                .put("/api/v1/cooperatives/{id}", coop).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, next);
        TestData.asAdmin().header("If-Match", etag).body(TestData.cooperative(TestData.token()))
                .put("/api/v1/cooperatives/{id}", coop).then().statusCode(412)
                .contentType("application/problem+json");
        given().header("If-None-Match", etag).get("/api/v1/cooperatives/{id}", coop)
                .then().statusCode(200).header("ETag", equalTo(next));
    }
}
