package ma.coopmarket.training;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment stands. CONFIRMED holds a seat; WAITLISTED waits for one in arrival order;
 * CANCELLED is final. Once the training started, the organiser records ATTENDED, NO_SHOW or
 * COMPLETED; these still count as holding the seat. The moves are guarded by {@link Enrollment}.
 */
public enum EnrollmentStatus {
    CONFIRMED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW, COMPLETED;

    /** The statuses that hold one of the training's seats. */
    public static final Set<EnrollmentStatus> SEAT_HOLDING = EnumSet.of(CONFIRMED, ATTENDED, NO_SHOW, COMPLETED);

    /** The statuses that still wait for, or hold, a seat before the training: they count against limits. */
    public static final Set<EnrollmentStatus> ACTIVE = EnumSet.of(CONFIRMED, WAITLISTED);

    /** What the organiser records once the training started. */
    public static final Set<EnrollmentStatus> ATTENDANCE = EnumSet.of(ATTENDED, NO_SHOW, COMPLETED);
}
