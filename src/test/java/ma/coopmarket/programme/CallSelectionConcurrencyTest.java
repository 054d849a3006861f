package ma.coopmarket.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/** Parallel selections against the real database never select more cooperatives than the quota. */
@QuarkusTest
class CallSelectionConcurrencyTest extends ApiTest {

    @Test
    void fiftyParallelSelectionsForAQuotaOfTenSelectExactlyTen() throws Exception {
        String[] call = TrainingData.createOpenCall(10, null);
        List<String> cooperatives = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cooperatives.add(TestData.createCooperative(TestData.token()));
        }
        String manager = TestData.managerToken(cooperatives.toArray(String[]::new));
        List<String> applications = new ArrayList<>();
        for (String cooperative : cooperatives) {
            applications.add(TestData.as(manager).contentType(ContentType.JSON).body(Map.of("cooperativeId", cooperative))
                    .when().post("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1])
                    .then().statusCode(201).extract().path("id"));
        }
        String admin = TestData.adminToken();
        List<Callable<Response>> tasks = new ArrayList<>();
        for (String application : applications) {
            tasks.add(() -> TrainingData.retrying(() -> TestData.as(admin).contentType(ContentType.JSON)
                    .body(Map.of("status", "SELECTED"))
                    .when().put("/api/v1/programmes/{id}/calls/{c}/applications/{a}/status", call[0], call[1],
                            application)));
        }
        List<Response> results = TrainingData.inParallel(tasks);

        Map<Integer, Long> statuses = results.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(200, 10L, 409, 40L), statuses);
        assertTrue(results.stream().filter(r -> r.statusCode() == 409)
                .allMatch(r -> r.<String>path("type").endsWith("/quota-reached")));
        RestAssured.given().when().get("/api/v1/programmes/{id}/calls/{c}", call[0], call[1]).then().statusCode(200)
                .body("selected", org.hamcrest.Matchers.equalTo(10))
                .body("placesLeft", org.hamcrest.Matchers.equalTo(0));
        TestData.asAdmin().when().get("/api/v1/programmes/{id}/calls/{c}/applications?status=SELECTED&size=100",
                call[0], call[1]).then().statusCode(200).body("totalElements", org.hamcrest.Matchers.equalTo(10));
    }

    @Test
    void parallelDecisionsOnOneApplicationTakeOnePlace() throws Exception {
        String[] call = TrainingData.createOpenCall(5, null);
        String cooperative = TestData.createCooperative(TestData.token());
        String application = TestData.as(TestData.managerToken(cooperative)).contentType(ContentType.JSON)
                .body(Map.of("cooperativeId", cooperative))
                .when().post("/api/v1/programmes/{id}/calls/{c}/applications", call[0], call[1])
                .then().statusCode(201).extract().path("id");
        String admin = TestData.adminToken();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> TrainingData.retrying(() -> TestData.as(admin).contentType(ContentType.JSON)
                    .body(Map.of("status", "SELECTED"))
                    .when().put("/api/v1/programmes/{id}/calls/{c}/applications/{a}/status", call[0], call[1],
                            application)).statusCode());
        }
        Map<Integer, Long> statuses = TrainingData.inParallel(tasks).stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 9L), statuses);
        RestAssured.given().when().get("/api/v1/programmes/{id}/calls/{c}", call[0], call[1]).then()
                .body("selected", org.hamcrest.Matchers.equalTo(1));
    }
}
