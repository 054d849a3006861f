package ma.coopmarket.sms;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ma.coopmarket.support.TestData;

/** Test helpers: cooperatives with their own phone, and signed gateway webhook calls. */
final class SmsSupport {

    static final String SECRET = "test-sms-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SmsSupport() {
    }

    static String uniquePhone() {
        return String.format("+2126%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String cooperativeWithSms(String phone, String language, boolean sms) {
        Map<String, Object> body = TestData.cooperative(TestData.token());
        body.put("phone", phone);
        body.put("smsNotifications", sms);
        body.put("smsLanguage", language);
        return TestData.createCooperative(body);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response signed(String path, String body, long timestamp) {
        String ts = Long.toString(timestamp);
        return given().contentType(ContentType.JSON)
                .header("X-Sms-Timestamp", ts)
                .header("X-Sms-Signature", SmsWebhookVerifier.sign(SECRET, ts + "." + body))
                .body(body).post(path);
    }

    static Response inbound(String from, String text) {
        return signed("/api/v1/sms/inbound", json(Map.of("from", from, "text", text, "providerMessageId", TestData.token())),
                Instant.now().getEpochSecond());
    }
}
