package ma.coopmarket.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import ma.coopmarket.outbox.OutboxDispatcher;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.WebhookReceiver;

/** Partner webhooks end to end: a real HTTP receiver on 127.0.0.1, the outbox dispatcher, the database. */
@QuarkusTest
class WebhookDeliveryTest extends ApiTest {

    private static final String WEBHOOKS = "/api/v1/partner/webhooks";

    @Inject
    OutboxDispatcher dispatcher;

    /** The README's verification recipe, written as a partner would: no CoopMarket code. */
    static boolean verify(String secret, String timestamp, String signature, byte[] body) throws Exception {
        long sent = Long.parseLong(timestamp);
        if (Math.abs(Instant.now().getEpochSecond() - sent) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonPath register(String key, String url, String... events) {
        return TestData.withKey(key).contentType(ContentType.JSON)
                .body(Map.of("url", url, "description", "test receiver", "events", List.of(events)))
                .when().post(WEBHOOKS)
                .then().statusCode(201).extract().jsonPath();
    }

    /** Runs dispatcher rounds until {@code done} holds (or fails after 20 s). */
    private void dispatchUntil(BooleanSupplier done, String what) {
        await(what).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            dispatcher.dispatch("webhook-test");
            return done.getAsBoolean();
        });
    }

    private static JsonPath deliveries(String key, String endpoint) {
        return TestData.withKey(key).get(WEBHOOKS + "/{id}/deliveries", endpoint).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void deliversASignedEventThatTheRecipeVerifies() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String coop = TestData.createCooperative(TestData.token());
            String key = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
            JsonPath endpoint = register(key, receiver.url(), "PRODUCT_CREATED", "STOCK_CHANGED");
            String secret = endpoint.getString("secret");
            assertTrue(secret.startsWith("whsec_"));
            TestData.withKey(key).get(WEBHOOKS + "/{id}", endpoint.getString("id")).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));

            String product = TestData.productWith(coop, "35.00", 9);
            dispatchUntil(() -> receiver.calls().size() == 1, "the event arrives");

            WebhookReceiver.Call call = receiver.calls().get(0);
            String eventId = call.header("CoopMarket-Event-Id");
            assertEquals("PRODUCT_CREATED", call.header("CoopMarket-Event-Type"));
            assertEquals("application/json", call.header("Content-Type"));
            assertTrue(verify(secret, call.header("CoopMarket-Timestamp"), call.header("CoopMarket-Signature"), call.body()));
            assertFalse(verify("whsec_wrong", call.header("CoopMarket-Timestamp"), call.header("CoopMarket-Signature"),
                    call.body()));
            assertFalse(verify(secret, call.header("CoopMarket-Timestamp"), call.header("CoopMarket-Signature"),
                    call.text().replace("35", "53").getBytes(StandardCharsets.UTF_8)));
            assertFalse(verify(secret, Long.toString(Long.parseLong(call.header("CoopMarket-Timestamp")) - 1),
                    call.header("CoopMarket-Signature"), call.body()), "the timestamp is signed too");

            JsonPath event = JsonPath.from(call.text());
            assertEquals(eventId, event.getString("id"));
            assertEquals("PRODUCT_CREATED", event.getString("type"));
            assertEquals(product, event.getString("data.productId"));
            assertEquals(coop, event.getString("data.cooperativeId"));
            assertEquals(9, event.getInt("data.stock"));
            assertEquals(product, event.getString("data.product.id"));

            JsonPath log = deliveries(key, endpoint.getString("id"));
            assertEquals(eventId, log.getString("items[0].id"));
            assertEquals("SENT", log.getString("items[0].status"));
            assertEquals(product, log.getString("items[0].data.productId"));
            TestData.withKey(key).get(WEBHOOKS + "/{id}/deliveries/{d}", endpoint.getString("id"), eventId)
                    .then().statusCode(200)
                    .body("attempts", equalTo(1))
                    .body("attemptLog[0].responseStatus", equalTo(200))
                    .body("attemptLog[0].succeeded", equalTo(true));

            // Not subscribed to PRODUCT_UPDATED: a rename sends nothing; a stock change does.
            Map<String, Object> body = TestData.product("R-" + TestData.token());
            TestData.asAdmin().body(body).put("/api/v1/products/{id}", product).then().statusCode(200);
            dispatchUntil(() -> receiver.calls().size() == 2, "the stock change arrives");
            assertEquals("STOCK_CHANGED", receiver.calls().get(1).header("CoopMarket-Event-Type"));
            assertEquals(40, JsonPath.from(receiver.calls().get(1).text()).getInt("data.stock"));
        }
    }

    @Test
    void retriesWithTheSameEventUntilTheEndpointAnswers() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start().answer(500, 503)) {
            String coop = TestData.createCooperative(TestData.token());
            String key = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
            String endpoint = register(key, receiver.url(), "PRODUCT_CREATED").getString("id");
            TestData.productWith(coop, "35.00", 9);
            dispatchUntil(() -> receiver.calls().size() == 3, "three attempts");
            dispatchUntil(() -> "SENT".equals(deliveries(key, endpoint).getString("items[0].status")), "sent");

            List<WebhookReceiver.Call> calls = receiver.calls();
            assertEquals(List.of(500, 503, 200), calls.stream().map(WebhookReceiver.Call::answered).toList());
            assertEquals(1, calls.stream().map(c -> c.header("CoopMarket-Event-Id")).distinct().count(), "one event id");
            assertEquals(1, calls.stream().map(WebhookReceiver.Call::text).distinct().count(), "the same body");
            String delivery = calls.get(0).header("CoopMarket-Event-Id");
            TestData.withKey(key).get(WEBHOOKS + "/{id}/deliveries/{d}", endpoint, delivery).then().statusCode(200)
                    .body("status", equalTo("SENT"))
                    .body("attempts", equalTo(3))
                    .body("attemptLog.responseStatus", equalTo(List.of(500, 503, 200)))
                    .body("attemptLog[0].error", equalTo("HTTP 500"));
            TestData.withKey(key).get(WEBHOOKS + "/{id}", endpoint).then()
                    .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
        }
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledThenEnabledAndItsFailuresReplayed() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        try (WebhookReceiver receiver = WebhookReceiver.start().always(503)) {
            String coop = TestData.createCooperative(TestData.token());
            String key = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
            String endpoint = register(key, receiver.url(), "PRODUCT_CREATED").getString("id");
            TestData.productWith(coop, "35.00", 9);
            dispatchUntil(() -> "FAILED".equals(deliveries(key, endpoint).getString("items[0].status")), "it gives up");

            assertEquals(4, receiver.calls().size(), "the threshold in the test profile is 4 failures in a row");
            TestData.withKey(key).get(WEBHOOKS + "/{id}", endpoint).then().statusCode(200)
                    .body("status", equalTo("DISABLED"))
                    .body("consecutiveFailures", equalTo(4))
                    .body("disabledReason", containsString("last error: HTTP 503"))
                    .body("disabledAt", org.hamcrest.Matchers.notNullValue());
            assertEquals(List.of("endpoint disabled; re-enable it, then replay this delivery"),
                    deliveries(key, endpoint).getList("items.lastError"));

            // Disabled: new events are recorded, not sent.
            TestData.productWith(coop, "36.00", 9);
            dispatchUntil(() -> deliveries(key, endpoint).getList("items.status").equals(List.of("FAILED", "FAILED")),
                    "the second delivery fails at once");
            assertEquals(4, receiver.calls().size());

            receiver.always(200);
            TestData.withKey(key).post(WEBHOOKS + "/{id}/enable", endpoint).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
            TestData.withKey(key).contentType(ContentType.JSON).body(Map.of("since", start.toString()))
                    .post(WEBHOOKS + "/{id}/deliveries/replay", endpoint)
                    .then().statusCode(200).body("replayed", equalTo(2));
            dispatchUntil(() -> deliveries(key, endpoint).getList("items.status").equals(List.of("SENT", "SENT")),
                    "both are delivered");
            Set<String> delivered = new HashSet<>();
            receiver.calls().stream().filter(c -> c.answered() == 200).forEach(c -> delivered.add(c.header("CoopMarket-Event-Id")));
            assertEquals(new HashSet<>(deliveries(key, endpoint).getList("items.id", String.class)), delivered);
        }
    }

    @Test
    void aDeliveryIsReplayedWithItsEventId() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String coop = TestData.createCooperative(TestData.token());
            String key = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
            String endpoint = register(key, receiver.url(), "PRODUCT_ARCHIVED").getString("id");
            String product = TestData.productWith(coop, "35.00", 9);
            TestData.asAdmin().delete("/api/v1/products/{id}", product).then().statusCode(204);
            dispatchUntil(() -> receiver.calls().size() == 1, "the event arrives");
            String eventId = receiver.calls().get(0).header("CoopMarket-Event-Id");

            TestData.withKey(key).post(WEBHOOKS + "/{id}/deliveries/{d}/replay", endpoint, eventId)
                    .then().statusCode(200).body("status", equalTo("PENDING")).body("id", equalTo(eventId));
            TestData.withKey(key).post(WEBHOOKS + "/{id}/deliveries/{d}/replay", endpoint, eventId)
                    .then().statusCode(409).contentType("application/problem+json");
            dispatchUntil(() -> receiver.calls().size() == 2, "the replay arrives");
            assertEquals(eventId, receiver.calls().get(1).header("CoopMarket-Event-Id"));
            assertEquals(receiver.calls().get(0).text(), receiver.calls().get(1).text());

            String stranger = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
            TestData.withKey(stranger).get(WEBHOOKS + "/{id}", endpoint).then().statusCode(404);
            TestData.withKey(stranger).post(WEBHOOKS + "/{id}/deliveries/{d}/replay", endpoint, eventId)
                    .then().statusCode(404);
            TestData.withKey(key).get(WEBHOOKS + "/{id}/deliveries/{d}", endpoint, "no-such-delivery")
                    .then().statusCode(404);
        }
    }

    @Test
    void refusesTargetsOnPrivateLoopbackOrLinkLocalAddressesAndPlainHttp() {
        String coop = TestData.createCooperative(TestData.token());
        String key = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
        List<String> refused = List.of(
                "http://93.184.216.34/hook",
                "https://127.0.0.2/hook",
                "https://localhost/hook",
                "http://localhost:8080/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.5/hook",
                "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://2130706433/hook",
                "https://[::1]/hook",
                "https://[fe80::1]/hook",
                "https://[fd12:3456::1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://user:secret@93.184.216.34/hook",
                "ftp://93.184.216.34/hook",
                "not a url");
        for (String url : refused) {
            TestData.withKey(key).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "events", List.of("PRODUCT_CREATED")))
                    .when().post(WEBHOOKS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        String endpoint = register(key, "https://93.184.216.34/hook", "PRODUCT_CREATED").getString("id");
        TestData.withKey(key).contentType(ContentType.JSON)
                .body(Map.of("url", "https://169.254.169.254/", "events", List.of("PRODUCT_CREATED")))
                .when().put(WEBHOOKS + "/{id}", endpoint)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        TestData.withKey(key).delete(WEBHOOKS + "/{id}", endpoint).then().statusCode(204);
    }

    @Test
    void twoDispatchersAtOnceDeliverEachEventOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String coop = TestData.createCooperative(TestData.token());
            String key = TestData.partnerKey(List.of("CATALOG_READ", "CATALOG_WRITE"), List.of(coop));
            register(key, receiver.url(), "PRODUCT_CREATED");
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                items.add(Map.of("externalRef", "TWO-" + i, "cooperativeId", coop,
                        "product", TestData.product("TWO-" + i)));
            }
            TestData.withKey(key).contentType(ContentType.JSON).body(Map.of("items", items))
                    .post("/api/v1/partner/products/batch").then().statusCode(200).body("summary.created", equalTo(60));

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (String owner : List.of("instance-a", "instance-b")) {
                    runs.add(pool.submit(() -> {
                        for (int round = 0; round < 200 && receiver.calls().size() < 60; round++) {
                            dispatcher.dispatch(owner);
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            List<String> ids = receiver.calls().stream().map(c -> c.header("CoopMarket-Event-Id")).toList();
            assertEquals(60, ids.size(), "every event delivered");
            assertEquals(60, new HashSet<>(ids).size(), "each exactly once");
            Set<String> refs = new HashSet<>();
            receiver.calls().forEach(c -> refs.add(JsonPath.from(c.text()).getString("data.externalRef")));
            assertTrue(refs.contains("TWO-0") && refs.contains("TWO-59"), "a partner sees its own references");
        }
    }

    @Test
    void eventsReachOnlyPartnersThatFollowTheCooperative() throws Exception {
        try (WebhookReceiver follower = WebhookReceiver.start(); WebhookReceiver outsider = WebhookReceiver.start();
                WebhookReceiver unauthorised = WebhookReceiver.start()) {
            String coop = TestData.createCooperative(TestData.token());
            String elsewhere = TestData.createCooperative(TestData.token());
            String[] events = { "PRODUCT_CREATED", "ORDER_PART_CREATED", "ORDER_PART_STATUS_CHANGED" };
            String followerKey = TestData.partnerKey(List.of("CATALOG_READ"), List.of(coop));
            String endpoint = register(followerKey, follower.url(), events).getString("id");
            register(TestData.partnerKey(List.of("CATALOG_READ"), List.of(elsewhere)), outsider.url(), events);
            register(TestData.partnerKey(List.of(), List.of(coop)), unauthorised.url(), events);

            String product = TestData.productWith(coop, "20.00", 10);
            String order = TestData.placeOrder(TestData.customerToken(), TestData.order(product, 2))
                    .then().statusCode(201).extract().path("id");
            String part = TestData.asAdmin().get("/api/v1/orders/{id}", order).then().statusCode(200)
                    .extract().path("parts[0].id");
            TestData.as(TestData.managerToken(coop)).post("/api/v1/orders/{id}/parts/{p}/confirm", order, part)
                    .then().statusCode(200);
            TestData.withKey(followerKey).post(WEBHOOKS + "/{id}/test", endpoint).then().statusCode(202)
                    .body("eventType", equalTo("PING")).body("status", equalTo("PENDING"));
            dispatchUntil(() -> follower.calls().size() == 4, "the follower's four events");

            assertEquals(List.of("PRODUCT_CREATED", "ORDER_PART_CREATED", "ORDER_PART_STATUS_CHANGED", "PING"),
                    follower.calls().stream().map(c -> c.header("CoopMarket-Event-Type")).toList());
            JsonPath moved = JsonPath.from(follower.calls().get(2).text());
            assertEquals(part, moved.getString("data.partId"));
            assertEquals("PENDING_CONFIRMATION", moved.getString("data.from"));
            assertEquals("CONFIRMED", moved.getString("data.to"));
            assertEquals(List.of(), outsider.calls());
            assertEquals(List.of(), unauthorised.calls());
        }
    }

    @Test
    void onlyPartnersManageWebhooks() {
        given().get(WEBHOOKS).then().statusCode(401);
        TestData.asAdmin().get(WEBHOOKS).then().statusCode(403);
        String key = TestData.partnerKey(List.of("CATALOG_READ"), List.of(TestData.createCooperative(TestData.token())));
        TestData.withKey(key).get(WEBHOOKS).then().statusCode(200).body("totalElements", equalTo(0));
        register(key, "https://93.184.216.34/hook", "STOCK_CHANGED");
        TestData.withKey(key).get(WEBHOOKS).then().statusCode(200).body("totalElements", equalTo(1))
                .body("items[0].url", startsWith("https://"));
    }
}
