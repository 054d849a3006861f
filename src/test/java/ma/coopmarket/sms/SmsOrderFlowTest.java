package ma.coopmarket.sms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import ma.coopmarket.order.OrderLifecycleService;
import ma.coopmarket.outbox.OutboxDispatcher;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** A cooperative without a smartphone learns of orders by SMS and answers them by SMS. */
@QuarkusTest
class SmsOrderFlowTest extends ApiTest {

    @Inject
    EntityManager em;
    @Inject
    OrderLifecycleService lifecycle;
    @Inject
    OutboxDispatcher dispatcher;

    private static JsonPath messagesTo(String phone) {
        return TestData.asAdmin().get("/api/v1/admin/messages?channel=SMS&destination={p}&size=100", phone)
                .then().statusCode(200).extract().jsonPath();
    }

    private record Placed(String coopPhone, String product, String orderId, String partCode, String customer) {
    }

    private Placed placeWithSms(String language) {
        String phone = SmsSupport.uniquePhone();
        String coop = SmsSupport.cooperativeWithSms(phone, language, true);
        String product = TestData.productWith(coop, "120.50", 10);
        String customer = TestData.customerToken();
        var order = TestData.placeOrder(customer, TestData.order(product, 2)).then().statusCode(201).extract();
        return new Placed(phone, product, order.path("id"), order.path("parts[0].code"), customer);
    }

    @Test
    void aNewOrderPartIsAnnouncedByOneSmsWithCodeItemsAndAmount() {
        Placed fr = placeWithSms("fr");
        JsonPath sms = messagesTo(fr.coopPhone());
        assertEquals(1, sms.getList("items").size());
        assertEquals("ORDER_PART_CREATED", sms.getString("items[0].eventType"));
        String text = SmsSupport.json(sms.get("items[0].payload"));
        assertTrue(text.contains("OK " + fr.partCode()) && text.contains("241 MAD") && text.contains("2x Huile"), text);
        assertTrue(text.contains("GSM_7"), text);

        Placed ar = placeWithSms("ar");
        String arabic = messagesTo(ar.coopPhone()).getString("items[0].payload");
        assertTrue(arabic.contains("نعم " + ar.partCode()) && arabic.contains("UCS_2"), arabic);
    }

    @Test
    void noSmsWithoutOptInAndNoneForARolledBackOrder() {
        String phone = SmsSupport.uniquePhone();
        String coop = SmsSupport.cooperativeWithSms(phone, "fr", false);
        String product = TestData.productWith(coop, "10.00", 5);
        TestData.placeOrder(TestData.customerToken(), TestData.order(product, 1)).then().statusCode(201);
        assertEquals(0, messagesTo(phone).getList("items").size());

        String smsPhone = SmsSupport.uniquePhone();
        String smsCoop = SmsSupport.cooperativeWithSms(smsPhone, "fr", true);
        String scarce = TestData.productWith(smsCoop, "10.00", 1);
        TestData.placeOrder(TestData.customerToken(), TestData.order(scarce, 5)).then().statusCode(409);
        assertEquals(0, messagesTo(smsPhone).getList("items").size(), "a rolled-back order sends nothing");
    }

    @Test
    void okConfirmsThePartTellsTheCustomerAndAnswersTheCooperative() {
        Placed p = placeWithSms("fr");
        SmsSupport.inbound(p.coopPhone(), "OK " + p.partCode()).then().statusCode(200)
                .body("outcome", equalTo("CONFIRMED"));
        TestData.as(p.customer()).get("/api/v1/orders/{id}", p.orderId()).then()
                .body("parts[0].status", equalTo("CONFIRMED"))
                .body("parts[0].history[1].by", equalTo("SMS"));
        assertTrue(messagesTo(p.coopPhone()).getList("items.eventType").contains("SMS_REPLY"));
        String partId = TestData.as(p.customer()).get("/api/v1/orders/{id}", p.orderId()).then().extract().path("parts[0].id");
        TestData.asAdmin().get("/api/v1/admin/messages?eventType=ORDER_PART_CONFIRMED&size=100")
                .then().statusCode(200).body("items.aggregateId", hasItem(partId));
    }

    @Test
    void arabicRefusalReturnsStockOnceAndARepeatIsRefused() {
        Placed p = placeWithSms("ar");
        assertEquals(8, TestData.stockOf(p.product()));
        SmsSupport.inbound(p.coopPhone(), "لا " + p.partCode()).then().statusCode(200).body("outcome", equalTo("REFUSED"));
        assertEquals(10, TestData.stockOf(p.product()));
        SmsSupport.inbound(p.coopPhone(), "لا " + p.partCode()).then().statusCode(200)
                .body("outcome", equalTo("NOT_ALLOWED_NOW"));
        SmsSupport.inbound(p.coopPhone(), "نعم " + p.partCode()).then().statusCode(200)
                .body("outcome", equalTo("NOT_ALLOWED_NOW"));
        assertEquals(10, TestData.stockOf(p.product()));
        TestData.as(p.customer()).get("/api/v1/orders/{id}", p.orderId()).then().body("parts[0].status", equalTo("REFUSED"));
    }

