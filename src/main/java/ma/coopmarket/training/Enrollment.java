package ma.coopmarket.training;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.persistence.AuditedEntity;

/**
 * A participant of a cooperative enrolled in a training. It guards its own status moves: an
 * illegal one is a 409 {@code illegal-transition}. Seats are counted on the {@link Training},
 * whose row lock the caller holds.
 */
@Entity
@Table(name = "training_enrollment")
public class Enrollment extends AuditedEntity {

    private static final Map<EnrollmentStatus, Set<EnrollmentStatus>> MOVES = Map.of(
            EnrollmentStatus.WAITLISTED, EnumSet.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.CANCELLED),
            EnrollmentStatus.CONFIRMED, EnumSet.of(EnrollmentStatus.CANCELLED, EnrollmentStatus.ATTENDED,
                    EnrollmentStatus.NO_SHOW, EnrollmentStatus.COMPLETED),
            // Corrections of the attendance record, and completion after attending.
            EnrollmentStatus.ATTENDED, EnumSet.of(EnrollmentStatus.NO_SHOW, EnrollmentStatus.COMPLETED),
            EnrollmentStatus.NO_SHOW, EnumSet.of(EnrollmentStatus.ATTENDED),
            EnrollmentStatus.COMPLETED, EnumSet.noneOf(EnrollmentStatus.class),
            EnrollmentStatus.CANCELLED, EnumSet.noneOf(EnrollmentStatus.class));

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    public Training training;

    @Column(name = "cooperative_id", nullable = false, updatable = false)
    public String cooperativeId;

    /** The cooperative's region when it enrolled, for reports by region. */
    @Column(name = "cooperative_region_code", nullable = false, updatable = false)
    public String cooperativeRegionCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String phone;

    /** The phone while the enrolment is active, else null: the unique key (training, active phone) forbids duplicates. */
    @Column(name = "active_phone")
    public String activePhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_role", nullable = false)
    public ParticipantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrollmentStatus status;

    @Column(nullable = false, updatable = false)
    public long arrival;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** The account that enrolled the participant (absent for a partner's enrolment). */
    @Column(name = "enrolled_by")
    public String enrolledBy;

    /**
     * A new enrolment, arriving now: CONFIRMED if the training has a free seat (which it takes),
     * WAITLISTED otherwise. The caller holds the training's lock.
     */
    static Enrollment arrive(Training training, String cooperativeId, String regionCode, String fullName,
            String phone, ParticipantRole role, Gender gender, Instant now) {
        Enrollment e = new Enrollment();
        e.training = training;
        e.cooperativeId = cooperativeId;
        e.cooperativeRegionCode = regionCode;
        e.fullName = fullName;
        e.phone = phone;
        e.activePhone = phone;
        e.role = role;
        e.gender = gender;
        e.arrival = training.nextArrival();
        if (training.takeSeatIfFree()) {
            e.status = EnrollmentStatus.CONFIRMED;
            e.confirmedAt = now;
        } else {
            e.status = EnrollmentStatus.WAITLISTED;
        }
        return e;
    }

    public boolean holdsSeat() {
        return EnrollmentStatus.SEAT_HOLDING.contains(status);
    }

    /** WAITLISTED to CONFIRMED, taking a seat of the training (which must have one free). */
    void promote(Instant now) {
        move(EnrollmentStatus.CONFIRMED);
        if (!training.takeSeatIfFree()) {
            throw new IllegalStateException("promoted without a free seat in training " + training.id);
        }
        confirmedAt = now;
    }

    /** CONFIRMED or WAITLISTED to CANCELLED; a confirmed enrolment gives its seat back. */
    void cancel(Instant now) {
        boolean heldSeat = holdsSeat();
        move(EnrollmentStatus.CANCELLED);
        if (heldSeat) {
            training.releaseSeat();
        }
        activePhone = null;
        cancelledAt = now;
    }

    /** Records ATTENDED, NO_SHOW or COMPLETED for a participant who held a seat. */
    void recordAttendance(EnrollmentStatus outcome) {
        if (!EnrollmentStatus.ATTENDANCE.contains(outcome)) {
            throw new IllegalArgumentException(outcome + " is not an attendance outcome");
        }
        move(outcome);
    }

    /** Fails with a 409 {@code illegal-transition} unless this enrolment may move to {@code target}. */
    public void requireMove(EnrollmentStatus target) {
        if (!MOVES.get(status).contains(target)) {
            throw new ConflictException("illegal-transition", "Illegal status change",
                    "An enrolment that is " + status + " cannot become " + target + ".");
        }
    }

    private void move(EnrollmentStatus target) {
        requireMove(target);
        status = target;
    }
}
