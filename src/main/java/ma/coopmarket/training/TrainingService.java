package ma.coopmarket.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.programme.ProgrammeService;
import ma.coopmarket.programme.ProgrammeSummary;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/** Training sessions: the public list with its filters, and the organisers' (admins') writes. */
@ApplicationScoped
public class TrainingService {

    /** Dates in filters are days in Morocco. */
    public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final TrainingRepository trainings;
    private final EnrollmentService enrollments;
    private final ProgrammeService programmes;
    private final ReferenceDataService reference;

    public TrainingService(TrainingRepository trainings, EnrollmentService enrollments, ProgrammeService programmes,
            ReferenceDataService reference) {
        this.trainings = trainings;
        this.enrollments = enrollments;
        this.programmes = programmes;
        this.reference = reference;
    }

    public Page<TrainingView> list(TrainingFilter filter, PageParams paging) {
        if (filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
            throw new InvalidRequestException("startFrom", "must not be after startTo");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.topic != null) {
            where.append(" and t.topicCode = :topic");
            params.put("topic", filter.topic);
        }
        if (filter.mode != null) {
            where.append(" and t.mode = :mode");
            params.put("mode", filter.mode);
        }
        if (filter.region != null) {
            where.append(" and t.regionCode = :region");
            params.put("region", filter.region);
        }
        if (filter.language != null) {
            where.append(" and t.language = :language");
            params.put("language", filter.language);
        }
        if (filter.programmeId != null) {
            where.append(" and t.programmeId = :programme");
            params.put("programme", filter.programmeId);
        }
        if (filter.from != null) {
            where.append(" and t.startsAt >= :from");
            params.put("from", startOf(filter.from));
        }
        if (filter.to != null) {
            where.append(" and t.startsAt < :to");
            params.put("to", startOf(filter.to.plusDays(1)));
        }
        if (Boolean.TRUE.equals(filter.hasFreeSeats)) {
            where.append(" and t.seatsTaken < t.capacity");
        } else if (Boolean.FALSE.equals(filter.hasFreeSeats)) {
            where.append(" and t.seatsTaken >= t.capacity");
        }
        if (filter.status != null) {
            where.append(" and t.status = :status");
            params.put("status", filter.status);
        }
        Instant now = Instant.now();
        List<Training> rows = trainings.page(where.toString(), params, paging.offset(), paging.size);
        Map<String, ProgrammeSummary> programmesById = programmes.summaries(
                rows.stream().map(t -> t.programmeId).collect(Collectors.toSet()));
        List<TrainingView> items = rows.stream()
                .map(t -> TrainingView.of(t, programmesById.get(t.programmeId), now)).toList();
        return Page.of(items, paging, trainings.countWhere(where.toString(), params));
    }

    public TrainingView get(String id) {
        return view(require(id), Instant.now());
    }

    @Transactional
    public TrainingView create(TrainingFields fields) {
        check(fields);
        Training training = new Training();
        apply(training, fields);
        trainings.persist(training);
        trainings.flush();
        return view(training, Instant.now());
    }

    /**
     * Replaces a scheduled training's fields under its lock. The capacity cannot go below the
     * seats taken; when it grows, waitlisted participants are confirmed in arrival order.
     */
    @Transactional
    public TrainingView update(String id, TrainingFields fields) {
        Training training = trainings.lock(id).orElseThrow(() -> new NotFoundException("Training", id));
        training.requireNotClosed();
        check(fields);
        if (fields.capacity() < training.seatsTaken) {
            throw new ConflictException("capacity-below-seats-taken", "Capacity below seats taken",
                    training.seatsTaken + " seats are taken; the capacity cannot be lower.");
        }
        apply(training, fields);
        enrollments.fillFreeSeats(training, Instant.now());
        trainings.flush();
        return view(training, Instant.now());
    }

    /** CANCELLED (its active enrolments are cancelled too) or COMPLETED; guarded by the training. */
    @Transactional
    public TrainingView changeStatus(String id, TrainingStatus target) {
        Training training = trainings.lock(id).orElseThrow(() -> new NotFoundException("Training", id));
        Instant now = Instant.now();
        switch (target) {
            case CANCELLED -> {
                training.cancel(now);
                enrollments.cancelAllOf(training, now);
            }
            case COMPLETED -> training.complete(now);
            default -> throw new ConflictException("illegal-transition", "Illegal status change",
                    "A training cannot be set back to " + target + ".");
        }
        trainings.flush();
        return view(training, now);
    }

    private TrainingView view(Training training, Instant now) {
        return TrainingView.of(training, programmes.summary(training.programmeId), now);
    }

    private Training require(String id) {
        return trainings.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Training", id));
    }

    private void check(TrainingFields fields) {
        programmes.requireActive("programmeId", fields.programmeId());
        reference.requireTopic("topicCode", fields.topicCode());
        reference.requireRegion("regionCode", blankToNull(fields.regionCode()));
        if (fields.mode() == TrainingMode.ON_SITE) {
            if (blankToNull(fields.regionCode()) == null) {
                throw new InvalidRequestException("regionCode", "is required for an ON_SITE training");
            }
            if (blankToNull(fields.venue()) == null) {
                throw new InvalidRequestException("venue", "is required for an ON_SITE training");
            }
        } else if (blankToNull(fields.venue()) != null) {
            throw new InvalidRequestException("venue", "must be absent for a REMOTE training");
        }
        if (!fields.endsAt().isAfter(fields.startsAt())) {
            throw new InvalidRequestException("endsAt", "must be after startsAt");
        }
        if (fields.enrollmentDeadline().isAfter(fields.startsAt())) {
            throw new InvalidRequestException("enrollmentDeadline", "must not be after startsAt");
        }
    }

    private void apply(Training t, TrainingFields f) {
        t.programmeId = f.programmeId(); // check() found it, active
        t.titleFr = f.titleFr().strip();
        t.titleAr = f.titleAr().strip();
        t.titleEn = blankToNull(f.titleEn());
        t.descriptionFr = blankToNull(f.descriptionFr());
        t.descriptionAr = blankToNull(f.descriptionAr());
        t.descriptionEn = blankToNull(f.descriptionEn());
        t.topicCode = f.topicCode();
        t.mode = f.mode();
        t.regionCode = blankToNull(f.regionCode());
        t.venue = blankToNull(f.venue());
        t.language = f.language();
        t.startsAt = f.startsAt();
        t.endsAt = f.endsAt();
        t.enrollmentDeadline = f.enrollmentDeadline();
        t.capacity = f.capacity();
        t.maxPerCooperative = f.maxPerCooperative();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(MOROCCO).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
