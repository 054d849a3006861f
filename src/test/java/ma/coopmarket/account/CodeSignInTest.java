package ma.coopmarket.account;

import static io.restassured.RestAssured.given;
import static ma.coopmarket.support.Codes.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.outbox.OutboxDispatcher;
import ma.coopmarket.outbox.OutboxMessage;
import ma.coopmarket.outbox.OutboxRepository;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.CapturingMailer;
import ma.coopmarket.support.Codes;
import ma.coopmarket.support.CodesProfile;
import ma.coopmarket.support.SmsInbox;
import ma.coopmarket.support.TestData;

/**
 * Sign-in by SMS code, recovery, and every refusal: expired, wrong ×5, reused, unknown phone answered
 * like a known one, limits; the SMS provider is a stub on 127.0.0.1 that receives the codes.
 */
@QuarkusTest
@TestProfile(CodesProfile.class)
class CodeSignInTest extends ApiTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OneTimeCodeRepository codes;
    @Inject
    OutboxRepository outbox;

    private Response askSignInCode(String phone) {
        return post("/api/v1/auth/phone/code", Map.of("phone", phone, "language", "ar"));
    }

    private Map<String, Object> opening(String phone, String code) {
        Map<String, Object> body = new HashMap<>(Codes.signIn(phone, code));
        body.put("fullName", "Khadija Ait Lahcen");
        body.put("preferredLanguage", "ar");
        body.put("marketingSms", true);
        return body;
    }

    /** Opens an account for a new number by code; returns its access token. */
    private String openAccount(String phone) {
        askSignInCode(phone).then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, SmsInbox.to(phone).size() + 1);
        return post("/api/v1/auth/phone/token", opening(phone, code)).then().statusCode(201)
                .extract().path("accessToken");
    }

    @Test
    void aNewNumberOpensAnAccountThenSignsInWithItsNextCode() throws Exception {
        String phone = Codes.newPhone();
        askSignInCode(Codes.local(phone)).then().statusCode(202)
                .body("expiresInSeconds", equalTo(300)).body("resendAfterSeconds", equalTo(1));
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        assertTrue(SmsInbox.to(phone).get(0).text().contains("كوب ماركت"), "the SMS is in the language asked for");

        // Without a name the account cannot be opened; the code stays usable.
        post("/api/v1/auth/phone/token", Codes.signIn(phone, code)).then().statusCode(400)
                .body("errors.field", hasItems("fullName", "preferredLanguage"));
        String token = post("/api/v1/auth/phone/token", opening(Codes.local(phone), code)).then().statusCode(201)
                .body("tokenType", equalTo("Bearer")).extract().path("accessToken");
        TestData.as(token).get("/api/v1/me").then().statusCode(200)
                .body("phone", equalTo(phone)).body("phoneVerified", equalTo(true))
                .body("email", nullValue()).body("hasPassword", equalTo(false))
                .body("role", equalTo("CUSTOMER")).body("fullName", equalTo("Khadija Ait Lahcen"));
        TestData.as(token).get("/api/v1/me/consents").then().statusCode(200)
                .body("[0].purpose", equalTo("MARKETING_SMS")).body("[0].granted", equalTo(true))
                .body("[0].language", equalTo("ar")).body("[0].text", containsString("أوافق"))
                .body("[0].recordedAt", notNullValue());

        // The next code signs in to the same account (200, not 201).
        Codes.untilAccepted(() -> askSignInCode(phone)).then().statusCode(202);
        String next = Codes.nthSmsCode(dispatcher, phone, 2);
        String again = post("/api/v1/auth/phone/token", Codes.signIn(phone, next)).then().statusCode(200)
                .extract().path("accessToken");
        assertEquals(TestData.as(token).get("/api/v1/me").path("id"), (String) TestData.as(again).get("/api/v1/me").path("id"));
    }

    @Test
    void staffNeverSignInOrResetTheirPasswordBySms() throws Exception {
        String manager = TestData.managerToken(TestData.createCooperative(TestData.token()));
        String phone = Codes.newPhone();
        TestData.as(manager).contentType(ContentType.JSON).body(Map.of("phone", phone, "currentPassword", TestData.PASSWORD))
                .post("/api/v1/me/phone").then().statusCode(202);
        TestData.as(manager).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "code", Codes.nthSmsCode(dispatcher, phone, 1)))
                .post("/api/v1/me/phone/confirm").then().statusCode(200).body("phoneVerified", equalTo(true));
        Codes.untilAccepted(() -> askSignInCode(phone)).then().statusCode(202);
        post("/api/v1/auth/phone/token", Codes.signIn(phone, Codes.nthSmsCode(dispatcher, phone, 2))).then()
                .statusCode(400).body("type", containsString("invalid-code"));
        Codes.untilAccepted(() -> post("/api/v1/auth/password-reset/code", Map.of("phone", phone))).then().statusCode(202);
        dispatcher.dispatch("test");
        assertEquals(2, SmsInbox.to(phone).size(), "no reset code by SMS for a manager");
    }

    @Test
    void aUsedCodeCannotServeTwice() {
        String phone = Codes.newPhone();
        openAccount(phone);
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        post("/api/v1/auth/phone/token", Codes.signIn(phone, code)).then().statusCode(400)
                .body("type", containsString("invalid-code")).body("errors[0].field", equalTo("code"));
    }

    @Test
    void anExpiredCodeIsRefused() {
        String phone = Codes.newPhone();
        askSignInCode(phone).then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        QuarkusTransaction.requiringNew().run(() -> codes.update("expiresAt = ?1 where destination = ?2",
                Instant.now().minusSeconds(1), phone));
        post("/api/v1/auth/phone/token", opening(phone, code)).then().statusCode(400)
                .body("type", containsString("invalid-code"));
    }

    @Test
    void fiveWrongCodesSpendTheCodeAndFurtherTriesGet429() {
        String phone = Codes.newPhone();
        askSignInCode(phone).then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            post("/api/v1/auth/phone/token", opening(phone, wrong)).then().statusCode(400)
                    .body("type", containsString("invalid-code"));
        }
        post("/api/v1/auth/phone/token", opening(phone, code)).then().statusCode(429)
                .header("Retry-After", notNullValue()).body("type", containsString("too-many-attempts"));
        OneTimeCode row = QuarkusTransaction.requiringNew().call(() -> codes.find("destination", phone).firstResult());
        assertEquals(5, row.attempts);
        assertNotNull(row.usedAt, "the fifth wrong try spent the code");
    }

    @Test
    void parallelWrongTriesAreCountedOneByOne() throws Exception {
        String phone = Codes.newPhone();
        askSignInCode(phone).then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tries.add(() -> post("/api/v1/auth/phone/token", opening(phone, wrong)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tries)) {
                statuses.add(f.get());
            }
            assertEquals(5, statuses.stream().filter(s -> s == 400).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        OneTimeCode row = QuarkusTransaction.requiringNew().call(() -> codes.find("destination", phone).firstResult());
        assertEquals(5, row.attempts);
    }

    @Test
    void aSecondCodeWithinThePauseIs429AndEachNumberHasAnHourlyLimit() throws Exception {
        String phone = Codes.newPhone();
        askSignInCode(phone).then().statusCode(202);
        askSignInCode(phone).then().statusCode(429).header("Retry-After", equalTo("1"))
                .body("type", containsString("code-sent-recently"));
        for (int i = 1; i < 5; i++) {
            Codes.untilAccepted(() -> askSignInCode(phone)).then().statusCode(202);
        }
        Thread.sleep(1100);
        askSignInCode(phone).then().statusCode(429).body("type", containsString("too-many-codes"))
                .header("Retry-After", notNullValue());
    }

    @Test
    void aResetCodeRequestAnswersAlikeForKnownAndUnknownPhonesAndAddresses() throws Exception {
        String known = Codes.newPhone();
        openAccount(known);
        String unknown = Codes.newPhone();
        int smsBefore = SmsInbox.to(known).size();
        Response forKnown = Codes.untilAccepted(() -> post("/api/v1/auth/password-reset/code", Map.of("phone", known)));
        Response forUnknown = post("/api/v1/auth/password-reset/code", Map.of("phone", unknown));
        assertEquals(202, forKnown.statusCode());
        assertEquals(forKnown.statusCode(), forUnknown.statusCode());
        assertEquals(forKnown.asString(), forUnknown.asString());
        Codes.nthSmsCode(dispatcher, known, smsBefore + 1);
        dispatcher.dispatch("test");
        assertTrue(SmsInbox.to(unknown).isEmpty(), "nothing is sent to a number without an account");
        // A code tried for an unknown number is refused like a wrong one.
        post("/api/v1/auth/password-reset", Map.of("phone", unknown, "code", "123456", "newPassword", "Nouveau-mot-2027"))
                .then().statusCode(400).body("type", containsString("invalid-code"));

        String email = TestData.registerCustomer();
        Response forKnownEmail = post("/api/v1/auth/password-reset/code", Map.of("email", email));
        Response forUnknownEmail = post("/api/v1/auth/password-reset/code",
                Map.of("email", TestData.token() + "@nobody.example.ma"));
        assertEquals(forKnownEmail.statusCode(), forUnknownEmail.statusCode());
        assertEquals(forKnownEmail.asString(), forUnknownEmail.asString());
    }

    @Test
    void aPasswordResetByEmailEndsEverySession() {
        String email = TestData.registerCustomer();
        String refresh = TestData.tokens(email, TestData.PASSWORD).path("refreshToken");
        post("/api/v1/auth/password-reset/code", Map.of("email", email.toUpperCase())).then().statusCode(202);
        String code = Codes.nthEmailCode(dispatcher, email, 1);
        assertTrue(CapturingMailer.to(email).get(0).subject().contains(code));
        post("/api/v1/auth/password-reset", Map.of("email", email, "code", code, "newPassword", "Nouveau-mot-2027"))
                .then().statusCode(204);
        post("/api/v1/auth/refresh", Map.of("refreshToken", refresh)).then().statusCode(401);
        post("/api/v1/auth/token", Map.of("email", email, "password", TestData.PASSWORD)).then().statusCode(401);
        post("/api/v1/auth/token", Map.of("email", email, "password", "Nouveau-mot-2027")).then().statusCode(200);
        post("/api/v1/auth/password-reset", Map.of("email", email, "code", code, "newPassword", "Encore-autre-2028"))
                .then().statusCode(400).body("type", containsString("invalid-code"));
    }

    @Test
    void codesAreNeverListedLoggedOrKeptOnceSent() {
        String phone = Codes.newPhone();
        askSignInCode(phone).then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        TestData.asAdmin().queryParam("destination", phone).get("/api/v1/admin/messages").then().statusCode(200)
                .body("items[0].eventType", equalTo("CODE_SIGN_IN")).body("items[0].status", equalTo("SENT"))
                .body("items[0].payload", nullValue());
        OutboxMessage stored = QuarkusTransaction.requiringNew()
                .call(() -> outbox.find("destination", phone).firstResult());
        assertTrue(stored.secret);
        assertFalse(stored.payload.contains(code), "the sent code is wiped from the outbox");
        OneTimeCode row = QuarkusTransaction.requiringNew().call(() -> codes.find("destination", phone).firstResult());
        assertFalse(row.codeHash.contains(code));
    }

    @Test
    void badPhonesGetClearProblemsInTheCallersLanguage() {
        given().contentType(ContentType.JSON).header("Accept-Language", "fr").body(Map.of("phone", "12ab"))
                .post("/api/v1/auth/phone/code").then().statusCode(400)
                .header("Content-Language", "fr")
                .body("errors[0].field", equalTo("phone"))
                .body("errors[0].message", equalTo("n'est pas un numéro de téléphone"));
        given().contentType(ContentType.JSON).body(Map.of("phone", "+33612345678"))
                .post("/api/v1/auth/phone/code").then().statusCode(400)
                .body("errors[0].message", equalTo("must be a Moroccan number (+212)"));
        given().contentType(ContentType.JSON).header("Accept-Language", "ar").body(Map.of("phone", "0522123456"))
                .post("/api/v1/auth/phone/code").then().statusCode(400)
                .body("errors[0].message", containsString("محمول"));
        post("/api/v1/auth/phone/token", Map.of("phone", Codes.newPhone(), "code", "12")).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        post("/api/v1/auth/password-reset/code", Map.of()).then().statusCode(400)
                .body("errors.field", hasItems("phone", "email"));
    }
}
