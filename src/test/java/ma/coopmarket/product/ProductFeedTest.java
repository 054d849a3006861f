package ma.coopmarket.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** The delta feed against the real database: walks that race with writers, tombstones, cursors. */
@QuarkusTest
class ProductFeedTest extends ApiTest {

    private static final String FEED = "/api/v1/sync/products";

    @Inject
    StockService stock;

    /** One entry seen by a walker. */
    private record Seen(String id, long version, boolean deleted) {
    }

    /** A walk from {@code cursor} (or a new one with {@code filters}) to the end; returns the last cursor. */
    private static String walk(Supplier<RequestSpecification> as, String cursor, String filters, int size, List<Seen> seen,
            IntConsumer afterPage) {
        for (int pages = 1;; pages++) {
            JsonPath page = (cursor == null ? as.get().get(FEED + "?size=" + size + filters)
                    : as.get().queryParam("cursor", cursor).get(FEED + "?size=" + size))
                    .then().statusCode(200).extract().jsonPath();
            for (int i = 0; i < page.getList("items").size(); i++) {
                seen.add(new Seen(page.getString("items[" + i + "].id"), page.getLong("items[" + i + "].version"),
                        page.getBoolean("items[" + i + "].deleted")));
            }
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
            afterPage.accept(pages);
        }
    }

    private static final IntConsumer NOTHING = page -> {
    };

    private static Map<String, Long> latest(List<Seen> seen) {
        Map<String, Long> latest = new HashMap<>();
        seen.forEach(s -> latest.merge(s.id(), s.version(), Math::max));
        return latest;
    }

    @Test
    void aWalkWhileRowsChangeMissesNothingAndRepeatsNothing() throws Exception {
        String coop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_READ", "CATALOG_WRITE"), List.of(coop));
        // One batch: 150 products committed together, so they all share one change sequence
        // (and nearly one timestamp), and pages must split inside it.
        List<Map<String, Object>> items = ProductBatchTest.items(TestData.token(), coop, 150);
        List<String> ids = ProductBatchTest.send(key, items).getList("items.id", String.class);
        String customer = TestData.customerToken();

        AtomicBoolean walking = new AtomicBoolean(true);
        AtomicInteger writes = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        // Three writers by three paths: full updates, stock taken by orders, partner batches.
        running.add(writers.submit(() -> {
            while (walking.get()) {
                int i = ThreadLocalRandom.current().nextInt(ids.size());
                Map<String, Object> body = TestData.product("SKU-" + items.get(i).get("externalRef"));
                body.put("stock", 100 + ThreadLocalRandom.current().nextInt(1000));
                TestData.withKey(key).contentType(ContentType.JSON).body(body)
                        .put("/api/v1/products/{id}", ids.get(i)).then().statusCode(200);
                writes.incrementAndGet();
                sleep(10);
            }
            return null;
        }));
        running.add(writers.submit(() -> {
            while (walking.get()) {
                String product = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                TestData.placeOrder(customer, TestData.order(product, 1)).then().statusCode(201);
                writes.incrementAndGet();
                sleep(10);
            }
            return null;
        }));
        running.add(writers.submit(() -> {
            while (walking.get()) {
                List<Map<String, Object>> some = new ArrayList<>();
                for (int n = 0; n < 5; n++) {
                    Map<String, Object> item = new HashMap<>(items.get(ThreadLocalRandom.current().nextInt(items.size())));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> product = new HashMap<>((Map<String, Object>) item.get("product"));
                    product.put("nameEn", "Argan oil, edition " + ThreadLocalRandom.current().nextInt(1_000_000));
                    product.put("stock", 5000 + ThreadLocalRandom.current().nextInt(1000));
                    item.put("product", product);
                    if (some.stream().noneMatch(s -> s.get("externalRef").equals(item.get("externalRef")))) {
                        some.add(item);
                    }
                }
                ProductBatchTest.send(key, some);
                writes.incrementAndGet();
                sleep(10);
            }
            return null;
        }));

        List<Seen> seen = new ArrayList<>();
        String cursor;
        try {
            Thread.sleep(100);
            // The writers change rows ahead of and behind the walker for its first 15 pages, then
            // stop so that the walk can reach the end.
            cursor = walk(() -> TestData.withKey(key), null, "&cooperativeId=" + coop, 7, seen, page -> {
                if (page == 15) {
                    walking.set(false);
                }
            });
        } finally {
            walking.set(false);
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writers.shutdownNow();
        }
        // Writes that committed after the walker passed their position are what the next poll brings.
        walk(() -> TestData.withKey(key), cursor, "", 7, seen, NOTHING);

        assertTrue(writes.get() > 10, "the writers ran during the walk: " + writes.get());
        Set<Seen> distinct = new HashSet<>(seen);
        assertEquals(seen.size(), distinct.size(), "no (id, version) is repeated");
        assertEquals(new HashSet<>(ids), latest(seen).keySet(), "every product is seen");
        Map<String, Long> lastSeenVersion = new HashMap<>();
        for (Seen s : seen) {
            Long before = lastSeenVersion.put(s.id(), s.version());
            assertTrue(before == null || before < s.version(), "versions of " + s.id() + " only grow along the walk");
        }
        // A fresh walk gives the current versions: the walk above ended on every one of them.
        List<Seen> now = new ArrayList<>();
        walk(() -> TestData.withKey(key), null, "&cooperativeId=" + coop, 100, now, NOTHING);
        assertEquals(150, now.size());
        assertEquals(latest(now), latest(seen), "no change is missed");
        assertTrue(seen.size() > 150, "products changed during the walk came again: " + seen.size());
    }

