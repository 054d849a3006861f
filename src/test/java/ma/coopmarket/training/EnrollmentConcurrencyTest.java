package ma.coopmarket.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/**
 * Real parallel HTTP requests against the real database: seats, waitlist order and the
 * per-cooperative maximum hold when requests race.
 */
@QuarkusTest
class EnrollmentConcurrencyTest extends ApiTest {

    private record Enrolled(int status, String id, String enrollmentStatus, long arrival) {
        static Enrolled of(Response r) {
            return r.statusCode() == 201
                    ? new Enrolled(201, r.path("id"), r.path("status"), ((Number) r.path("arrival")).longValue())
                    : new Enrolled(r.statusCode(), null, null, -1);
        }
    }

    @Test
    void hundredParallelEnrolmentsForTwentySeatsGiveTwentyConfirmedAndEightyWaitlistedInArrivalOrder()
            throws Exception {
        List<String> cooperatives = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cooperatives.add(TestData.createCooperative(TestData.token()));
        }
        String manager = TestData.managerToken(cooperatives.toArray(String[]::new));
        String training = TrainingData.createTraining(20, 20);
        int phones = TrainingData.phoneBase();

        List<Callable<Enrolled>> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Map<String, Object> participant = TrainingData.participant(cooperatives.get(i % 5), "مشاركة رقم " + i,
                    TrainingData.phone(phones, i), i % 2 == 0 ? "FEMALE" : "MALE");
            tasks.add(() -> Enrolled.of(TrainingData.enrolRetrying(manager, training, participant)));
        }
        List<Enrolled> results = TrainingData.inParallel(tasks);

        assertEquals(100, results.stream().filter(r -> r.status() == 201).count(),
                () -> "statuses: " + results.stream().map(Enrolled::status).toList());
        assertEquals(20, results.stream().filter(r -> "CONFIRMED".equals(r.enrollmentStatus())).count());
        assertEquals(80, results.stream().filter(r -> "WAITLISTED".equals(r.enrollmentStatus())).count());
        // Arrival numbers are 1..100 without gaps or repeats, and exactly the first 20 got seats.
        assertEquals(LongStream.rangeClosed(1, 100).boxed().toList(),
                results.stream().map(Enrolled::arrival).sorted().toList());
        assertTrue(results.stream().allMatch(r -> "CONFIRMED".equals(r.enrollmentStatus()) == (r.arrival() <= 20)));

        TestData.asAdmin().when().get("/api/v1/trainings/{id}", training).then().statusCode(200)
                .body("seatsTaken", org.hamcrest.Matchers.equalTo(20))
                .body("seatsLeft", org.hamcrest.Matchers.equalTo(0));

        // Cancelling confirmed participants promotes the waitlist strictly in arrival order.
        List<Enrolled> confirmed = results.stream().filter(r -> "CONFIRMED".equals(r.enrollmentStatus()))
                .sorted(Comparator.comparingLong(Enrolled::arrival)).toList();
        for (int k = 0; k < 5; k++) {
            long next = 21L + k;
            TrainingData.changeStatus(manager, training, confirmed.get(k).id(), "CANCELLED").then().statusCode(200);
            JsonPath promoted = TestData.asAdmin()
                    .when().get("/api/v1/trainings/{id}/enrollments?status=CONFIRMED&size=100", training)
                    .then().statusCode(200).extract().jsonPath();
            List<Long> arrivals = promoted.getList("items.arrival", Long.class);
            assertEquals(20, arrivals.size());
            assertTrue(arrivals.contains(next), "arrival " + next + " should now be confirmed: " + arrivals);
            assertTrue(arrivals.stream().noneMatch(a -> a > next), "nobody after arrival " + next + ": " + arrivals);
        }
        JsonPath waitlist = TestData.asAdmin()
                .when().get("/api/v1/trainings/{id}/enrollments?status=WAITLISTED&size=100", training)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(75, waitlist.getList("items").size());
        assertEquals(26L, waitlist.getLong("items[0].arrival"));
        assertEquals(1, waitlist.getInt("items[0].waitlistPosition"));
        assertEquals(75, waitlist.getInt("items[74].waitlistPosition"));
    }

    @Test
    void parallelEnrolmentsOfOneCooperativeNeverPassItsMaximum() throws Exception {
        String cooperative = TestData.createCooperative(TestData.token());
        String manager = TestData.managerToken(cooperative);
        String training = TrainingData.createTraining(10, 3);
        int phones = TrainingData.phoneBase();
        List<Callable<Response>> tasks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> participant = TrainingData.participant(cooperative, "Participante " + i,
                    TrainingData.phone(phones, i), "FEMALE");
            tasks.add(() -> TrainingData.enrolRetrying(manager, training, participant));
        }
        List<Response> results = TrainingData.inParallel(tasks);
        Map<Integer, Long> statuses = results.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 3L, 409, 27L), statuses);
        assertTrue(results.stream().filter(r -> r.statusCode() == 409)
                .allMatch(r -> r.<String>path("type").endsWith("/cooperative-limit-reached")));
    }

    @Test
    void parallelEnrolmentsOfTheSamePhoneEnrolItOnce() throws Exception {
        String cooperative = TestData.createCooperative(TestData.token());
        String manager = TestData.managerToken(cooperative);
        String training = TrainingData.createTraining(10, 10);
        String phone = TrainingData.phone();
        List<Callable<Response>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> participant = TrainingData.participant(cooperative, "Khadija", phone, "FEMALE");
            tasks.add(() -> TrainingData.enrolRetrying(manager, training, participant));
        }
        Map<Integer, Long> statuses = TrainingData.inParallel(tasks).stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 19L), statuses);
    }
}
