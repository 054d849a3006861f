package ma.coopmarket.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/** Training topics, sessions and their public list with filters, and sessions' own status. */
@QuarkusTest
class TrainingApiTest extends ApiTest {

    @Test
    void topicsAreSeededReferenceDataThatAdminsExtend() {
        RestAssured.given().when().get("/api/v1/training-topics").then().statusCode(200)
                .body("code", hasItems("DIGITAL_MARKETING", "ECOMMERCE", "SOCIAL_MEDIA_SELLING", "PRODUCT_PHOTOGRAPHY",
                        "BOOKKEEPING"))
                .body("find { it.code == 'ECOMMERCE' }.nameAr", equalTo("التجارة الإلكترونية"));
        String code = "T" + TestData.token().toUpperCase();
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameFr", "Export", "nameAr", "التصدير", "nameEn", "Export"))
                .when().post("/api/v1/training-topics").then().statusCode(201)
                .header("Location", endsWith("/api/v1/training-topics/" + code));
        RestAssured.given().when().get("/api/v1/training-topics/{code}", code).then().statusCode(200)
                .body("nameAr", equalTo("التصدير"));
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameFr", "Export", "nameAr", "التصدير", "nameEn", "Export"))
                .when().post("/api/v1/training-topics").then().statusCode(409)
                .body("type", endsWith("/duplicate-topic"));
        TestData.as(TestData.customerToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "X" + code, "nameFr", "E", "nameAr", "ت", "nameEn", "E"))
                .when().post("/api/v1/training-topics").then().statusCode(403);
    }

    @Test
    void aTrainingRoundTripsItsTextsAndShowsItsSeats() {
        String programme = TrainingData.createProgramme();
        Map<String, Object> body = TrainingData.training(programme, 25, 3);
        body.put("titleAr", "التسويق الرقمي للتعاونيات النسائية");
        String id = TrainingData.createTraining(body);
        RestAssured.given().when().get("/api/v1/trainings/{id}", id).then().statusCode(200)
                .body("titleAr", equalTo("التسويق الرقمي للتعاونيات النسائية"))
                .body("programmeId", equalTo(programme))
                .body("programme.organiser", equalTo("Office du Développement de la Coopération"))
                .body("capacity", equalTo(25)).body("seatsTaken", equalTo(0)).body("seatsLeft", equalTo(25))
                .body("enrollmentOpen", equalTo(true)).body("status", equalTo("SCHEDULED"))
                .body("language", equalTo("ary")).body("mode", equalTo("ON_SITE"));
    }

    @Test
    void trainingInputIsChecked() {
        String programme = TrainingData.createProgramme();
        Map<String, Object> onSite = TrainingData.training(programme, 10, 2);
        onSite.remove("regionCode");
        expectInvalid(onSite, "regionCode");
        onSite = TrainingData.training(programme, 10, 2);
        onSite.remove("venue");
        expectInvalid(onSite, "venue");
        Map<String, Object> remote = TrainingData.training(programme, 10, 2);
        remote.put("mode", "REMOTE");
        expectInvalid(remote, "venue");
        remote.remove("venue");
        remote.remove("regionCode");
        TrainingData.createTraining(remote);

        Map<String, Object> dates = TrainingData.training(programme, 10, 2);
        dates.put("endsAt", dates.get("startsAt"));
        expectInvalid(dates, "endsAt");
        dates = TrainingData.training(programme, 10, 2);
        dates.put("enrollmentDeadline", Instant.parse((String) dates.get("startsAt")).plusSeconds(1).toString());
        expectInvalid(dates, "enrollmentDeadline");
        Map<String, Object> codes = TrainingData.training(programme, 10, 2);
        codes.put("topicCode", "ASTROLOGY");
        expectInvalid(codes, "topicCode");
        codes = TrainingData.training(programme, 10, 2);
        codes.put("programmeId", "missing");
        expectInvalid(codes, "programmeId");
        Map<String, Object> numbers = TrainingData.training(programme, 0, 0);
        numbers.put("language", "de");
        TestData.asAdmin().contentType(ContentType.JSON).body(numbers).when().post("/api/v1/trainings")
                .then().statusCode(400);
        numbers.remove("language");
        numbers.put("seatsTaken", 3);
        TestData.asAdmin().contentType(ContentType.JSON).body(numbers).when().post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", equalTo("seatsTaken"));
    }

    private static void expectInvalid(Map<String, Object> body, String field) {
        TestData.asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/trainings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void thePublicListFiltersByEveryCriterion() {
        // A day of its own in a far year, so that other tests' trainings stay out of the way.
        ZoneId morocco = ZoneId.of("Africa/Casablanca");
        LocalDate day = LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 20_000));
        String programme = TrainingData.createProgramme();
        Map<String, Object> full = at(TrainingData.training(programme, 1, 1), day.atTime(9, 0).atZone(morocco).toInstant());
        String fullId = TrainingData.createTraining(full);
        Map<String, Object> remote = at(TrainingData.training(programme, 30, 2), day.atTime(15, 0).atZone(morocco).toInstant());
        remote.put("mode", "REMOTE");
        remote.remove("venue");
        remote.remove("regionCode");
        remote.put("topicCode", "DIGITAL_MARKETING");
        remote.put("language", "fr");
        String remoteId = TrainingData.createTraining(remote);
        Map<String, Object> nextDay = at(TrainingData.training(TrainingData.createProgramme(), 10, 2),
                day.plusDays(1).atTime(9, 0).atZone(morocco).toInstant());
        nextDay.put("regionCode", "MA-01");
        String nextDayId = TrainingData.createTraining(nextDay);

        String cooperative = TestData.createCooperative(TestData.token());
        TrainingData.enrol(TestData.managerToken(cooperative), fullId,
                TrainingData.participant(cooperative, "Nadia", TrainingData.phone(), "FEMALE")).then().statusCode(201);

        String range = "/api/v1/trainings?startFrom=" + day + "&startTo=" + day;
        RestAssured.given().when().get(range).then().statusCode(200)
                .body("items.id", contains(fullId, remoteId));
        RestAssured.given().when().get(range + "&hasFreeSeats=true").then().body("items.id", contains(remoteId));
        RestAssured.given().when().get(range + "&hasFreeSeats=false").then().body("items.id", contains(fullId))
                .body("items[0].seatsLeft", equalTo(0));
        RestAssured.given().when().get(range + "&mode=REMOTE").then().body("items.id", contains(remoteId));
        RestAssured.given().when().get(range + "&topic=DIGITAL_MARKETING").then().body("items.id", contains(remoteId));
        RestAssured.given().when().get(range + "&language=ary").then().body("items.id", contains(fullId));
        RestAssured.given().when().get(range + "&region=MA-09").then().body("items.id", contains(fullId));
        RestAssured.given().when().get("/api/v1/trainings?startFrom=" + day + "&startTo=" + day.plusDays(1) + "&region=MA-01")
                .then().body("items.id", contains(nextDayId));
        RestAssured.given().when().get("/api/v1/trainings?programmeId=" + programme).then()
                .body("items.id", containsInAnyOrder(fullId, remoteId));
        RestAssured.given().when().get("/api/v1/trainings?startFrom=" + day.plusDays(1) + "&startTo=" + day.plusDays(1))
                .then().body("items.id", contains(nextDayId));
        RestAssured.given().when().get(range + "&status=CANCELLED").then().body("items", org.hamcrest.Matchers.empty());

        RestAssured.given().when().get("/api/v1/trainings?startFrom=2026-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("startFrom"));
        RestAssured.given().when().get("/api/v1/trainings?startFrom=" + day.plusDays(1) + "&startTo=" + day).then()
                .statusCode(400).body("errors[0].field", equalTo("startFrom"));
        RestAssured.given().when().get("/api/v1/trainings?mode=ONLINE").then().statusCode(400)
                .body("errors[0].field", equalTo("mode"));
        RestAssured.given().when().get("/api/v1/trainings?hasFreeSeats=yes").then().statusCode(400);
    }

    private static Map<String, Object> at(Map<String, Object> body, Instant start) {
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(Duration.ofHours(3)).toString());
        body.put("enrollmentDeadline", start.minus(Duration.ofDays(1)).toString());
        return body;
    }

    @Test
    void trainingsAreCancelledBeforeTheirEndAndCompletedOnceStarted() {
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 5, 5);
        String training = TrainingData.createTraining(body);
        changeTrainingStatus(training, "COMPLETED").statusCode(409).body("type", endsWith("/training-not-started"));
        changeTrainingStatus(training, "SCHEDULED").statusCode(409).body("type", endsWith("/illegal-transition"));
        changeTrainingStatus(training, "CANCELLED").statusCode(200).body("status", equalTo("CANCELLED"));
        changeTrainingStatus(training, "CANCELLED").statusCode(409).body("type", endsWith("/training-cancelled"));
        changeTrainingStatus(training, "COMPLETED").statusCode(409).body("type", endsWith("/training-cancelled"));
        TestData.asAdmin().contentType(ContentType.JSON).body(body).when().put("/api/v1/trainings/{id}", training)
                .then().statusCode(409).body("type", endsWith("/training-cancelled"));

        Map<String, Object> pastBody = TrainingData.training(TrainingData.createProgramme(), 5, 5);
        Instant past = Instant.now().minus(Duration.ofDays(10));
        at(pastBody, past);
        String ended = TrainingData.createTraining(pastBody);
        changeTrainingStatus(ended, "CANCELLED").statusCode(409).body("type", endsWith("/illegal-transition"));
        changeTrainingStatus(ended, "COMPLETED").statusCode(200).body("status", equalTo("COMPLETED"));
        changeTrainingStatus(ended, "CANCELLED").statusCode(409).body("type", endsWith("/training-completed"));
        RestAssured.given().when().get("/api/v1/trainings?status=COMPLETED&size=100").then()
                .body("items.id", hasItem(ended)).body("items.id", not(hasItem(training)));
    }

    private static io.restassured.response.ValidatableResponse changeTrainingStatus(String training, String status) {
        return TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/api/v1/trainings/{id}/status", training).then();
    }
}
