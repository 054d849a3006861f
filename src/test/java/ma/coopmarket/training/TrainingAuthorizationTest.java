package ma.coopmarket.training;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
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
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/**
 * Every operation on programmes, calls, trainings and enrolments, run as each kind of caller:
 * 401 without credentials, 403 for a role that may never do it, 404 for another cooperative's
 * enrolment or application, success for its managers and admins (the organisers).
 */
@QuarkusTest
class TrainingAuthorizationTest extends ApiTest {

    private static final List<String> CALLERS = List.of("anonymous", "customer", "ownManager", "otherManager",
            "partner", "admin");

    private final Map<String, Function<RequestSpecification, RequestSpecification>> auth = new LinkedHashMap<>();
    private String own;
    private int phoneBase;
    private int phoneCount;

    private void fixtures() {
        if (own != null) {
            return;
        }
        own = TestData.createCooperative(TestData.token());
        String other = TestData.createCooperative(TestData.token());
        String customer = TestData.customerToken();
        String ownManager = TestData.managerToken(own);
        String otherManager = TestData.managerToken(other);
        String partner = TestData.partnerKey(List.of("CATALOG_READ", "CATALOG_WRITE"), List.of(own));
        String admin = TestData.adminToken();
        auth.put("anonymous", r -> r);
        auth.put("customer", r -> r.header("Authorization", "Bearer " + customer));
        auth.put("ownManager", r -> r.header("Authorization", "Bearer " + ownManager));
        auth.put("otherManager", r -> r.header("Authorization", "Bearer " + otherManager));
        auth.put("partner", r -> r.header("X-API-Key", partner));
        auth.put("admin", r -> r.header("Authorization", "Bearer " + admin));
        phoneBase = TrainingData.phoneBase();
    }

    private String nextPhone() {
        return TrainingData.phone(phoneBase, phoneCount++);
    }

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

    private String enrolOwn(String training) {
        return TrainingData.enrol(TestData.adminToken(), training,
                TrainingData.participant(own, "Participante", nextPhone(), "FEMALE"))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void programmeAndTrainingManagement() {
        fixtures();
        String programme = TrainingData.createProgramme();
        expect("createProgramme", r -> r.body(TrainingData.programme(TestData.token())).post("/api/v1/programmes"),
                401, 403, 403, 403, 403, 201);
        expect("updateProgramme", r -> r.body(TrainingData.programme(TestData.token())).put("/api/v1/programmes/{id}",
                programme), 401, 403, 403, 403, 403, 200);
        expect("createTraining", r -> r.body(TrainingData.training(programme, 10, 2)).post("/api/v1/trainings"),
                401, 403, 403, 403, 403, 201);
        Map<String, Object> body = TrainingData.training(programme, 10, 2);
        String training = TrainingData.createTraining(body);
        expect("updateTraining", r -> r.body(body).put("/api/v1/trainings/{id}", training),
                401, 403, 403, 403, 403, 200);
        expect("changeTrainingStatus", r -> r.body(Map.of("status", "CANCELLED"))
                .put("/api/v1/trainings/{id}/status", TrainingData.createTraining(10, 2)),
                401, 403, 403, 403, 403, 200);
        expect("createTrainingTopic", r -> r.body(Map.of("code", "Z" + TestData.token().toUpperCase(), "nameFr", "Z",
                "nameAr", "ز", "nameEn", "Z")).post("/api/v1/training-topics"), 401, 403, 403, 403, 403, 201);
        expect("listTrainings (public)", r -> r.get("/api/v1/trainings"), 200, 200, 200, 200, 200, 200);
        expect("getTraining (public)", r -> r.get("/api/v1/trainings/{id}", training), 200, 200, 200, 200, 200, 200);
        expect("listProgrammes (public)", r -> r.get("/api/v1/programmes"), 200, 200, 200, 200, 200, 200);
        expect("getTrainingStats (public)", r -> r.get("/api/v1/stats/trainings"), 200, 200, 200, 200, 200, 200);
    }

    @Test
    void enrolmentOperations() {
        fixtures();
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 50, 50);
        String training = TrainingData.createTraining(body);
        expect("enrol", r -> r.body(TrainingData.participant(own, "Salma", nextPhone(), "FEMALE"))
                .post("/api/v1/trainings/{id}/enrollments", training), 401, 403, 201, 404, 403, 201);
        String enrollment = enrolOwn(training);
        expect("listEnrollments", r -> r.get("/api/v1/trainings/{id}/enrollments", training),
                401, 403, 200, 200, 403, 200);
        assertEquals(0, auth.get("otherManager").apply(given()).get("/api/v1/trainings/{id}/enrollments", training)
                .<Integer>path("totalElements"), "another cooperative's manager sees none of them");
        expect("getEnrollment", r -> r.get("/api/v1/trainings/{id}/enrollments/{e}", training, enrollment),
                401, 403, 200, 404, 403, 200);
        expect("cancelEnrollment", r -> r.body(Map.of("status", "CANCELLED"))
                .put("/api/v1/trainings/{id}/enrollments/{e}/status", training, enrolOwn(training)),
                401, 403, 200, 404, 403, 200);
        expect("downloadAttendance", r -> r.get("/api/v1/trainings/{id}/attendance", training),
                401, 403, 403, 403, 403, 200);
        TrainingData.start(training, body);
        expect("recordAttendance", r -> r.body(Map.of("status", "ATTENDED"))
                .put("/api/v1/trainings/{id}/enrollments/{e}/status", training, enrollment),
                401, 403, 403, 403, 403, 200);
    }

    @Test
    void callAndApplicationOperations() {
        fixtures();
        String[] call = TrainingData.createOpenCall(100, null);
        Instant now = Instant.now();
        expect("createCall", r -> r.body(TrainingData.call(5, now, now.plusSeconds(3600), null))
                .post("/api/v1/programmes/{id}/calls", call[0]), 401, 403, 403, 403, 403, 201);
        expect("updateCall", r -> r.body(TrainingData.call(100, now.minusSeconds(60), now.plusSeconds(3600), null))
                .put("/api/v1/programmes/{id}/calls/{c}", call[0], call[1]), 401, 403, 403, 403, 403, 200);
        expect("getCall (public)", r -> r.get("/api/v1/programmes/{id}/calls/{c}", call[0], call[1]),
                200, 200, 200, 200, 200, 200);
        // Each caller applies to a call of its own, so that a success does not make the next a duplicate.
        expect("applyToCall", r -> {
            String[] fresh = TrainingData.createOpenCall(5, null);
            return r.body(Map.of("cooperativeId", own)).post("/api/v1/programmes/{id}/calls/{c}/applications",
                    fresh[0], fresh[1]);
        }, 401, 403, 201, 404, 403, 201);
        String application = TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("cooperativeId", own))
                .when().post("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1])
                .then().statusCode(201).extract().path("id");
        expect("listApplications", r -> r.get("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1]),
                401, 403, 200, 200, 403, 200);
        expect("getApplication", r -> r.get("/api/v1/programmes/{id}/calls/{c}/applications/{a}", call[0], call[1],
                application), 401, 403, 200, 404, 403, 200);
        expect("decideApplication", r -> r.body(Map.of("status", "REJECTED"))
                .put("/api/v1/programmes/{id}/calls/{c}/applications/{a}/status", call[0], call[1], application),
                401, 403, 403, 403, 403, 200);
    }
}
