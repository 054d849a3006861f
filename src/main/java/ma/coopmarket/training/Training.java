package ma.coopmarket.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.persistence.AuditedEntity;

/**
 * A training session of a programme. Its row is the lock of its enrolments: every change to
 * them first locks this row (SELECT ... FOR UPDATE), so the seat counter and the arrival counter
 * kept here are exact under parallel requests. The counters do not bump {@code version}: it
 * tracks edits of the training itself.
 */
@Entity
@Table(name = "training")
public class Training extends AuditedEntity {

    /** The programme it belongs to (the programme feature's id: trainings read it through ProgrammeService). */
    @Column(name = "programme_id", nullable = false)
    public String programmeId;

    @Column(name = "title_fr", nullable = false)
    public String titleFr;

    @Column(name = "title_ar", nullable = false)
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_ar")
    public String descriptionAr;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "topic_code", nullable = false)
    public String topicCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingMode mode;

    @Column(name = "region_code")
    public String regionCode;

    public String venue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeachingLanguage language;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "enrollment_deadline", nullable = false)
    public Instant enrollmentDeadline;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "max_per_cooperative", nullable = false)
    public int maxPerCooperative;

    /** Enrolments holding a seat (confirmed, attended, no-show, completed); never above capacity. */
    @OptimisticLock(excluded = true)
    @Column(name = "seats_taken", nullable = false)
    public int seatsTaken;

    /** The arrival number given to the last enrolment; the waitlist is served in arrival order. */
    @OptimisticLock(excluded = true)
    @Column(name = "last_arrival", nullable = false)
    public long lastArrival;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingStatus status = TrainingStatus.SCHEDULED;

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean isEnrollmentOpen(Instant now) {
        return status == TrainingStatus.SCHEDULED && now.isBefore(startsAt) && !now.isAfter(enrollmentDeadline);
    }

    /** Fails with a 409 that says why, unless participants can enrol at {@code now}. */
    public void requireEnrollmentOpen(Instant now) {
        requireNotClosed();
        if (!now.isBefore(startsAt)) {
            throw new ConflictException("training-started", "Training already started",
                    "The training started at " + startsAt + "; it takes no more enrolments.");
        }
        if (now.isAfter(enrollmentDeadline)) {
            throw new ConflictException("enrollment-deadline-passed", "Enrolment deadline passed",
                    "Enrolment closed at " + enrollmentDeadline + ".");
        }
    }

    /** Fails with a 409 unless the training is scheduled and has not started: enrolments can still be cancelled. */
    public void requireNotStarted(Instant now) {
        requireNotClosed();
        if (!now.isBefore(startsAt)) {
            throw new ConflictException("training-started", "Training already started",
                    "The training started at " + startsAt + "; its enrolments can no longer be cancelled.");
        }
    }

    /** Fails with a 409 unless attendance can be recorded: the training started and was not cancelled. */
    public void requireStarted(Instant now) {
        if (status == TrainingStatus.CANCELLED) {
            throw new ConflictException("training-cancelled", "Training cancelled", "The training was cancelled.");
        }
        if (now.isBefore(startsAt)) {
            throw new ConflictException("training-not-started", "Training not started",
                    "Attendance can be recorded once the training starts, at " + startsAt + ".");
        }
    }

    /** Fails with a 409 unless the training is still SCHEDULED (editable). */
    public void requireNotClosed() {
        if (status == TrainingStatus.CANCELLED) {
            throw new ConflictException("training-cancelled", "Training cancelled", "The training was cancelled.");
        }
        if (status == TrainingStatus.COMPLETED) {
            throw new ConflictException("training-completed", "Training completed", "The training is completed.");
        }
    }

    /** Takes a seat if one is left; the caller holds this row's lock. */
    boolean takeSeatIfFree() {
        if (seatsTaken >= capacity) {
            return false;
        }
        seatsTaken++;
        return true;
    }

    void releaseSeat() {
        if (seatsTaken <= 0) {
            throw new IllegalStateException("training " + id + " has no seat taken");
        }
        seatsTaken--;
    }

    long nextArrival() {
        return ++lastArrival;
    }

    /** SCHEDULED to CANCELLED, before the training ends. The caller cancels its enrolments. */
    public void cancel(Instant now) {
        requireNotClosed();
        if (!now.isBefore(endsAt)) {
            throw new ConflictException("illegal-transition", "Illegal status change",
                    "The training ended at " + endsAt + "; it can no longer be cancelled.");
        }
        status = TrainingStatus.CANCELLED;
    }

    /** SCHEDULED to COMPLETED, once the training has started. */
    public void complete(Instant now) {
        requireNotClosed();
        if (now.isBefore(startsAt)) {
            throw new ConflictException("training-not-started", "Training not started",
                    "The training starts at " + startsAt + "; it cannot be completed before.");
        }
        status = TrainingStatus.COMPLETED;
    }
}
