package ma.coopmarket.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import ma.coopmarket.shared.error.ConflictException;

/** An enrolment's life and the seats it holds, without Quarkus or a database. */
class EnrollmentStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static Training trainingWithSeats(int capacity) {
        Training training = new Training();
        training.id = "t1";
        training.capacity = capacity;
        return training;
    }

    private static Enrollment arrive(Training training, String name) {
        return Enrollment.arrive(training, "c1", "MA-09", name, "+212612345678", null, null, NOW);
    }

    @Test
    void seatsGoInArrivalOrderAndAFreedSeatGoesToTheWaitingList() {
        Training training = trainingWithSeats(1);
        Enrollment first = arrive(training, "Fatima");
        Enrollment second = arrive(training, "Khadija");
        assertEquals(EnrollmentStatus.CONFIRMED, first.status);
        assertEquals(EnrollmentStatus.WAITLISTED, second.status);
        assertEquals(1, training.seatsTaken);
        assertEquals(first.arrival + 1, second.arrival);

        first.cancel(NOW);
        assertEquals(EnrollmentStatus.CANCELLED, first.status);
        assertEquals(0, training.seatsTaken, "a confirmed enrolment gives its seat back");
        second.promote(NOW);
        assertEquals(EnrollmentStatus.CONFIRMED, second.status);
        assertEquals(1, training.seatsTaken);
    }

    @Test
    void attendanceIsRecordedOnlyForWhoHeldASeatAndCancellingIsFinal() {
        Training training = trainingWithSeats(1);
        Enrollment confirmed = arrive(training, "Fatima");
        Enrollment waiting = arrive(training, "Khadija");
        assertThrows(ConflictException.class, () -> waiting.recordAttendance(EnrollmentStatus.ATTENDED));
        assertThrows(IllegalArgumentException.class, () -> confirmed.recordAttendance(EnrollmentStatus.CANCELLED));
        confirmed.recordAttendance(EnrollmentStatus.ATTENDED);
        confirmed.recordAttendance(EnrollmentStatus.COMPLETED);
        assertEquals(EnrollmentStatus.COMPLETED, confirmed.status);
        assertThrows(ConflictException.class, () -> confirmed.cancel(NOW), "a completed training stays completed");

        waiting.cancel(NOW);
        assertEquals(1, training.seatsTaken, "a waiting enrolment held no seat to give back");
        assertThrows(ConflictException.class, () -> waiting.promote(NOW));
        assertThrows(ConflictException.class, () -> waiting.cancel(NOW));
    }
}
