package ma.coopmarket.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

/** Builds and posts the data each test needs; every call makes unique keys so tests never collide. */
public final class TestData {

    private TestData() {
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
        return given().contentType(ContentType.JSON).body(body)
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

    public static String createProduct(String cooperativeId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives/{id}/products", cooperativeId)
                .then().statusCode(201)
                .extract().path("id");
    }
}
