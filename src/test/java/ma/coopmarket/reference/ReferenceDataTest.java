package ma.coopmarket.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class ReferenceDataTest extends ApiTest {

    @Test
    void listsTheTwelveRegionsInThreeLanguages() {
        given().when().get("/api/v1/regions")
                .then().statusCode(200)
                .body("$", hasSize(12))
                .body("code", hasItems("MA-01", "MA-06", "MA-12"))
                .body("find { it.code == 'MA-09' }.nameFr", equalTo("Souss-Massa"))
                .body("find { it.code == 'MA-09' }.nameAr", equalTo("سوس ماسة"))
                .body("find { it.code == 'MA-05' }.nameFr", equalTo("Béni Mellal-Khénifra"));
    }

    @Test
    void listsTheSectorsAndCategories() {
        given().when().get("/api/v1/sectors")
                .then().statusCode(200)
                .body("code", hasItems("AGRICULTURE", "CRAFTS", "FISHING", "ECOMMERCE", "WASTE"));
        given().when().get("/api/v1/categories")
                .then().statusCode(200)
                .body("code", hasItems("ARGAN_OIL", "HONEY", "SAFFRON", "RUGS"));
    }

    @Test
    void addsASectorOnceAndServesIt() {
        String code = "S" + TestData.token().toUpperCase();
        Map<String, Object> body = Map.of("code", code, "nameFr", "Apiculture", "nameAr", "تربية النحل",
                "nameEn", "Beekeeping");
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sectors")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/sectors/" + code))
                .body("nameAr", equalTo("تربية النحل"));
        given().when().get("/api/v1/sectors/{code}", code).then().statusCode(200).body("code", equalTo(code));
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sectors")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void rejectsAMalformedSectorCode() {
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "bee keeping", "nameFr", "A", "nameAr", "ب", "nameEn", "C"))
                .when().post("/api/v1/sectors")
                .then().statusCode(400).body("errors.field", contains("code"));
        given().when().get("/api/v1/sectors/NOPE").then().statusCode(404);
    }
}