    @Test
    void aSlowTransactionIsSeenEvenThoughItsTimestampIsOlder() throws Exception {
        String coop = TestData.createCooperative(TestData.token());
        String slow = TestData.productWith(coop, "10.00", 5);
        String fast = TestData.productWith(coop, "10.00", 5);
        String start = given().get(FEED + "?cooperativeId={c}", coop).then().statusCode(200)
                .extract().path("nextCursor");

        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> slowTransaction = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            stock.giveBackStock(List.of(new StockRequest(slow, 1)));
            written.countDown();
            await(release);
        }));
        try {
            assertTrue(written.await(30, TimeUnit.SECONDS));
            QuarkusTransaction.requiringNew().run(() -> stock.giveBackStock(List.of(new StockRequest(fast, 1))));

            JsonPath first = given().queryParam("cursor", start).get(FEED).then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(fast), first.getList("items.id"), "the slow transaction has not committed yet");
            release.countDown();
            slowTransaction.get(30, TimeUnit.SECONDS);

            JsonPath next = given().queryParam("cursor", first.getString("nextCursor")).get(FEED)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(slow), next.getList("items.id"), "committed later, so it comes after");
            assertEquals(6, next.getInt("items[0].product.stock"));
            assertTrue(Instant.parse(next.getString("items[0].updatedAt"))
                    .isBefore(Instant.parse(first.getString("items[0].updatedAt"))),
                    "a walk by updated_at would have passed it for good");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void archivedUnpublishedAndOrphanedProductsComeAsTombstones() {
        String coop = TestData.createCooperative(TestData.token());
        String archived = TestData.productWith(coop, "10.00", 5);
        String drafted = TestData.productWith(coop, "10.00", 5);
        String live = TestData.productWith(coop, "10.00", 5);
        String doomedCoop = TestData.createCooperative(TestData.token());
        String orphan = TestData.productWith(doomedCoop, "10.00", 5);
        String reader = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));

        TestData.asAdmin().delete("/api/v1/products/{id}", archived).then().statusCode(204);
        Map<String, Object> draft = TestData.product("D-" + TestData.token());
        draft.put("status", "DRAFT");
        TestData.asAdmin().body(draft).put("/api/v1/products/{id}", drafted).then().statusCode(200);
        TestData.asAdmin().delete("/api/v1/cooperatives/{id}", doomedCoop).then().statusCode(204);

        JsonPath anonymous = given().get(FEED + "?cooperativeId={c}", coop).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(live, archived, drafted), anonymous.getList("items.id"), "in commit order");
        assertEquals(List.of(false, true, true), anonymous.getList("items.deleted"));
        assertEquals("ARCHIVED", anonymous.getString("items[1].reason"));
        assertNull(anonymous.get("items[1].product"));
        assertTrue(anonymous.getString("items[1].deletedAt") != null);
        assertEquals("UNPUBLISHED", anonymous.getString("items[2].reason"));

        JsonPath partner = TestData.withKey(reader).get(FEED + "?cooperativeId={c}", coop).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(false, true, false), partner.getList("items.deleted"), "a reader of the scope sees drafts");
        assertEquals("DRAFT", partner.getString("items[2].product.status"));

        JsonPath orphans = given().get(FEED + "?cooperativeId={c}", doomedCoop).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(orphan), orphans.getList("items.id"));
        assertEquals("COOPERATIVE_ARCHIVED", orphans.getString("items[0].reason"));

        given().get("/api/v1/sync/cooperatives?cooperativeId={c}", doomedCoop).then().statusCode(200)
                .body("items[0].id", equalTo(doomedCoop))
                .body("items[0].deleted", equalTo(true))
                .body("items[0].reason", equalTo("ARCHIVED"));
    }

    @Test
    void pollingWithTheLastCursorBringsOnlyWhatChangedSince() {
        String coop = TestData.createCooperative(TestData.token());
        String a = TestData.productWith(coop, "10.00", 5);
        TestData.productWith(coop, "10.00", 5);
        List<Seen> seen = new ArrayList<>();
        String cursor = walk(() -> given(), null, "&cooperativeId=" + coop, 1, seen, NOTHING);
        assertEquals(2, seen.size());

        JsonPath idle = given().queryParam("cursor", cursor).get(FEED).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), idle.getList("items"));
        assertEquals(false, idle.getBoolean("hasMore"));

        Map<String, Object> body = TestData.product("A-" + TestData.token());
        body.put("price", new BigDecimal("11.00"));
        TestData.asAdmin().body(body).put("/api/v1/products/{id}", a).then().statusCode(200);
        TestData.placeOrder(TestData.customerToken(), TestData.order(a, 2)).then().statusCode(201);

        JsonPath changed = given().queryParam("cursor", idle.getString("nextCursor")).get(FEED)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(a), changed.getList("items.id"));
        assertEquals(2, changed.getInt("items[0].version"), "the update and the order's stock move");
        assertEquals(38, changed.getInt("items[0].product.stock"));
        assertNull(changed.get("items[0].externalRef"));
    }

    @Test
    void updatedSinceStartsAWalkAtAnInstantAndCursorsKeepTheirFilters() {
        String coop = TestData.createCooperative(TestData.token());
        TestData.productWith(coop, "10.00", 5);
        sleep(20);
        Instant since = Instant.now();
        sleep(20);
        String later = TestData.productWith(coop, "10.00", 5);
        JsonPath page = given().get(FEED + "?cooperativeId={c}&updatedSince={s}", coop, since.toString())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(later), page.getList("items.id"));

        given().queryParam("cursor", page.getString("nextCursor")).queryParam("cooperativeId", coop).get(FEED)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("cursor", "bm90IGEgY3Vyc29y").get(FEED)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("cursor", page.getString("nextCursor")).get("/api/v1/sync/cooperatives")
                .then().statusCode(400).body("errors[0].message", containsString("not a cursor issued by this feed"));
        given().get(FEED + "?size=101").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get(FEED + "?mine=true").then().statusCode(401);
        TestData.as(TestData.customerToken()).get(FEED + "?mine=true").then().statusCode(403);
    }

    @Test
    void aPartnerSeesItsOwnReferencesAndFollowsTheNextLink() {
        String coop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(coop));
        String ref = TestData.token();
        ProductBatchTest.send(key, List.of(ProductBatchTest.item(ref, coop), ProductBatchTest.item(ref + "b", coop)));

        var first = TestData.withKey(key).get(FEED + "?mine=true&size=1").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).extract();
        String next = first.header("Link").replaceAll("^<([^>]*)>.*$", "$1");
        JsonPath second = TestData.withKey(key).get(next).then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of(ref, ref + "b"),
                Set.of(first.jsonPath().getString("items[0].externalRef"), second.getString("items[0].externalRef")));
        assertEquals(false, second.getBoolean("hasMore"));
        assertNull(given().get(FEED + "?cooperativeId={c}", coop).then().statusCode(200)
                .extract().jsonPath().get("items[0].externalRef"), "references are the partner's own");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
