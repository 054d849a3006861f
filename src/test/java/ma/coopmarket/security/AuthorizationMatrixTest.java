package ma.coopmarket.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.Codes;
import ma.coopmarket.support.TestData;

/**
 * Every protected operation, run as each kind of caller, with the exact status each must get:
 * 401 without credentials, 403 for a role that may never do it, 404 for an object the caller may
 * not see (its existence is not revealed), 2xx for its owners and admins.
 */
@QuarkusTest
class AuthorizationMatrixTest extends ApiTest {

    private static final List<String> CALLERS = List.of("anonymous", "customer", "otherCustomer", "ownManager",
            "otherManager", "partnerWithScope", "partnerReadOnly", "partnerOtherCooperative", "admin");

    private final Map<String, Function<RequestSpecification, RequestSpecification>> auth = new LinkedHashMap<>();
    private String own;
    private String other;

    private void fixtures() {
        if (own != null) {
            return;
        }
        own = TestData.createCooperative(TestData.token());
        other = TestData.createCooperative(TestData.token());
        String customer = TestData.customerToken();
        String otherCustomer = TestData.customerToken();
        String ownManager = TestData.managerToken(own);
        String otherManager = TestData.managerToken(other);
        String partnerWithScope = TestData.partnerKey(List.of("CATALOG_READ", "CATALOG_WRITE"), List.of(own));
        String partnerReadOnly = TestData.partnerKey(List.of("CATALOG_READ"), List.of(own));
        String partnerOther = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(other));
        String admin = TestData.adminToken();
        auth.put("anonymous", r -> r);
        auth.put("customer", r -> r.header("Authorization", "Bearer " + customer));
        auth.put("otherCustomer", r -> r.header("Authorization", "Bearer " + otherCustomer));
        auth.put("ownManager", r -> r.header("Authorization", "Bearer " + ownManager));
        auth.put("otherManager", r -> r.header("Authorization", "Bearer " + otherManager));
        auth.put("partnerWithScope", r -> r.header("X-API-Key", partnerWithScope));
        auth.put("partnerReadOnly", r -> r.header("X-API-Key", partnerReadOnly));
        auth.put("partnerOtherCooperative", r -> r.header("X-API-Key", partnerOther));
        auth.put("admin", r -> r.header("Authorization", "Bearer " + admin));
    }

    /** Runs {@code call} once per caller and compares all statuses at once, so a failure shows the whole row. */
    private void expect(String operation, Function<RequestSpecification, Response> call, int... statuses) {
        fixtures();
        Map<String, Integer> want = new LinkedHashMap<>();
        Map<String, Integer> got = new LinkedHashMap<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            want.put(caller, statuses[i]);
            got.put(caller, call.apply(auth.get(caller).apply(given().contentType(ContentType.JSON))).statusCode());
        }
        assertEquals(want, got, operation);
    }

    private String ownProduct(String status) {
        Map<String, Object> body = TestData.product("M-" + TestData.token());
        body.put("status", status);
        return TestData.createProduct(own, body);
    }

    @Test
    void cooperativeOperations() {
        fixtures();
        expect("createCooperative", r -> r.body(TestData.cooperative(TestData.token())).post("/api/v1/cooperatives"),
                401, 403, 403, 403, 403, 403, 403, 403, 201);
        Map<String, Object> update = TestData.cooperative(TestData.token());
        expect("updateCooperative", r -> r.body(update).put("/api/v1/cooperatives/{id}", own),
                401, 403, 403, 200, 404, 403, 403, 403, 200);
        expect("changeCooperativeStatus", r -> r.body(Map.of("status", "VERIFIED")).put("/api/v1/cooperatives/{id}/status", own),
                401, 403, 403, 403, 403, 403, 403, 403, 200);
        expect("archiveCooperative", r -> r.delete("/api/v1/cooperatives/{id}", TestData.createCooperative(TestData.token())),
                401, 403, 403, 403, 403, 403, 403, 403, 204);
        expect("createSector", r -> r.body(Map.of("code", "S" + TestData.token().toUpperCase(), "nameFr", "Apiculture",
                "nameAr", "تربية النحل", "nameEn", "Beekeeping")).post("/api/v1/sectors"),
                401, 403, 403, 403, 403, 403, 403, 403, 201);
    }

    @Test
    void catalogueOperations() {
        fixtures();
        expect("createProduct", r -> r.body(TestData.product("C-" + TestData.token())).post("/api/v1/cooperatives/{id}/products", own),
                401, 403, 403, 201, 404, 201, 403, 404, 201);
        String product = ownProduct("ACTIVE");
        Map<String, Object> update = TestData.product("U-" + TestData.token());
        expect("updateProduct", r -> r.body(update).put("/api/v1/products/{id}", product),
                401, 403, 403, 200, 404, 200, 403, 404, 200);
        expect("archiveProduct", r -> r.delete("/api/v1/products/{id}", ownProduct("ACTIVE")),
                401, 403, 403, 204, 404, 204, 403, 404, 204);
        String draft = ownProduct("DRAFT");
        expect("getDraftProduct", r -> r.get("/api/v1/products/{id}", draft),
                404, 404, 404, 200, 404, 200, 200, 404, 200);
        expect("listDraftProducts", r -> r.get("/api/v1/cooperatives/{id}/products?status=DRAFT", own),
                401, 403, 403, 200, 403, 200, 200, 403, 200);
        expect("listProducts (public)", r -> r.get("/api/v1/products?cooperativeId=" + own),
                200, 200, 200, 200, 200, 200, 200, 200, 200);
    }

    @Test
    void syncAndWebhookOperations() {
        fixtures();
        String ref = TestData.token();
        Map<String, Object> batch = Map.of("items", List.of(Map.of("externalRef", ref, "cooperativeId", own,
                "product", TestData.product("B-" + ref))));
        expect("upsertProducts", r -> r.body(batch).post("/api/v1/partner/products/batch"),
                401, 403, 403, 403, 403, 200, 403, 200, 403);
        expect("getProductByRef", r -> r.get("/api/v1/partner/products/by-ref/{ref}", ref),
                401, 403, 403, 403, 403, 200, 404, 404, 403);
        expect("listProductChanges (mine)", r -> r.get("/api/v1/sync/products?mine=true&size=1"),
                401, 403, 403, 200, 200, 200, 200, 200, 200);
        expect("listProductChanges (public)", r -> r.get("/api/v1/sync/products?size=1"),
                200, 200, 200, 200, 200, 200, 200, 200, 200);
        expect("listWebhookEndpoints", r -> r.get("/api/v1/partner/webhooks"),
                401, 403, 403, 403, 403, 200, 200, 200, 403);
    }

    @Test
    void selfServiceOperations() {
        fixtures();
        expect("updateMe", r -> r.body(Map.of("preferredLanguage", "fr")).patch("/api/v1/me"),
                401, 200, 200, 200, 200, 403, 403, 403, 200);
        expect("requestPhoneChange (without the current password)",
                r -> r.body(Map.of("phone", Codes.newPhone())).post("/api/v1/me/phone"),
                401, 400, 400, 400, 400, 403, 403, 403, 400);
        expect("confirmPhoneChange", r -> r.body(Map.of("phone", Codes.newPhone(), "code", "123456"))
                .post("/api/v1/me/phone/confirm"), 401, 400, 400, 400, 400, 403, 403, 403, 400);
        expect("changePassword", r -> r.body(Map.of("currentPassword", "not-the-password-1", "newPassword",
                "Nouveau-mot-2027")).put("/api/v1/me/password"), 401, 400, 400, 400, 400, 403, 403, 403, 400);
        expect("listMyConsents", r -> r.get("/api/v1/me/consents"), 401, 200, 200, 200, 200, 403, 403, 403, 200);
        expect("changeMyConsent", r -> r.body(Map.of("granted", false, "language", "fr"))
                .put("/api/v1/me/consents/MARKETING_SMS"), 401, 200, 200, 200, 200, 403, 403, 403, 200);
        expect("exportMyData", r -> r.get("/api/v1/me/export"), 401, 200, 200, 200, 200, 403, 403, 403, 200);
        expect("deleteMe (no proof)", r -> r.body(Map.of()).delete("/api/v1/me"),
                401, 400, 400, 409, 409, 403, 403, 403, 409);
        expect("listConsentTexts (public)", r -> r.get("/api/v1/consent-texts"),
                200, 200, 200, 200, 200, 200, 200, 200, 200);
        expect("addMyAddress", r -> r.body(address()).post("/api/v1/me/addresses"),
                401, 201, 201, 403, 403, 403, 403, 403, 403);
        expect("listMyAddresses", r -> r.get("/api/v1/me/addresses"), 401, 200, 200, 403, 403, 403, 403, 403, 403);
        String customersAddress = auth.get("customer").apply(given().contentType(ContentType.JSON)).body(address())
                .post("/api/v1/me/addresses").then().statusCode(201).extract().path("id");
        expect("replaceMyAddress", r -> r.body(address()).put("/api/v1/me/addresses/{id}", customersAddress),
                401, 200, 404, 403, 403, 403, 403, 403, 403);
        expect("deleteMyAddress", r -> r.delete("/api/v1/me/addresses/{id}", customersAddress),
                401, 204, 404, 403, 403, 403, 403, 403, 403);
    }

    private static Map<String, Object> address() {
        return Map.of("recipientName", "Salma Benali", "phone", "+212612345678", "regionCode", "MA-09", "city", "Agadir",
                "addressLine", "12, rue Al Massira");
    }

    @Test
    void accountAndAdministrationOperations() {
        fixtures();
        expect("getMe", r -> r.get("/api/v1/me"),
                401, 200, 200, 200, 200, 403, 403, 403, 200);
        expect("createManager", r -> r.body(Map.of("email", TestData.token() + "@m.example.ma", "fullName", "Gérante",
                "password", TestData.PASSWORD, "preferredLanguage", "fr", "cooperativeIds", List.of(own)))
                .post("/api/v1/admin/managers"),
                401, 403, 403, 403, 403, 403, 403, 403, 201);
        List<String> partners = new ArrayList<>();
        expect("createPartner", r -> {
            Response response = r.body(Map.of("name", "P", "permissions", List.of("CATALOG_READ"), "cooperativeIds", List.of(own)))
                    .post("/api/v1/admin/partners");
            if (response.statusCode() == 201) {
                partners.add(response.path("id"));
            }
            return response;
        }, 401, 403, 403, 403, 403, 403, 403, 403, 201);
        expect("createPartnerKey", r -> r.post("/api/v1/admin/partners/{id}/keys", partners.get(0)),
                401, 403, 403, 403, 403, 403, 403, 403, 201);
    }
}
