package ma.coopmarket.training;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/** Enrolment rules, one at a time: seats, waitlist, duplicates, limits, dates, and every status move. */
@QuarkusTest
class EnrollmentTest extends ApiTest {

    private String cooperative;
    private String manager;

    @BeforeEach
    void cooperativeAndItsManager() {
        cooperative = TestData.createCooperative(TestData.token());
        manager = TestData.managerToken(cooperative);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("type", endsWith("/" + type)).body("detail", notNullValue());
    }

    private String enrol(String training, String name, String phone) {
        return TrainingData.enrol(manager, training, TrainingData.participant(cooperative, name, phone, "FEMALE"))
                .then().statusCode(201).extract().path("id");
    }

    private String status(String training, String enrollment) {
        return TestData.asAdmin().when().get("/api/v1/trainings/{t}/enrollments/{e}", training, enrollment)
                .then().statusCode(200).extract().path("status");
    }

    @Test
    void confirmsWhileSeatsAreLeftThenWaitlistsInArrivalOrder() {
        String training = TrainingData.createTraining(2, 10);
        int phones = TrainingData.phoneBase();
        TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "فاطمة الزهراء أيت باها",
                TrainingData.phone(phones, 0), "FEMALE"))
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/trainings/" + training + "/enrollments/"))
                .body("status", equalTo("CONFIRMED"))
                .body("fullName", equalTo("فاطمة الزهراء أيت باها"))
                .body("arrival", equalTo(1))
                .body("waitlistPosition", nullValue())
                .body("confirmedAt", notNullValue());
        enrol(training, "Aicha", TrainingData.phone(phones, 1));
        TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "Hassan",
                TrainingData.phone(phones, 2), "MALE"))
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1))
                .body("arrival", equalTo(3));
        TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "Zineb",
                TrainingData.phone(phones, 3), "FEMALE"))
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
        TestData.asAdmin().when().get("/api/v1/trainings/{id}", training).then().statusCode(200)
                .body("seatsTaken", equalTo(2)).body("seatsLeft", equalTo(0));
    }

    @Test
    void cancellingAConfirmedParticipantPromotesTheFirstWaitlistedInTheSameRequest() {
        String training = TrainingData.createTraining(1, 10);
        int phones = TrainingData.phoneBase();
        String first = enrol(training, "Premier", TrainingData.phone(phones, 0));
        String second = enrol(training, "Deuxième", TrainingData.phone(phones, 1));
        String third = enrol(training, "Troisième", TrainingData.phone(phones, 2));

        TrainingData.changeStatus(manager, training, first, "CANCELLED").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledAt", notNullValue());
        assertEquals("CONFIRMED", status(training, second));
        TestData.asAdmin().when().get("/api/v1/trainings/{t}/enrollments/{e}", training, third)
                .then().statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

        TrainingData.changeStatus(manager, training, second, "CANCELLED").then().statusCode(200);
        assertEquals("CONFIRMED", status(training, third));
        TestData.asAdmin().when().get("/api/v1/trainings/{id}", training).then()
                .body("seatsTaken", equalTo(1));
    }

    @Test
    void cancellingAWaitlistedParticipantFreesNoSeat() {
        String training = TrainingData.createTraining(1, 10);
        int phones = TrainingData.phoneBase();
        String confirmed = enrol(training, "A", TrainingData.phone(phones, 0));
        String waiting = enrol(training, "B", TrainingData.phone(phones, 1));
        String last = enrol(training, "C", TrainingData.phone(phones, 2));
        TrainingData.changeStatus(manager, training, waiting, "CANCELLED").then().statusCode(200);
        assertEquals("CONFIRMED", status(training, confirmed));
        TestData.asAdmin().when().get("/api/v1/trainings/{t}/enrollments/{e}", training, last)
                .then().body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
    }

    @Test
    void growingTheCapacityConfirmsTheWaitlistInArrivalOrder() {
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 1, 10);
        String training = TrainingData.createTraining(body);
        int phones = TrainingData.phoneBase();
        enrol(training, "A", TrainingData.phone(phones, 0));
        String b = enrol(training, "B", TrainingData.phone(phones, 1));
        String c = enrol(training, "C", TrainingData.phone(phones, 2));
        String d = enrol(training, "D", TrainingData.phone(phones, 3));
        body.put("capacity", 3);
        TestData.asAdmin().contentType(ContentType.JSON).body(body).when().put("/api/v1/trainings/{id}", training)
                .then().statusCode(200).body("seatsTaken", equalTo(3)).body("seatsLeft", equalTo(0));
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED"),
                List.of(status(training, b), status(training, c), status(training, d)));

        body.put("capacity", 2);
        problem(TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/trainings/{id}", training).then(), 409, "capacity-below-seats-taken");
    }

    @Test
    void theSamePhoneCannotBeEnrolledTwiceButMayEnrolAgainAfterCancelling() {
        String training = TrainingData.createTraining(5, 5);
        String phone = TrainingData.phone();
        String first = enrol(training, "Khadija", phone);
        problem(TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "Khadija B.", phone,
                "FEMALE")).then(), 409, "duplicate-participant");

        // Another cooperative cannot enrol the same person either: the phone identifies the participant.
        String other = TestData.createCooperative(TestData.token());
        String otherManager = TestData.managerToken(other);
        problem(TrainingData.enrol(otherManager, training, TrainingData.participant(other, "Khadija", phone, "FEMALE"))
                .then(), 409, "duplicate-participant");

        TrainingData.changeStatus(manager, training, first, "CANCELLED").then().statusCode(200);
        TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "Khadija", phone, "FEMALE"))
                .then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aCooperativeCannotPassTheTrainingsMaximumCountingTheWaitlist() {
        String training = TrainingData.createTraining(2, 2);
        int phones = TrainingData.phoneBase();
        enrol(training, "A", TrainingData.phone(phones, 0));
        String second = enrol(training, "B", TrainingData.phone(phones, 1));
        problem(TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "C",
                TrainingData.phone(phones, 2), "FEMALE")).then(), 409, "cooperative-limit-reached");

        // Another cooperative still gets in (waitlisted, since the two seats are taken).
        String other = TestData.createCooperative(TestData.token());
        TrainingData.enrol(TestData.managerToken(other), training, TrainingData.participant(other, "D",
                TrainingData.phone(phones, 3), "MALE")).then().statusCode(201).body("status", equalTo("WAITLISTED"));

        // A cancellation gives the cooperative its place back.
        TrainingData.changeStatus(manager, training, second, "CANCELLED").then().statusCode(200);
        TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "C",
                TrainingData.phone(phones, 2), "FEMALE")).then().statusCode(201).body("status", equalTo("WAITLISTED"));
    }

    @Test
    void refusesEnrolmentAfterTheDeadline() {
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 10, 10);
        body.put("enrollmentDeadline", Instant.now().minus(Duration.ofMinutes(1)).toString());
        String training = TrainingData.createTraining(body);
        TestData.asAdmin().when().get("/api/v1/trainings/{id}", training).then().body("enrollmentOpen", equalTo(false));
        problem(TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "Late",
                TrainingData.phone(), "FEMALE")).then(), 409, "enrollment-deadline-passed");
    }

    @Test
    void refusesEnrolmentInAStartedOrPastTraining() {
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 10, 10);
        Instant past = Instant.now().minus(Duration.ofDays(3));
        body.put("startsAt", past.toString());
        body.put("endsAt", past.plus(Duration.ofHours(6)).toString());
        body.put("enrollmentDeadline", past.minus(Duration.ofDays(1)).toString());
        String training = TrainingData.createTraining(body);
        problem(TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "Late",
                TrainingData.phone(), "FEMALE")).then(), 409, "training-started");
    }

    @Test
    void refusesEnrolmentInACancelledOrCompletedTraining() {
        String training = TrainingData.createTraining(10, 10);
        String enrolled = enrol(training, "Before", TrainingData.phone());
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .when().put("/api/v1/trainings/{id}/status", training)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("seatsTaken", equalTo(0));
        assertEquals("CANCELLED", status(training, enrolled));
        problem(TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "After",
                TrainingData.phone(), "FEMALE")).then(), 409, "training-cancelled");

        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 10, 10);
        String completed = TrainingData.createTraining(body);
        TrainingData.start(completed, body);
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .when().put("/api/v1/trainings/{id}/status", completed).then().statusCode(200);
        problem(TrainingData.enrol(manager, completed, TrainingData.participant(cooperative, "After",
                TrainingData.phone(), "FEMALE")).then(), 409, "training-completed");
    }

    @Test
    void everyLegalStatusMoveOfAnEnrolment() {
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 3, 10);
        String training = TrainingData.createTraining(body);
        int phones = TrainingData.phoneBase();
        String toAttend = enrol(training, "A", TrainingData.phone(phones, 0));
        String toMiss = enrol(training, "B", TrainingData.phone(phones, 1));
        String toComplete = enrol(training, "C", TrainingData.phone(phones, 2));
        String waiting = enrol(training, "D", TrainingData.phone(phones, 3));
        TrainingData.start(training, body);
        String admin = TestData.adminToken();

        // CONFIRMED -> ATTENDED -> NO_SHOW -> ATTENDED -> COMPLETED
        TrainingData.changeStatus(admin, training, toAttend, "ATTENDED").then().statusCode(200)
                .body("status", equalTo("ATTENDED"));
        TrainingData.changeStatus(admin, training, toAttend, "NO_SHOW").then().statusCode(200)
                .body("status", equalTo("NO_SHOW"));
        TrainingData.changeStatus(admin, training, toAttend, "ATTENDED").then().statusCode(200);
        TrainingData.changeStatus(admin, training, toAttend, "COMPLETED").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        // CONFIRMED -> NO_SHOW; CONFIRMED -> COMPLETED
        TrainingData.changeStatus(admin, training, toMiss, "NO_SHOW").then().statusCode(200);
        TrainingData.changeStatus(admin, training, toComplete, "COMPLETED").then().statusCode(200);
        // WAITLISTED stays waitlisted: it never held a seat.
        assertEquals("WAITLISTED", status(training, waiting));
        TestData.asAdmin().when().get("/api/v1/trainings/{id}", training).then().body("seatsTaken", equalTo(3));
        // (CONFIRMED -> CANCELLED and WAITLISTED -> CONFIRMED are covered by the cancellation tests.)
    }

    @Test
    void illegalStatusMovesAreConflicts() {
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 1, 10);
        String training = TrainingData.createTraining(body);
        int phones = TrainingData.phoneBase();
        String confirmed = enrol(training, "A", TrainingData.phone(phones, 0));
        String waiting = enrol(training, "B", TrainingData.phone(phones, 1));
        String cancelled = enrol(training, "C", TrainingData.phone(phones, 2));
        TrainingData.changeStatus(manager, training, cancelled, "CANCELLED").then().statusCode(200);
        String admin = TestData.adminToken();

        // Seats are only given on arrival or from the waitlist.
        problem(TrainingData.changeStatus(admin, training, waiting, "CONFIRMED").then(), 409, "illegal-transition");
        problem(TrainingData.changeStatus(admin, training, confirmed, "WAITLISTED").then(), 409, "illegal-transition");
        // CANCELLED is final.
        problem(TrainingData.changeStatus(manager, training, cancelled, "CANCELLED").then(), 409, "illegal-transition");
        // Attendance before the start.
        problem(TrainingData.changeStatus(admin, training, confirmed, "ATTENDED").then(), 409, "training-not-started");

        TrainingData.start(training, body);
        problem(TrainingData.changeStatus(admin, training, cancelled, "ATTENDED").then(), 409, "illegal-transition");
        problem(TrainingData.changeStatus(admin, training, waiting, "ATTENDED").then(), 409, "illegal-transition");
        problem(TrainingData.changeStatus(admin, training, waiting, "NO_SHOW").then(), 409, "illegal-transition");
        problem(TrainingData.changeStatus(admin, training, waiting, "COMPLETED").then(), 409, "illegal-transition");
        // Cancelling once the training started.
        problem(TrainingData.changeStatus(manager, training, confirmed, "CANCELLED").then(), 409, "training-started");
        TrainingData.changeStatus(admin, training, confirmed, "COMPLETED").then().statusCode(200);
        // COMPLETED is final.
        for (String target : List.of("ATTENDED", "NO_SHOW", "CANCELLED", "CONFIRMED")) {
            problem(TrainingData.changeStatus(admin, training, confirmed, target).then(), 409, "illegal-transition");
        }
        TrainingData.changeStatus(admin, training, "missing", "ATTENDED").then().statusCode(404);
        TrainingData.changeStatus(admin, training, confirmed, "MAYBE").then().statusCode(400);
    }

    @Test
    void everyMoveOutsideTheStateMachineIsAnIllegalTransition() {
        Map<String, Object> body = TrainingData.training(TrainingData.createProgramme(), 4, 10);
        String training = TrainingData.createTraining(body);
        int phones = TrainingData.phoneBase();
        Map<String, String> byStatus = new java.util.LinkedHashMap<>();
        for (String s : List.of("CONFIRMED", "ATTENDED", "NO_SHOW", "COMPLETED", "WAITLISTED", "CANCELLED")) {
            byStatus.put(s, enrol(training, s, TrainingData.phone(phones, byStatus.size())));
        }
        TrainingData.changeStatus(manager, training, byStatus.get("CANCELLED"), "CANCELLED").then().statusCode(200);
        TrainingData.start(training, body);
        String admin = TestData.adminToken();
        for (String s : List.of("ATTENDED", "NO_SHOW", "COMPLETED")) {
            TrainingData.changeStatus(admin, training, byStatus.get(s), s).then().statusCode(200);
        }
        Map<String, List<String>> legal = Map.of(
                "CONFIRMED", List.of("CANCELLED", "ATTENDED", "NO_SHOW", "COMPLETED"),
                "WAITLISTED", List.of("CANCELLED"),
                "ATTENDED", List.of("NO_SHOW", "COMPLETED"),
                "NO_SHOW", List.of("ATTENDED"),
                "COMPLETED", List.of(),
                "CANCELLED", List.of());
        List<String> all = List.of("CONFIRMED", "WAITLISTED", "CANCELLED", "ATTENDED", "NO_SHOW", "COMPLETED");
        int checked = 0;
        for (var from : byStatus.entrySet()) {
            assertEquals(from.getKey(), status(training, from.getValue()));
            for (String target : all) {
                if (!legal.get(from.getKey()).contains(target)) {
                    problem(TrainingData.changeStatus(admin, training, from.getValue(), target).then(), 409,
                            "illegal-transition");
                    checked++;
                }
            }
            assertEquals(from.getKey(), status(training, from.getValue()), "a refused move changes nothing");
        }
        assertEquals(28, checked);
    }

    @Test
    void enrolmentInputIsValidated() {
        String training = TrainingData.createTraining(5, 5);
        Map<String, Object> body = TrainingData.participant(cooperative, " ", "0612345678", "FEMALE");
        body.remove("role");
        TrainingData.enrol(manager, training, body).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("fullName", "phone", "role"));
        Map<String, Object> withStatus = TrainingData.participant(cooperative, "A", TrainingData.phone(), "FEMALE");
        withStatus.put("status", "CONFIRMED");
        TrainingData.enrol(manager, training, withStatus).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        TrainingData.enrol(manager, "missing", TrainingData.participant(cooperative, "A", TrainingData.phone(), "FEMALE"))
                .then().statusCode(404);
    }
}
