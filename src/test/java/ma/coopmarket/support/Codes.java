package ma.coopmarket.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ma.coopmarket.outbox.OutboxDispatcher;

/** Test helpers for the flows with codes: phones, asking for codes, and reading them where they arrive. */
public final class Codes {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b([0-9]{6})\\b");

    private Codes() {
    }

    /** A Moroccan mobile number nobody else uses, in E.164. */
    public static String newPhone() {
        return String.format("+21261%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** The same number as a Moroccan types it: 06 12 34 56 78. */
    public static String local(String e164) {
        String national = "0" + e164.substring(4);
        return national.replaceAll("(..)(?=.)", "$1 ");
    }

    public static Response post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path);
    }

    /** Asks again while the pause between two codes to one destination runs (1 s in CodesProfile). */
    public static Response untilAccepted(Supplier<Response> ask) {
        return await("an answer other than 429").atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(200))
                .until(ask::get, response -> response.statusCode() != 429);
    }

    /** Sends the outbox until the {@code n}th SMS to the phone arrives, and returns its code. */
    public static String nthSmsCode(OutboxDispatcher dispatcher, String phone, int n) {
        return code(dispatcher, () -> SmsInbox.to(phone).stream().map(SmsInbox.Sms::text).toList(), n);
    }

    /** Sends the outbox until the {@code n}th e-mail to the address arrives, and returns its code. */
    public static String nthEmailCode(OutboxDispatcher dispatcher, String address, int n) {
        return code(dispatcher, () -> CapturingMailer.to(address).stream().map(e -> e.text()).toList(), n);
    }

    private static String code(OutboxDispatcher dispatcher, Supplier<List<String>> received, int n) {
        for (int i = 0; i < 50; i++) {
            List<String> texts = received.get();
            if (texts.size() >= n) {
                Matcher matcher = SIX_DIGITS.matcher(texts.get(n - 1));
                if (!matcher.find()) {
                    throw new AssertionError("no code in: " + texts.get(n - 1));
                }
                return matcher.group(1);
            }
            dispatcher.dispatch("test");
        }
        throw new AssertionError("message " + n + " never arrived");
    }

    public static Map<String, Object> signIn(String phone, String code) {
        return Map.of("phone", phone, "code", code);
    }
}