    @Test
    void onlyTheCooperativesPhoneCanAnswerAndUnknownCodesGetTheFormat() {
        Placed p = placeWithSms("fr");
        SmsSupport.inbound(SmsSupport.uniquePhone(), "OK " + p.partCode()).then().statusCode(200)
                .body("outcome", equalTo("UNKNOWN_SENDER"));
        String otherPhone = SmsSupport.uniquePhone();
        SmsSupport.cooperativeWithSms(otherPhone, "fr", true);
        SmsSupport.inbound(otherPhone, "OK " + p.partCode()).then().statusCode(200).body("outcome", equalTo("UNKNOWN_CODE"));
        TestData.as(p.customer()).get("/api/v1/orders/{id}", p.orderId()).then()
                .body("parts[0].status", equalTo("PENDING_CONFIRMATION"));

        SmsSupport.inbound(p.coopPhone(), "OK 9999999").then().statusCode(200).body("outcome", equalTo("UNKNOWN_CODE"));
        SmsSupport.inbound(p.coopPhone(), "salam, c'est bon").then().statusCode(200).body("outcome", equalTo("NOT_UNDERSTOOD"));
        List<String> replies = messagesTo(p.coopPhone()).getList("items.findAll { it.eventType == 'SMS_REPLY' }.payload");
        assertEquals(2, replies.size());
        assertTrue(replies.get(0).contains("Repondez OK <code>"), replies.get(0));
    }

    @Test
    void unsignedBadlySignedStaleOrReplayedCallsAre401() {
        Placed p = placeWithSms("fr");
        String body = SmsSupport.json(Map.of("from", p.coopPhone(), "text", "OK " + p.partCode()));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/sms/inbound")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("X-Sms-Timestamp", Instant.now().getEpochSecond())
                .header("X-Sms-Signature", "00".repeat(32)).body(body).post("/api/v1/sms/inbound").then().statusCode(401);
        SmsSupport.signed("/api/v1/sms/inbound", body, Instant.now().minusSeconds(600).getEpochSecond())
                .then().statusCode(401);
        long now = Instant.now().getEpochSecond();
        SmsSupport.signed("/api/v1/sms/inbound", body, now).then().statusCode(200).body("outcome", equalTo("CONFIRMED"));
        SmsSupport.signed("/api/v1/sms/inbound", body, now).then().statusCode(401)
                .body("detail", containsString("already received"));
    }

    @Test
    void deliveryReportsUpdateTheMessage() {
        Placed p = placeWithSms("fr");
        for (int i = 0; i < 5 && !"SENT".equals(messagesTo(p.coopPhone()).getString("items[0].status")); i++) {
            dispatcher.dispatch("test");
        }
        JsonPath sms = messagesTo(p.coopPhone());
        assertEquals("SENT", sms.getString("items[0].status"));
        String id = sms.getString("items[0].id");
        SmsSupport.signed("/api/v1/sms/delivery-reports", SmsSupport.json(Map.of("messageId", id, "status", "DELIVERED")),
                Instant.now().getEpochSecond()).then().statusCode(204);
        assertEquals("DELIVERED", messagesTo(p.coopPhone()).getString("items[0].status"));
    }

    @Test
    void cooperativesAreWarnedOnceBeforeAPartExpires() {
        Placed p = placeWithSms("fr");
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("update OrderPart p set p.expiresAt = :soon where p.order.id = :order")
                .setParameter("soon", Instant.now().plus(Duration.ofHours(3)))
                .setParameter("order", p.orderId()).executeUpdate());
        lifecycle.warnExpiring(Duration.ofHours(12), 1000);
        lifecycle.warnExpiring(Duration.ofHours(12), 1000);
        List<String> warnings = messagesTo(p.coopPhone()).getList("items.findAll { it.eventType == 'ORDER_PART_EXPIRING' }.payload");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("expire dans") && warnings.get(0).contains(p.partCode()), warnings.get(0));
    }

    @Test
    void webhookBodiesAreValidated() {
        SmsSupport.signed("/api/v1/sms/inbound", SmsSupport.json(Map.of("from", "0612", "text", "OK 1234")),
                Instant.now().getEpochSecond()).then().statusCode(400).body("errors.field", hasItem("from"));
        SmsSupport.signed("/api/v1/sms/inbound", "{not json", Instant.now().getEpochSecond()).then().statusCode(400);
        TestData.asAdmin().get("/api/v1/admin/messages?status=NOPE").then().statusCode(400).body("errors", hasSize(1));
    }
}
