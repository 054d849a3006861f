package ma.coopmarket.programme;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/** Programmes, their calls, eligibility rules, applications and decisions. */
@QuarkusTest
class ProgrammeCallTest extends ApiTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json").body("type", endsWith("/" + type));
    }

    private static String cooperative(String region, String sector, boolean women) {
        Map<String, Object> body = TestData.cooperative(TestData.token());
        body.put("regionCode", region);
        body.put("sectorCode", sector);
        body.put("womenCooperative", women);
        return TestData.createCooperative(body);
    }

    private static Response apply(String token, String[] call, String cooperativeId) {
        return TestData.as(token).contentType(ContentType.JSON)
                .body(Map.of("cooperativeId", cooperativeId, "motivation", "نريد بيع منتجاتنا عبر الإنترنت"))
                .when().post("/api/v1/programmes/{id}/calls/{call}/applications", call[0], call[1]);
    }

    private static Response decide(String[] call, String application, String status) {
        return TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/api/v1/programmes/{id}/calls/{call}/applications/{a}/status", call[0], call[1], application);
    }

    @Test
    void programmesAreManagedByAdminsAndReadByAnyone() {
        Map<String, Object> body = TrainingData.programme(TestData.token());
        String id = TestData.asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/programmes")
                .then().statusCode(201).header("Location", containsString("/api/v1/programmes/"))
                .extract().path("id");
        RestAssured.given().when().get("/api/v1/programmes/{id}", id).then().statusCode(200)
                .body("nameAr", equalTo(body.get("nameAr"))).body("active", equalTo(true))
                .body("financingProgramme", equalTo("Intelaka"));
        body.put("active", false);
        TestData.asAdmin().contentType(ContentType.JSON).body(body).when().put("/api/v1/programmes/{id}", id)
                .then().statusCode(200).body("active", equalTo(false)).body("version", equalTo(1));
        RestAssured.given().when().get("/api/v1/programmes?active=false&size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        // An inactive programme takes no new trainings or calls.
        TestData.asAdmin().contentType(ContentType.JSON).body(TrainingData.training(id, 10, 2))
                .when().post("/api/v1/trainings").then().statusCode(400).body("errors[0].field", equalTo("programmeId"));
        Instant now = Instant.now();
        problem(TestData.asAdmin().contentType(ContentType.JSON).body(TrainingData.call(5, now, now.plusSeconds(3600), null))
                .when().post("/api/v1/programmes/{id}/calls", id).then(), 409, "programme-inactive");

        Map<String, Object> invalid = TrainingData.programme(TestData.token());
        invalid.put("financingUrl", "http://plain.example");
        invalid.remove("organiser");
        TestData.asAdmin().contentType(ContentType.JSON).body(invalid).when().post("/api/v1/programmes")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("financingUrl", "organiser"));
        RestAssured.given().when().get("/api/v1/programmes/{id}", "missing").then().statusCode(404);
    }

    @Test
    void callsHaveAQuotaDatesAndEligibilityRules() {
        String programme = TrainingData.createProgramme();
        Instant now = Instant.now();
        Map<String, Object> body = TrainingData.call(500, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)),
                Map.of("regions", List.of("MA-08", "MA-09"), "sectors", List.of("AGRICULTURE"), "womenOnly", true));
        String call = TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/programmes/{id}/calls", programme)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/programmes/" + programme + "/calls/"))
                .body("quota", equalTo(500)).body("selected", equalTo(0)).body("placesLeft", equalTo(500))
                .body("open", equalTo(true))
                .body("eligibility.regions", containsInAnyOrder("MA-08", "MA-09"))
                .body("eligibility.womenOnly", equalTo(true))
                .extract().path("id");
        RestAssured.given().when().get("/api/v1/programmes/{id}/calls", programme).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(call));
        RestAssured.given().when().get("/api/v1/programmes/{id}/calls/{c}", TrainingData.createProgramme(), call)
                .then().statusCode(404);

        Map<String, Object> wrong = TrainingData.call(0, now, now.minusSeconds(1),
                Map.of("regions", List.of("MA-99")));
        TestData.asAdmin().contentType(ContentType.JSON).body(wrong)
                .when().post("/api/v1/programmes/{id}/calls", programme).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("quota"));
        wrong.put("quota", 3);
        TestData.asAdmin().contentType(ContentType.JSON).body(wrong)
                .when().post("/api/v1/programmes/{id}/calls", programme).then().statusCode(400)
                .body("errors[0].field", equalTo("closesAt"));
        wrong.put("closesAt", now.plusSeconds(60).toString());
        TestData.asAdmin().contentType(ContentType.JSON).body(wrong)
                .when().post("/api/v1/programmes/{id}/calls", programme).then().statusCode(400)
                .body("errors[0].field", equalTo("eligibility.regions[0]"));
    }

    @Test
    void eligibilityRulesRefuseWithEveryReason() {
        String[] call = TrainingData.createOpenCall(10,
                Map.of("regions", List.of("MA-08"), "sectors", List.of("CRAFTS"), "womenOnly", true));
        String eligible = cooperative("MA-08", "CRAFTS", true);
        String wrongRegion = cooperative("MA-09", "CRAFTS", true);
        String wrongSector = cooperative("MA-08", "AGRICULTURE", true);
        String mixed = cooperative("MA-08", "CRAFTS", false);
        String nothingRight = cooperative("MA-01", "FISHING", false);
        String manager = TestData.managerToken(eligible, wrongRegion, wrongSector, mixed, nothingRight);

        apply(manager, call, eligible).then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("motivation", equalTo("نريد بيع منتجاتنا عبر الإنترنت"));
        problem(apply(manager, call, wrongRegion).then(), 409, "not-eligible")
                .body("errors.field", containsInAnyOrder("cooperative.regionCode"))
                .body("detail", containsString("MA-09"));
        problem(apply(manager, call, wrongSector).then(), 409, "not-eligible")
                .body("errors.field", containsInAnyOrder("cooperative.sectorCode"));
        problem(apply(manager, call, mixed).then(), 409, "not-eligible")
                .body("errors.field", containsInAnyOrder("cooperative.womenCooperative"))
                .body("detail", containsString("women's cooperatives only"));
        problem(apply(manager, call, nothingRight).then(), 409, "not-eligible")
                .body("errors.field", containsInAnyOrder("cooperative.regionCode", "cooperative.sectorCode",
                        "cooperative.womenCooperative"));
    }

    @Test
    void aCallWithoutRulesTakesAnyCooperativeOnceWhileOpen() {
        String[] open = TrainingData.createOpenCall(10, null);
        String cooperative = cooperative("MA-12", "FISHING", false);
        String manager = TestData.managerToken(cooperative);
        apply(manager, open, cooperative).then().statusCode(201);
        problem(apply(manager, open, cooperative).then(), 409, "duplicate-application");

        String programme = TrainingData.createProgramme();
        Instant now = Instant.now();
        String future = TestData.asAdmin().contentType(ContentType.JSON)
                .body(TrainingData.call(5, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(9)), null))
                .when().post("/api/v1/programmes/{id}/calls", programme).then().statusCode(201)
                .body("open", equalTo(false)).extract().path("id");
        problem(apply(manager, new String[] { programme, future }, cooperative).then(), 409, "call-not-open");
        String closed = TestData.asAdmin().contentType(ContentType.JSON)
                .body(TrainingData.call(5, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(2)), null))
                .when().post("/api/v1/programmes/{id}/calls", programme).then().statusCode(201).extract().path("id");
        problem(apply(manager, new String[] { programme, closed }, cooperative).then(), 409, "call-closed");
    }

    @Test
    void adminsSelectOrRejectOnceAndNeverAboveTheQuota() {
        String[] call = TrainingData.createOpenCall(2, null);
        String a = cooperative("MA-09", "AGRICULTURE", true);
        String b = cooperative("MA-09", "AGRICULTURE", false);
        String c = cooperative("MA-09", "AGRICULTURE", true);
        String d = cooperative("MA-09", "AGRICULTURE", true);
        String manager = TestData.managerToken(a, b, c, d);
        String appA = apply(manager, call, a).then().statusCode(201).extract().path("id");
        String appB = apply(manager, call, b).then().statusCode(201).extract().path("id");
        String appC = apply(manager, call, c).then().statusCode(201).extract().path("id");
        String appD = apply(manager, call, d).then().statusCode(201).extract().path("id");

        decide(call, appA, "SELECTED").then().statusCode(200).body("status", equalTo("SELECTED"))
                .body("decidedAt", notNullValue());
        decide(call, appB, "REJECTED").then().statusCode(200).body("status", equalTo("REJECTED"));
        decide(call, appC, "SELECTED").then().statusCode(200);
        problem(decide(call, appD, "SELECTED").then(), 409, "quota-reached");
        TestData.asAdmin().when().get("/api/v1/programmes/{id}/calls/{c}/applications/{a}", call[0], call[1], appD)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        RestAssured.given().when().get("/api/v1/programmes/{id}/calls/{c}", call[0], call[1]).then()
                .body("selected", equalTo(2)).body("placesLeft", equalTo(0));

        // Decisions are final.
        problem(decide(call, appA, "REJECTED").then(), 409, "illegal-transition");
        problem(decide(call, appA, "SELECTED").then(), 409, "illegal-transition");
        problem(decide(call, appB, "SELECTED").then(), 409, "illegal-transition");
        decide(call, appD, "REJECTED").then().statusCode(200);
        decide(call, appC, "SUBMITTED").then().statusCode(400).body("errors[0].field", equalTo("status"));
        decide(call, "missing", "SELECTED").then().statusCode(404);

        // The quota cannot drop below the selections; it can grow.
        Map<String, Object> update = TrainingData.call(1, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), null);
        problem(TestData.asAdmin().contentType(ContentType.JSON).body(update)
                .when().put("/api/v1/programmes/{id}/calls/{c}", call[0], call[1]).then(), 409, "quota-below-selected");
        update.put("quota", 3);
        TestData.asAdmin().contentType(ContentType.JSON).body(update)
                .when().put("/api/v1/programmes/{id}/calls/{c}", call[0], call[1]).then().statusCode(200)
                .body("quota", equalTo(3)).body("selected", equalTo(2)).body("placesLeft", equalTo(1));

        TestData.asAdmin().when().get("/api/v1/programmes/{id}/calls/{c}/applications?status=SELECTED", call[0], call[1])
                .then().statusCode(200).body("items.id", containsInAnyOrder(appA, appC));
    }

    @Test
    void managersSeeOnlyTheirOwnApplications() {
        String[] call = TrainingData.createOpenCall(10, null);
        String mine = cooperative("MA-09", "AGRICULTURE", true);
        String theirs = cooperative("MA-09", "AGRICULTURE", true);
        String me = TestData.managerToken(mine);
        String them = TestData.managerToken(theirs);
        String myApp = apply(me, call, mine).then().statusCode(201).extract().path("id");
        String theirApp = apply(them, call, theirs).then().statusCode(201).extract().path("id");

        TestData.as(me).when().get("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1])
                .then().statusCode(200).body("items.id", containsInAnyOrder(myApp)).body("totalElements", equalTo(1));
        TestData.as(me).when().get("/api/v1/programmes/{id}/calls/{c}/applications/{a}", call[0], call[1], theirApp)
                .then().statusCode(404);
        TestData.as(me).when().get("/api/v1/programmes/{id}/calls/{c}/applications?cooperativeId=" + theirs,
                call[0], call[1]).then().statusCode(404);
        // Applying for someone else's cooperative: as if it did not exist.
        problem(apply(me, call, theirs).then(), 404, "not-found");
        // Managers do not decide.
        TestData.as(me).contentType(ContentType.JSON).body(Map.of("status", "SELECTED"))
                .when().put("/api/v1/programmes/{id}/calls/{c}/applications/{a}/status", call[0], call[1], myApp)
                .then().statusCode(403);
        TestData.asAdmin().when().get("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1])
                .then().statusCode(200).body("items.id", containsInAnyOrder(myApp, theirApp));
        TestData.as(TestData.customerToken()).when().get("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1])
                .then().statusCode(403);
        RestAssured.given().when().get("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1])
                .then().statusCode(401);
    }
}
