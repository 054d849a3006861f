package ma.coopmarket.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** Real parallel HTTP requests against the real database: stock holds, retries are safe. */
@QuarkusTest
class OrderConcurrencyTest extends ApiTest {

    /** Runs every call at once (released together by a latch) and returns the responses. */
    private static List<Response> parallel(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 64));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> statuses(List<Response> responses) {
        Map<Integer, Integer> counts = new ConcurrentHashMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1, Integer::sum));
        return counts;
    }

    /** Units of {@code productId} in all orders of the cooperative, as an admin reads them. */
    private static int unitsOrdered(String cooperativeId, String productId) {
        int units = 0;
        for (int page = 0;; page++) {
            JsonPath orders = TestData.asAdmin().get("/api/v1/orders?cooperativeId={c}&size=100&page={p}", cooperativeId, page)
                    .then().statusCode(200).extract().jsonPath();
            List<Integer> quantities = orders.getList("items.parts.flatten().lines.flatten().findAll { it.productId == '"
                    + productId + "' }.quantity", Integer.class);
            units += quantities.stream().mapToInt(Integer::intValue).sum();
            if (page + 1 >= orders.getInt("totalPages")) {
                return units;
            }
        }
    }

    @Test
    void twoHundredBuyersForFiftyUnitsNeverOversell() throws Exception {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "25.00", 50);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(TestData.customerToken());
        }
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String token = customers.get(i % customers.size());
            calls.add(() -> TestData.placeOrder(token, TestData.order(product, 1)));
        }
        Map<Integer, Integer> counts = statuses(parallel(calls));

        assertEquals(Map.of(201, 50, 409, 150), counts);
        assertEquals(0, TestData.stockOf(product));
        assertEquals(50, unitsOrdered(coop, product));
    }

    @Test
    void crossingOrdersNeitherDeadlockIntoErrorsNorLoseStock() throws Exception {
        String coop = TestData.createCooperative(TestData.token());
        String a = TestData.productWith(coop, "10.00", 30);
        String b = TestData.productWith(coop, "10.00", 30);
        String token = TestData.customerToken();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = i % 2 == 0 ? TestData.order(a, 1, b, 1) : TestData.order(b, 1, a, 1);
            calls.add(() -> TestData.placeOrder(token, body));
        }
        Map<Integer, Integer> counts = statuses(parallel(calls));

        assertTrue(counts.keySet().stream().allMatch(s -> s == 201 || s == 409), "only 201 and 409: " + counts);
        int soldA = unitsOrdered(coop, a);
        int soldB = unitsOrdered(coop, b);
        assertEquals(30, TestData.stockOf(a) + soldA, "A: initial = remaining + sold");
        assertEquals(30, TestData.stockOf(b) + soldB, "B: initial = remaining + sold");
        assertEquals(counts.getOrDefault(201, 0), soldA);
        assertEquals(soldA, soldB);
    }

    @Test
    void oneIdempotencyKeySentTwentyTimesAtOnceCreatesOneOrder() throws Exception {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 100);
        String token = TestData.customerToken();
        String key = "order-" + TestData.token();
        Map<String, Object> body = TestData.order(product, 2);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> TestData.as(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/orders"));
        }
        List<Response> responses = parallel(calls);

        Set<String> ids = new HashSet<>();
        AtomicInteger inProgress = new AtomicInteger();
        for (Response r : responses) {
            if (r.statusCode() == 201) {
                ids.add(r.path("id"));
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("1", r.header("Retry-After"));
                inProgress.incrementAndGet();
            }
        }
        assertEquals(1, ids.size(), "every 201 is the same order");
        assertEquals(1, TestData.as(token).get("/api/v1/orders").then().extract().jsonPath().getInt("totalElements"));
        assertEquals(98, TestData.stockOf(product));
    }
}
