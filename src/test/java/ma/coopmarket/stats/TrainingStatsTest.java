package ma.coopmarket.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/**
 * Training statistics come from the enrolments. The trainings of this test are moved to a past
 * day of their own, so the figures for that day are exactly this test's.
 */
@QuarkusTest
class TrainingStatsTest extends ApiTest {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private static String cooperative(String region) {
        Map<String, Object> body = TestData.cooperative(TestData.token());
        body.put("regionCode", region);
        return TestData.createCooperative(body);
    }

    private static String enrol(String manager, String training, String cooperative, int phones, int i, String gender) {
        return TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "P" + i,
                TrainingData.phone(phones, i), gender)).then().statusCode(201).extract().path("id");
    }

    private static void moveTo(String training, Map<String, Object> body, LocalDate day) {
        Instant start = day.atTime(9, 0).atZone(MOROCCO).toInstant();
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(Duration.ofHours(7)).toString());
        body.put("enrollmentDeadline", start.minus(Duration.ofDays(1)).toString());
        TestData.asAdmin().contentType(ContentType.JSON).body(body).when().put("/api/v1/trainings/{id}", training)
                .then().statusCode(200);
    }

    private static void record(String training, String enrollment, String status) {
        TrainingData.changeStatus(TestData.adminToken(), training, enrollment, status).then().statusCode(200);
    }

    private static void assertGroup(JsonPath stats, String list, String code, long participants, long attended,
            long completions, long women, String share) {
        String group = list + ".find { it.code == '" + code + "' }.";
        assertEquals(List.of(participants, attended, completions, women),
                List.of(stats.getLong(group + "participants"), stats.getLong(group + "attended"),
                        stats.getLong(group + "completions"), stats.getLong(group + "women")), list + " " + code);
        Object womenShare = stats.get(group + "womenShare");
        if (share == null) {
            assertNull(womenShare);
        } else {
            assertEquals(0, new BigDecimal(share).compareTo(new BigDecimal(womenShare.toString())), list + " " + code);
        }
    }

    @Test
    void participantsCompletionsAndWomensShareByRegionTopicAndProgramme() {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 10_000));
        String programme = TrainingData.createProgramme();
        String souss = cooperative("MA-07");
        String laayoune = cooperative("MA-11");
        String manager = TestData.managerToken(souss, laayoune);
        int phones = TrainingData.phoneBase();

        Map<String, Object> ecommerce = TrainingData.training(programme, 3, 10);
        String t1 = TrainingData.createTraining(ecommerce);
        String f1 = enrol(manager, t1, souss, phones, 1, "FEMALE");
        String m1 = enrol(manager, t1, souss, phones, 2, "MALE");
        String f2 = enrol(manager, t1, laayoune, phones, 3, "FEMALE");
        enrol(manager, t1, laayoune, phones, 4, "FEMALE"); // waitlisted: not a participant

        Map<String, Object> bookkeeping = TrainingData.training(programme, 5, 10);
        bookkeeping.put("topicCode", "BOOKKEEPING");
        String t2 = TrainingData.createTraining(bookkeeping);
        String f4 = enrol(manager, t2, laayoune, phones, 5, "FEMALE");
        String m2 = enrol(manager, t2, laayoune, phones, 6, "MALE");
        TrainingData.changeStatus(manager, t2, m2, "CANCELLED").then().statusCode(200); // cancelled: not counted

        moveTo(t1, ecommerce, day);
        moveTo(t2, bookkeeping, day);
        record(t1, f1, "COMPLETED");
        record(t1, m1, "ATTENDED");
        record(t1, f2, "NO_SHOW");
        record(t2, f4, "ATTENDED");

        JsonPath stats = RestAssured.given().when().get("/api/v1/stats/trainings?startFrom=" + day + "&startTo=" + day)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(day.toString(), stats.getString("from"));
        assertEquals(List.of(4L, 3L, 1L, 3L), List.of(stats.getLong("total.participants"),
                stats.getLong("total.attended"), stats.getLong("total.completions"), stats.getLong("total.women")));
        assertEquals(0, new BigDecimal("0.750").compareTo(new BigDecimal(stats.get("total.womenShare").toString())));

        assertEquals(12, stats.getList("byRegion").size());
        assertGroup(stats, "byRegion", "MA-07", 2, 2, 1, 1, "0.5");
        assertGroup(stats, "byRegion", "MA-11", 2, 1, 0, 2, "1");
        assertGroup(stats, "byRegion", "MA-09", 0, 0, 0, 0, null);
        assertGroup(stats, "byTopic", "ECOMMERCE", 3, 2, 1, 2, "0.667");
        assertGroup(stats, "byTopic", "BOOKKEEPING", 1, 1, 0, 1, "1");
        assertGroup(stats, "byTopic", "DIGITAL_MARKETING", 0, 0, 0, 0, null);
        assertEquals(List.of(programme), stats.getList("byProgramme.code"));
        assertGroup(stats, "byProgramme", programme, 4, 3, 1, 3, "0.75");
        assertEquals(stats.getString("byProgramme[0].nameAr"),
                RestAssured.given().when().get("/api/v1/programmes/{id}", programme).then().extract().path("nameAr"));

        // The day before holds none of it; without dates, everything is counted.
        JsonPath before = RestAssured.given().when().get("/api/v1/stats/trainings?startTo=" + day.minusDays(1))
                .then().statusCode(200).extract().jsonPath();
        JsonPath all = RestAssured.given().when().get("/api/v1/stats/trainings").then().statusCode(200)
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(
                all.getLong("total.participants") >= before.getLong("total.participants") + 4);
        long sumOfRegions = all.getList("byRegion.participants", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(all.getLong("total.participants"), sumOfRegions);
    }

    @Test
    void datesAreChecked() {
        RestAssured.given().when().get("/api/v1/stats/trainings?startFrom=2026-02-30").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("startFrom"));
        RestAssured.given().when().get("/api/v1/stats/trainings?startFrom=2026-03-02&startTo=2026-03-01").then().statusCode(400);
    }
}
