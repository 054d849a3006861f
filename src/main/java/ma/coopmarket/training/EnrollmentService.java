package ma.coopmarket.training;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ma.coopmarket.cooperative.CooperativeFacts;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Caller;
import ma.coopmarket.security.CooperativeScope;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.persistence.LockTurns;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/**
 * Enrolments in trainings. Every change locks the training's row first (SELECT ... FOR UPDATE):
 * parallel enrolments queue on it, and since each statement reads committed data (READ
 * COMMITTED), the checks made after the lock (seats, the cooperative's maximum, duplicate phones,
 * the first of the waitlist) see everything the previous holder committed.
 *
 * <p>Each status change has one method here ({@link #arrive}, {@link #promote}, {@link #cancel},
 * {@link #recordAttendance}), called inside the transaction that changes it: the place where a
 * notification outbox (SMS) will be written, in the same transaction.
 */
@ApplicationScoped
public class EnrollmentService {

    private final EnrollmentRepository enrollments;
    private final TrainingRepository trainings;
    private final CooperativeService cooperatives;
    private final AccessPolicy access;
    private final Event<EnrollmentChanged> changed;
    private final LockTurns turns;

    public EnrollmentService(EnrollmentRepository enrollments, TrainingRepository trainings,
            CooperativeService cooperatives, AccessPolicy access, Event<EnrollmentChanged> changed, LockTurns turns) {
        this.changed = changed;
        this.turns = turns;
        this.enrollments = enrollments;
        this.trainings = trainings;
        this.cooperatives = cooperatives;
        this.access = access;
    }

    @Transactional
    public EnrollmentView enrol(String trainingId, EnrollmentFields fields) {
        // A turn on the training before the first statement: a crowd enrolling at once queues here, not
        // on the training's row lock with a pooled connection each.
        return turns.inTurn(List.of("training:" + trainingId), () -> enrolInTurn(trainingId, fields));
    }

    private EnrollmentView enrolInTurn(String trainingId, EnrollmentFields fields) {
        CooperativeFacts cooperative = cooperatives.facts(fields.cooperativeId());
        access.requireManage(cooperative.id(), AccessPolicy.Scope.TRAININGS,
                () -> new NotFoundException("Cooperative", fields.cooperativeId()));
        Training training = lock(trainingId);
        Instant now = Instant.now();
        training.requireEnrollmentOpen(now);
        if (enrollments.activePhoneTaken(training.id, fields.phone())) {
            throw new ConflictException("duplicate-participant", "Participant already enrolled",
                    "A participant with phone " + fields.phone() + " is already enrolled in this training.");
        }
        if (enrollments.countActive(training.id, cooperative.id()) >= training.maxPerCooperative) {
            throw new ConflictException("cooperative-limit-reached", "Cooperative's limit reached",
                    "A cooperative may have at most " + training.maxPerCooperative
                            + " enrolments (confirmed or waitlisted) in this training.");
        }
        Enrollment enrollment = arrive(training, cooperative, fields, now);
        return view(enrollment);
    }

