package ma.coopmarket.cooperative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class CooperativeApiTest extends ApiTest {

    @Test
    void createsCooperativeWithLocationAndServerOwnedFields() {
        String token = TestData.token();
        var response = TestData.asAdmin().contentType(ContentType.JSON).body(TestData.cooperative(token))
                .when().post("/api/v1/cooperatives")
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("registrationNumber", equalTo("RC-" + token))
                .extract();
        String id = response.path("id");
        assertEquals(true, response.header("Location").endsWith("/api/v1/cooperatives/" + id), response.header("Location"));

        given().when().get("/api/v1/cooperatives/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("nameFr", equalTo("Coopérative " + token))
                .body("regionCode", equalTo("MA-09"))
                .body("womenCooperative", equalTo(true));
    }

    @Test
    void arabicAndFrenchTextRoundTripsUnchanged() {
        String token = TestData.token();
        Map<String, Object> body = TestData.cooperative(token);
        String nameAr = "تعاونية تِيفَاوْت للنساء " + token;
        String nameFr = "Coopérative féminine « Tifaout » – Aït Baha œuvre " + token;
        String description = "Huile d'argan 🌿 — زيت أركان — ⵜⵉⴼⴰⵡⵜ";
        body.put("nameAr", nameAr);
        body.put("nameFr", nameFr);
        body.put("descriptionAr", description);
        String id = TestData.createCooperative(body);

        Map<String, Object> read = given().when().get("/api/v1/cooperatives/{id}", id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(nameAr, read.get("nameAr"));
        assertEquals(nameFr, read.get("nameFr"));
        assertEquals(description, read.get("descriptionAr"));
    }

    @Test
    void updatesEditableFieldsAndBumpsVersion() {
        String token = TestData.token();
        String id = TestData.createCooperative(token);
        Map<String, Object> body = TestData.cooperative(token);
        body.put("nameFr", "Coopérative renommée " + token);
        body.put("memberCount", 60);

        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/cooperatives/{id}", id)
                .then().statusCode(200)
                .body("nameFr", equalTo("Coopérative renommée " + token))
                .body("memberCount", equalTo(60))
                .body("version", equalTo(1))
                .body("status", equalTo("PENDING"));
    }

    @Test
    void changesVerificationStatusThroughItsOwnOperation() {
        String id = TestData.createCooperative(TestData.token());
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("status", "VERIFIED"))
                .when().put("/api/v1/cooperatives/{id}/status", id)
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        given().when().get("/api/v1/cooperatives/{id}", id).then().body("status", equalTo("VERIFIED"));
    }

    @Test
    void rejectsServerOwnedFieldsInTheBody() {
        Map<String, Object> body = TestData.cooperative(TestData.token());
        body.put("status", "VERIFIED");
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("status"));
    }

    @Test
    void archivedCooperativeLeavesListsAndIsNotFound() {
        String token = TestData.token();
        String id = TestData.createCooperative(token);
        TestData.asAdmin().when().delete("/api/v1/cooperatives/{id}", id).then().statusCode(204);
        given().when().get("/api/v1/cooperatives/{id}", id).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/cooperatives?q=" + token)
                .then().statusCode(200).body("totalElements", equalTo(0));
        TestData.asAdmin().when().delete("/api/v1/cooperatives/{id}", id).then().statusCode(404);
    }

    @Test
    void duplicateRegistrationNumberIsConflict() {
        String token = TestData.token();
        TestData.createCooperative(token);
        TestData.asAdmin().contentType(ContentType.JSON).body(TestData.cooperative(token))
                .when().post("/api/v1/cooperatives")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-registration-number"));

        String other = TestData.createCooperative(TestData.token());
        TestData.asAdmin().contentType(ContentType.JSON).body(TestData.cooperative(token))
                .when().put("/api/v1/cooperatives/{id}", other)
                .then().statusCode(409);
    }

    @Test
    void invalidFieldsAreNamedByTheirJsonProperty() {
        Map<String, Object> body = TestData.cooperative(TestData.token());
        body.put("nameFr", " ");
        body.put("phone", "0612345678");
        body.put("email", "not-an-email");
        body.put("memberCount", 0);
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Validation failed"))
                .body("errors.field", containsInAnyOrder("nameFr", "phone", "email", "memberCount"));
    }

    @Test
    void unknownRegionOrSectorIsAFieldError() {
        Map<String, Object> body = TestData.cooperative(TestData.token());
        body.put("regionCode", "MA-99");
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).body("errors.field", contains("regionCode"));
        body.put("regionCode", "MA-01");
        body.put("sectorCode", "NOPE");
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).body("errors.field", contains("sectorCode"));
    }

    @Test
    void smsNotificationsNeedAPhone() {
        Map<String, Object> body = TestData.cooperative(TestData.token());
        body.remove("phone");
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).body("errors.field", contains("phone"));
    }

    @Test
    void unknownIdIsNotFound() {
        given().when().get("/api/v1/cooperatives/{id}", "00000000-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Resource not found"))
                .body("instance", equalTo("/api/v1/cooperatives/00000000-0000-7000-8000-000000000000"));
    }

    @Test
    void filtersByRegionSectorWomenAndStatus() {
        String token = TestData.token();
        Map<String, Object> dakhla = TestData.cooperative(token + "a");
        dakhla.put("regionCode", "MA-12");
        dakhla.put("sectorCode", "FISHING");
        dakhla.put("womenCooperative", false);
        dakhla.put("nameFr", "Coopérative " + token + " pêcheurs");
        String dakhlaId = TestData.createCooperative(dakhla);
        Map<String, Object> souss = TestData.cooperative(token + "b");
        souss.put("nameFr", "Coopérative " + token + " argan");
        String soussId = TestData.createCooperative(souss);
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("status", "VERIFIED"))
                .put("/api/v1/cooperatives/{id}/status", soussId).then().statusCode(200);

        given().when().get("/api/v1/cooperatives?q={q}&region=MA-12", token)
                .then().statusCode(200).body("items.id", contains(dakhlaId));
        given().when().get("/api/v1/cooperatives?q={q}&sector=FISHING", token)
                .then().body("items.id", contains(dakhlaId));
        given().when().get("/api/v1/cooperatives?q={q}&women=true", token)
                .then().body("items.id", contains(soussId));
        given().when().get("/api/v1/cooperatives?q={q}&women=false", token)
                .then().body("items.id", contains(dakhlaId));
        given().when().get("/api/v1/cooperatives?q={q}&status=VERIFIED", token)
                .then().body("items.id", contains(soussId));
        given().when().get("/api/v1/cooperatives?region=MA-12")
                .then().body("items.regionCode", everyItem(equalTo("MA-12")));
    }

    @Test
    void textQueryIgnoresCaseAccentsAndArabicDiacritics() {
        String token = TestData.token();
        Map<String, Object> body = TestData.cooperative(token);
        body.put("nameFr", "Coopérative Élégance Tighanimine " + token);
        body.put("nameAr", "تعاونيّة الأَمَل " + token);
        String id = TestData.createCooperative(body);

        for (String q : new String[] { "ELEGANCE TIGHANIMINE " + token, "élégance", "تعاونية الامل " + token, "الأمل" }) {
            given().when().get("/api/v1/cooperatives?q={q}&size=100", q)
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
        given().when().get("/api/v1/cooperatives?q={q}", "introuvable-" + token)
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void sortsByNameOrNewest() {
        String token = TestData.token();
        Map<String, Object> b = TestData.cooperative(token + "1");
        b.put("nameFr", "B " + token);
        String bId = TestData.createCooperative(b);
        Map<String, Object> a = TestData.cooperative(token + "2");
        a.put("nameFr", "A " + token);
        String aId = TestData.createCooperative(a);

        given().when().get("/api/v1/cooperatives?q={q}&sort=name", token)
                .then().body("items.id", contains(aId, bId));
        given().when().get("/api/v1/cooperatives?q={q}&sort=newest", token)
                .then().body("items.id", contains(aId, bId));
        given().when().get("/api/v1/cooperatives?sort=oldest")
                .then().statusCode(400).body("errors.field", contains("sort"));
    }

    @Test
    void unknownEnumQueryValueIsABadRequest() {
        given().when().get("/api/v1/cooperatives?status=DELETED")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("status"))
                .body("errors[0].message", not(equalTo(null)));
    }
}
