package ma.coopmarket.account;

import static ma.coopmarket.support.Codes.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.outbox.OutboxDispatcher;
import ma.coopmarket.sms.SmsNotifier;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.Codes;
import ma.coopmarket.support.CodesProfile;
import ma.coopmarket.support.TestData;

/** The profile, the address book, consents, and the rights of Law 09-08: export and deletion. */
@QuarkusTest
@TestProfile(CodesProfile.class)
class PersonalDataTest extends ApiTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    SmsNotifier sms;

    private static Map<String, Object> address(String label) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("recipientName", "Salma Benali");
        body.put("phone", "06 12 34 56 78");
        body.put("regionCode", "MA-09");
        body.put("city", "Agadir");
        body.put("addressLine", "12, rue Al Massira, quartier Dakhla");
        body.put("landmark", "En face de la mosquée Al Fath");
        return body;
    }

    /** A customer opened by phone; returns [token, phone]. */
    private String[] phoneCustomer() {
        String phone = Codes.newPhone();
        post("/api/v1/auth/phone/code", Map.of("phone", phone)).then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        Map<String, Object> body = new HashMap<>(Codes.signIn(phone, code));
        body.put("fullName", "Aicha Ouhadou");
        body.put("preferredLanguage", "fr");
        String token = post("/api/v1/auth/phone/token", body).then().statusCode(201).extract().path("accessToken");
        return new String[] { token, phone };
    }

    @Test
    void theProfileChangesAndTheNewPhoneAndEmailAreProvedByCodes() {
        String token = TestData.customerToken();
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("fullName", "  Fatima Zahra  ", "preferredLanguage", "ar"))
                .patch("/api/v1/me").then().statusCode(200)
                .body("fullName", equalTo("Fatima Zahra")).body("preferredLanguage", equalTo("ar"))
                .body("phoneVerified", equalTo(false));
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("fullName", " "))
                .patch("/api/v1/me").then().statusCode(400).body("errors[0].field", equalTo("fullName"));

        String phone = Codes.newPhone();
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("phone", Codes.local(phone)))
                .post("/api/v1/me/phone").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        TestData.as(token).contentType(ContentType.JSON)
                .body(Map.of("phone", Codes.local(phone), "currentPassword", TestData.PASSWORD))
                .post("/api/v1/me/phone").then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, 1);
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("phone", phone, "code", code))
                .post("/api/v1/me/phone/confirm").then().statusCode(200)
                .body("phone", equalTo(phone)).body("phoneVerified", equalTo(true));

        String email = TestData.token() + "@nouveau.example.ma";
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("email", email, "currentPassword", TestData.PASSWORD))
                .post("/api/v1/me/email").then().statusCode(202);
        String emailCode = Codes.nthEmailCode(dispatcher, email, 1);
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("email", email, "code", emailCode))
                .post("/api/v1/me/email/confirm").then().statusCode(200)
                .body("email", equalTo(email)).body("emailVerified", equalTo(true));

        TestData.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong-password-1", "newPassword", "Nouveau-mot-2027"))
                .put("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        TestData.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestData.PASSWORD, "newPassword", "Nouveau-mot-2027"))
                .put("/api/v1/me/password").then().statusCode(204);
        post("/api/v1/auth/token", Map.of("email", email, "password", "Nouveau-mot-2027")).then().statusCode(200);
    }

    @Test
    void consentsAreRecordedWithTheirTextAndGateMarketingSms() {
        String[] customer = phoneCustomer();
        String id = TestData.as(customer[0]).get("/api/v1/me").path("id");
        assertEquals(false, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> sms.sendMarketing(id, "Promo huile d'argan")));
        Map<String, Object> texts = TestData.as(customer[0]).get("/api/v1/consent-texts").then().statusCode(200)
                .extract().path("[0]");
        TestData.as(customer[0]).contentType(ContentType.JSON).body(Map.of("granted", true, "language", "fr"))
                .put("/api/v1/me/consents/MARKETING_SMS").then().statusCode(200)
                .body("granted", equalTo(true)).body("text", equalTo(texts.get("fr")))
                .body("textVersion", equalTo(texts.get("version")));
        assertEquals(true, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> sms.sendMarketing(id, "Promo huile d'argan")));
        TestData.as(customer[0]).contentType(ContentType.JSON).body(Map.of("granted", false, "language", "fr"))
                .put("/api/v1/me/consents/MARKETING_SMS").then().statusCode(200);
        assertEquals(false, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> sms.sendMarketing(id, "Promo huile d'argan")));
        TestData.as(customer[0]).get("/api/v1/me/consents").then().statusCode(200).body("", hasSize(2))
                .body("[0].granted", equalTo(false));
    }

    @Test
    void tenAddressesAtMostEvenUnderParallelAdditionsWithOneDefault() throws Exception {
        String token = TestData.customerToken();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> adds = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String label = "Adresse " + i;
                adds.add(() -> TestData.as(token).contentType(ContentType.JSON).body(address(label))
                        .post("/api/v1/me/addresses").statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(adds)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(2, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        List<Boolean> defaults = TestData.as(token).get("/api/v1/me/addresses").then().statusCode(200)
                .body("", hasSize(10)).body("[0].phone", equalTo("+212612345678")).extract().path("isDefault");
        assertEquals(1, defaults.stream().filter(d -> d).count());
        TestData.as(token).contentType(ContentType.JSON).header("Accept-Language", "fr").body(address("Trop"))
                .post("/api/v1/me/addresses").then().statusCode(409)
                .body("type", containsString("address-book-full")).body("title", equalTo("Carnet d'adresses plein"));
        Map<String, Object> bad = address("Maroc?");
        bad.put("phone", "+33612345678");
        bad.put("regionCode", "XX-99");
        TestData.as(token).contentType(ContentType.JSON).body(bad).post("/api/v1/me/addresses").then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
    }

    @Test
    void anOrderNamesASavedAddressAndTheExportHoldsEverything() {
        String email = TestData.registerCustomer();
        String token = TestData.signIn(email, TestData.PASSWORD);
        String addressId = TestData.as(token).contentType(ContentType.JSON).body(address("Maison"))
                .post("/api/v1/me/addresses").then().statusCode(201).body("isDefault", equalTo(true))
                .extract().path("id");
        String product = TestData.productWith(TestData.createCooperative(TestData.token()), "120.00", 5);
        Map<String, Object> order = TestData.order(product, 1);
        order.remove("delivery");
        order.put("deliveryAddressId", addressId);
        String reference = TestData.placeOrder(token, order).then().statusCode(201)
                .body("delivery.landmark", equalTo("En face de la mosquée Al Fath"))
                .body("delivery.phone", equalTo("+212612345678")).extract().path("reference");
        Map<String, Object> both = TestData.order(product, 1);
        both.put("deliveryAddressId", addressId);
        TestData.placeOrder(token, both).then().statusCode(400);
        Map<String, Object> foreign = TestData.order(product, 1);
        foreign.remove("delivery");
        foreign.put("deliveryAddressId", "not-mine");
        TestData.placeOrder(token, foreign).then().statusCode(400).body("errors[0].field", equalTo("deliveryAddressId"));

        TestData.as(token).get("/api/v1/me/export").then().statusCode(200)
                .body("profile.email", equalTo(email))
                .body("addresses", hasSize(1))
                .body("orders", hasSize(1)).body("orders[0].reference", equalTo(reference))
                .body("signIns[0].method", equalTo("PASSWORD")).body("signIns[0].succeeded", equalTo(true))
                .body("enrollments", hasSize(0));
    }

    @Test
    void deletionWaitsForOpenOrdersThenAnonymisesThemAndFreesThePhone() throws Exception {
        String[] customer = phoneCustomer();
        String token = customer[0];
        String phone = customer[1];
        String product = TestData.productWith(TestData.createCooperative(TestData.token()), "80.00", 5);
        Response placed = TestData.placeOrder(token, TestData.order(product, 2));
        String orderId = placed.then().statusCode(201).extract().path("id");
        String reference = placed.path("reference");
        String partId = placed.path("parts[0].id");

        Codes.untilAccepted(() -> TestData.as(token).post("/api/v1/me/deletion-code")).then().statusCode(202);
        String code = Codes.nthSmsCode(dispatcher, phone, 2);
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("code", code)).delete("/api/v1/me")
                .then().statusCode(409).body("type", containsString("open-orders")).body("detail", containsString(reference));

        TestData.as(token).post("/api/v1/orders/" + orderId + "/parts/" + partId + "/cancel").then().statusCode(200);
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("code", "000000".equals(code) ? "111111" : "000000"))
                .delete("/api/v1/me").then().statusCode(400).body("type", containsString("invalid-code"));
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("code", code)).delete("/api/v1/me")
                .then().statusCode(204);

        TestData.asAdmin().get("/api/v1/orders/" + orderId).then().statusCode(200)
                .body("delivery.name", equalTo("Client supprimé")).body("delivery.phone", equalTo("+212500000000"))
                .body("delivery.addressLine", equalTo("-")).body("delivery.city", equalTo("Agadir"))
                .body("delivery.landmark", nullValue());
        TestData.as(token).get("/api/v1/me").then().statusCode(200)
                .body("phone", nullValue()).body("email", nullValue()).body("fullName", equalTo("Compte supprimé"));

        // The number is free: it opens a new account.
        Codes.untilAccepted(() -> post("/api/v1/auth/phone/code", Map.of("phone", phone))).then().statusCode(202);
        String fresh = Codes.nthSmsCode(dispatcher, phone, 3);
        Map<String, Object> body = new HashMap<>(Codes.signIn(phone, fresh));
        body.put("fullName", "Aicha Ouhadou");
        body.put("preferredLanguage", "fr");
        String newToken = post("/api/v1/auth/phone/token", body).then().statusCode(201).extract().path("accessToken");
        TestData.as(newToken).get("/api/v1/orders").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void deletionByPasswordAndOnlyForCustomers() {
        String email = TestData.registerCustomer();
        String token = TestData.signIn(email, TestData.PASSWORD);
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("password", "wrong-password-1"))
                .delete("/api/v1/me").then().statusCode(400).body("errors[0].field", equalTo("password"));
        TestData.as(token).contentType(ContentType.JSON).body(Map.of()).delete("/api/v1/me").then().statusCode(400);
        TestData.as(token).contentType(ContentType.JSON).body(Map.of("password", TestData.PASSWORD))
                .delete("/api/v1/me").then().statusCode(204);
        post("/api/v1/auth/token", Map.of("email", email, "password", TestData.PASSWORD)).then().statusCode(401);
        // Its access token outlives it by minutes, but adds nothing more.
        TestData.as(token).contentType(ContentType.JSON).body(address("Encore")).post("/api/v1/me/addresses")
                .then().statusCode(401).body("type", containsString("account-deleted"));
        String product = TestData.productWith(TestData.createCooperative(TestData.token()), "50.00", 3);
        TestData.placeOrder(token, TestData.order(product, 1)).then().statusCode(401);
        assertEquals(3, TestData.stockOf(product));
        // The e-mail is free again.
        post("/api/v1/auth/register", Map.of("email", email, "phone", "+212612345678", "fullName", "Nouvelle",
                "password", TestData.PASSWORD, "preferredLanguage", "fr")).then().statusCode(201);

        TestData.as(TestData.adminToken()).contentType(ContentType.JSON).body(Map.of("password", TestData.ADMIN_PASSWORD))
                .delete("/api/v1/me").then().statusCode(409).body("type", containsString("account-not-deletable"));
    }
}
