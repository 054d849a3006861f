package ma.coopmarket.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds and posts the data each test needs; every call makes unique keys so tests never collide. */
public final class TestData {

    public static final String ADMIN_EMAIL = "admin@test.coopmarket.ma";
    public static final String ADMIN_PASSWORD = "Admin-Test-2026";
    public static final String PASSWORD = "Argan-Tiznit-2026";
    private static volatile String adminToken;

    private TestData() {
    }

    /** A request as the first admin (created at start-up from the test configuration). */
    public static RequestSpecification asAdmin() {
        return as(adminToken());
    }

    /** A request with this bearer token; JSON by default, as REST Assured would otherwise send text/plain. */
    public static RequestSpecification as(String accessToken) {
        return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
    }

    public static RequestSpecification withKey(String apiKey) {
        return given().header("X-API-Key", apiKey);
    }

    public static String adminToken() {
        if (adminToken == null) {
            adminToken = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    public static String signIn(String email, String password) {
        return tokens(email, password).path("accessToken");
    }

    public static io.restassured.response.ExtractableResponse<io.restassured.response.Response> tokens(String email,
            String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200).extract();
    }

    /** Registers a new customer and returns their email. */
    public static String registerCustomer() {
        String email = token() + "@customer.example.ma";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "phone", "+212612345678", "fullName", "Client " + email,
                        "password", PASSWORD, "preferredLanguage", "fr"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201);
        return email;
    }

    public static String customerToken() {
        return signIn(registerCustomer(), PASSWORD);
    }

    /** Creates a manager bound to the given cooperatives and returns their access token. */
    public static String managerToken(String... cooperativeIds) {
        String email = token() + "@manager.example.ma";
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("email", email, "fullName", "Gérante " + email, "password", PASSWORD,
                        "preferredLanguage", "ar", "cooperativeIds", List.of(cooperativeIds)))
                .when().post("/api/v1/admin/managers")
                .then().statusCode(201);
        return signIn(email, PASSWORD);
    }

    /** Creates a partner with these permissions over these cooperatives, and returns a fresh API key. */
    public static String partnerKey(List<String> permissions, List<String> cooperativeIds) {
        String partnerId = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Partner " + token(), "permissions", permissions, "cooperativeIds", cooperativeIds))
                .when().post("/api/v1/admin/partners")
                .then().statusCode(201).extract().path("id");
        return asAdmin().when().post("/api/v1/admin/partners/{id}/keys", partnerId)
                .then().statusCode(201).extract().path("key");
    }

    /** A short random token, unique enough to find a test's own rows with {@code q}. */
    public static String token() {
        return "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    public static Map<String, Object> cooperative(String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameFr", "Coopérative " + token);
        body.put("nameAr", "تعاونية " + token);
        body.put("nameEn", "Cooperative " + token);
        body.put("registrationNumber", "RC-" + token);
        body.put("legalForm", "COOPERATIVE");
        body.put("regionCode", "MA-09");
        body.put("city", "Taroudant");
        body.put("sectorCode", "AGRICULTURE");
        body.put("foundedYear", 2012);
        body.put("memberCount", 25);
        body.put("womenCooperative", true);
        body.put("phone", "+212612345678");
        body.put("email", "contact@" + token + ".ma");
        body.put("smsNotifications", true);
        return body;
    }

    public static String createCooperative(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String createCooperative(String token) {
        return createCooperative(cooperative(token));
    }

    public static Map<String, Object> product(String sku) {
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("nameFr", "Huile d'argan " + sku);
        body.put("nameAr", "زيت أركان " + sku);
        body.put("nameEn", "Argan oil " + sku);
        body.put("categoryCode", "ARGAN_OIL");
        body.put("price", new java.math.BigDecimal("120.50"));
        body.put("unit", "ML");
        body.put("unitQuantity", 250);
        body.put("stock", 40);
        body.put("imageUrls", List.of("https://cdn.example.ma/" + sku + ".jpg"));
        body.put("labels", List.of("ORGANIC"));
        return body;
    }

    /** A product with this price and stock in a new cooperative; returns the product id. */
    public static String productWith(String cooperativeId, String price, int stock) {
        Map<String, Object> body = product("P-" + token());
        body.put("price", new java.math.BigDecimal(price));
        body.put("stock", stock);
        return createProduct(cooperativeId, body);
    }

    public static int stockOf(String productId) {
        return asAdmin().when().get("/api/v1/products/{id}", productId).then().statusCode(200)
                .extract().jsonPath().getInt("stock");
    }

    /** An order body: pairs of product id and quantity, delivered in Agadir, cash on delivery. */
    public static Map<String, Object> order(Object... productAndQuantity) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            lines.add(Map.of("productId", productAndQuantity[i], "quantity", productAndQuantity[i + 1]));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("lines", lines);
        body.put("delivery", Map.of("name", "Salma Benali", "phone", "+212612345678", "city", "Agadir",
                "regionCode", "MA-09", "addressLine", "12, rue Al Massira"));
        body.put("paymentMethod", "CASH_ON_DELIVERY");
        return body;
    }

    public static io.restassured.response.Response placeOrder(String customerToken, Map<String, Object> body) {
        return as(customerToken).contentType(ContentType.JSON).body(body).when().post("/api/v1/orders");
    }

    public static String createProduct(String cooperativeId, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives/{id}/products", cooperativeId)
                .then().statusCode(201)
                .extract().path("id");
    }
}