    /** Admins see every enrolment of the training, managers those of their cooperatives. */
    public Page<EnrollmentView> list(String trainingId, EnrollmentFilter filter, PageParams paging) {
        CooperativeScope scope = access.requireParticipationReader();
        trainings.findByIdOptional(trainingId).orElseThrow(() -> new NotFoundException("Training", trainingId));
        StringBuilder where = new StringBuilder("e.training.id = :training");
        Map<String, Object> params = new HashMap<>();
        params.put("training", trainingId);
        if (filter.status != null) {
            where.append(" and e.status = :status");
            params.put("status", filter.status);
        }
        if (filter.cooperativeId != null) {
            if (!scope.includes(filter.cooperativeId)) {
                throw new NotFoundException("Cooperative", filter.cooperativeId);
            }
            where.append(" and e.cooperativeId = :cooperative");
            params.put("cooperative", filter.cooperativeId);
        }
        if (!scope.all()) {
            where.append(" and e.cooperativeId in :visible");
            params.put("visible", scope.ids().isEmpty() ? List.of("") : scope.ids());
        }
        List<Long> waitlist = enrollments.waitlistArrivals(trainingId);
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < waitlist.size(); i++) {
            positions.put(waitlist.get(i), i + 1);
        }
        List<EnrollmentView> items = enrollments.page(where.toString(), params, paging.offset(), paging.size)
                .stream().map(e -> EnrollmentView.of(e, positions.get(e.arrival))).toList();
        return Page.of(items, paging, enrollments.countWhere(where.toString(), params));
    }

    public EnrollmentView get(String trainingId, String enrollmentId) {
        CooperativeScope scope = access.requireParticipationReader();
        Enrollment enrollment = enrollments.findOf(trainingId, enrollmentId)
                .filter(e -> scope.includes(e.cooperativeId))
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        return view(enrollment);
    }

    /**
     * CANCELLED (the cooperative's managers and admins, before the training starts; the first of
     * the waitlist takes a freed seat) or ATTENDED, NO_SHOW, COMPLETED (organisers, once it started).
     */
    @Transactional
    public EnrollmentView changeStatus(String trainingId, String enrollmentId, EnrollmentStatus target) {
        // The cooperative never changes, so it can be read before the lock; the enrolment itself
        // is loaded after it, so that its status is the latest committed one.
        String cooperativeId = enrollments.cooperativeOf(trainingId, enrollmentId)
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        if (EnrollmentStatus.ATTENDANCE.contains(target)) {
            access.requireOrganiser();
        } else {
            access.requireManage(cooperativeId, AccessPolicy.Scope.TRAININGS,
                    () -> new NotFoundException("Enrollment", enrollmentId));
        }
        Training training = lock(trainingId);
        Enrollment enrollment = enrollments.findOf(trainingId, enrollmentId)
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        Instant now = Instant.now();
        switch (target) {
            case CANCELLED -> {
                enrollment.requireMove(target);
                training.requireNotStarted(now);
                cancel(enrollment, now);
                fillFreeSeats(training, now);
            }
            case ATTENDED, NO_SHOW, COMPLETED -> {
                enrollment.requireMove(target);
                training.requireStarted(now);
                recordAttendance(enrollment, target);
            }
            default -> throw new ConflictException("illegal-transition", "Illegal status change",
                    "Enrolments are confirmed or waitlisted when they arrive, and confirmed from the waitlist in "
                            + "arrival order when a seat frees up; they cannot be set to " + target + ".");
        }
        enrollments.flush();
        return view(enrollment);
    }

    /** Confirms waitlisted enrolments in arrival order while the training has free seats. The caller holds its lock. */
    void fillFreeSeats(Training training, Instant now) {
        while (training.seatsLeft() > 0) {
            Enrollment first = enrollments.firstWaitlisted(training.id).orElse(null);
            if (first == null) {
                return;
            }
            promote(first, now);
        }
    }

    /** Cancels every confirmed or waitlisted enrolment of a training being cancelled. The caller holds its lock. */
    void cancelAllOf(Training training, Instant now) {
        for (Enrollment enrollment : enrollments.withStatus(training.id, EnrollmentStatus.ACTIVE)) {
            cancel(enrollment, now);
            changed.fire(EnrollmentChanged.of(EnrollmentChanged.Kind.SESSION_CANCELLED, enrollment));
        }
    }

    /** Participation in trainings starting in [from, to), grouped by the cooperatives' region. */
    public List<ParticipationCount> participationByRegion(Instant from, Instant to) {
        return enrollments.countBy("e.cooperativeRegionCode", from, to);
    }

    public List<ParticipationCount> participationByTopic(Instant from, Instant to) {
        return enrollments.countBy("t.topicCode", from, to);
    }

    public List<ParticipationCount> participationByProgramme(Instant from, Instant to) {
        return enrollments.countBy("t.programmeId", from, to);
    }

    /** The attendance list of a training (participants holding a seat, in arrival order), for organisers. */
    public AttendanceSheet attendanceSheet(String trainingId) {
        access.requireOrganiser();
        Training training = trainings.findByIdOptional(trainingId)
                .orElseThrow(() -> new NotFoundException("Training", trainingId));
        List<Enrollment> participants = enrollments.withStatus(trainingId, EnrollmentStatus.SEAT_HOLDING);
        Map<String, CooperativeFacts> byId = cooperatives.byIds(participants.stream().map(e -> e.cooperativeId)
                .collect(Collectors.toSet()));
        return new AttendanceSheet(training, participants, byId);
    }

    // --- Status changes: one method each ------------------------------------------------------

    /** A new enrolment: CONFIRMED if a seat is free, else WAITLISTED. */
    private Enrollment arrive(Training training, CooperativeFacts cooperative, EnrollmentFields fields, Instant now) {
        Enrollment enrollment = Enrollment.arrive(training, cooperative.id(), cooperative.regionCode(),
                fields.fullName().strip(), fields.phone(), fields.role(), fields.gender(), now);
        Caller caller = access.caller();
        enrollment.enrolledBy = caller.is(Caller.Kind.PARTNER) ? null : caller.id();
        enrollments.persist(enrollment);
        enrollments.flush();
        changed.fire(EnrollmentChanged.of(enrollment.status == EnrollmentStatus.CONFIRMED
                ? EnrollmentChanged.Kind.CONFIRMED : EnrollmentChanged.Kind.WAITLISTED, enrollment));
        return enrollment;
    }

    /** WAITLISTED to CONFIRMED: the participant gets a freed seat. */
    private void promote(Enrollment enrollment, Instant now) {
        enrollment.promote(now);
        enrollments.flush();
        changed.fire(EnrollmentChanged.of(EnrollmentChanged.Kind.PROMOTED, enrollment));
    }

    /** To CANCELLED; a confirmed participant's seat is freed (the caller decides whether to fill it). */
    private void cancel(Enrollment enrollment, Instant now) {
        enrollment.cancel(now);
        enrollments.flush();
    }

    /** ATTENDED, NO_SHOW or COMPLETED, recorded by the organiser. */
    private void recordAttendance(Enrollment enrollment, EnrollmentStatus outcome) {
        enrollment.recordAttendance(outcome);
        enrollments.flush();
    }

    // ------------------------------------------------------------------------------------------

    private Training lock(String trainingId) {
        return trainings.lock(trainingId).orElseThrow(() -> new NotFoundException("Training", trainingId));
    }

    /** The enrolments an account made (its owner's data export). */
    @Transactional
    public List<EnrollmentView> madeBy(String accountId) {
        return enrollments.list("enrolledBy", Sort.ascending("createdAt"), accountId).stream()
                .map(this::view).toList();
    }

    /** Forgets who made the enrolments of an account being deleted (they stay the cooperative's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetEnroller(String accountId) {
        enrollments.update("enrolledBy = null where enrolledBy = ?1", accountId);
    }

    private EnrollmentView view(Enrollment e) {
        Integer position = e.status == EnrollmentStatus.WAITLISTED
                ? enrollments.waitlistPosition(e.training.id, e.arrival)
                : null;
        return EnrollmentView.of(e, position);
    }
}
