package ma.coopmarket.training;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction, when a participant's place changes in a way they
 * should hear of (the SMS channel observes it).
 */
public record EnrollmentChanged(Kind kind, String enrollmentId, String trainingId, String cooperativeId, String phone,
        String fullName, String titleFr, String titleAr, String titleEn, Instant startsAt) {

    public enum Kind {
        CONFIRMED, WAITLISTED, PROMOTED, SESSION_CANCELLED
    }

    static EnrollmentChanged of(Kind kind, Enrollment e) {
        Training t = e.training;
        return new EnrollmentChanged(kind, e.id, t.id, e.cooperativeId, e.phone, e.fullName, t.titleFr, t.titleAr,
                t.titleEn, t.startsAt);
    }
}
