package ma.coopmarket.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.cooperative.GroupCount;
import ma.coopmarket.programme.ProgrammeService;
import ma.coopmarket.programme.ProgrammeView;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.reference.ReferenceView;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.training.EnrollmentService;
import ma.coopmarket.training.ParticipationCount;
import ma.coopmarket.training.TrainingService;

/** Statistics computed from the data, never from a hard-coded table. */
@ApplicationScoped
public class StatsService {

    private final CooperativeService cooperatives;
    private final ReferenceDataService reference;
    private final EnrollmentService enrollments;
    private final ProgrammeService programmes;

    public StatsService(CooperativeService cooperatives, ReferenceDataService reference,
            EnrollmentService enrollments, ProgrammeService programmes) {
        this.cooperatives = cooperatives;
        this.reference = reference;
        this.enrollments = enrollments;
        this.programmes = programmes;
    }

    public CooperativeStats cooperatives(String groupBy) {
        boolean bySector = "sector".equals(groupBy);
        List<GroupCount> counts = bySector ? cooperatives.countBySector() : cooperatives.countByRegion();
        List<ReferenceView> dimension = bySector ? reference.sectors() : reference.regions();
        Map<String, GroupCount> byCode = counts.stream().collect(Collectors.toMap(GroupCount::code, Function.identity()));
        List<CooperativeStats.Group> groups = dimension.stream().map(ref -> {
            GroupCount count = byCode.getOrDefault(ref.code(), new GroupCount(ref.code(), 0, 0));
            return new CooperativeStats.Group(ref.code(), ref.nameFr(), ref.nameAr(), ref.nameEn(), count.total(),
                    count.women());
        }).toList();
        long total = counts.stream().mapToLong(GroupCount::total).sum();
        long women = counts.stream().mapToLong(GroupCount::women).sum();
        return new CooperativeStats(bySector ? "sector" : "region", total, women, groups);
    }

    /** Participation in trainings starting between two days (inclusive, Morocco's time), by region, topic and programme. */
    public TrainingStats trainings(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("startFrom", "must not be after startTo");
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(TrainingService.MOROCCO).toInstant();
        Instant end = to == null ? FAR_FUTURE : to.plusDays(1).atStartOfDay(TrainingService.MOROCCO).toInstant();
        List<ParticipationCount> byRegion = enrollments.participationByRegion(start, end);
        List<TrainingStats.Group> regions = withNames(reference.regions(), byRegion);
        List<TrainingStats.Group> topics = withNames(reference.topics(), enrollments.participationByTopic(start, end));
        List<TrainingStats.Group> byProgramme = enrollments.participationByProgramme(start, end).stream()
                .map(count -> group(programmes.get(count.code()), count))
                .sorted(Comparator.comparing(TrainingStats.Group::nameFr).thenComparing(TrainingStats.Group::code))
                .toList();
        TrainingStats.Figures total = TrainingStats.Figures.of(
                byRegion.stream().mapToLong(ParticipationCount::participants).sum(),
                byRegion.stream().mapToLong(ParticipationCount::attended).sum(),
                byRegion.stream().mapToLong(ParticipationCount::completions).sum(),
                byRegion.stream().mapToLong(ParticipationCount::women).sum());
        return new TrainingStats(from == null ? null : from.toString(), to == null ? null : to.toString(), total, regions,
                topics, byProgramme);
    }

    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

    private static List<TrainingStats.Group> withNames(List<ReferenceView> dimension, List<ParticipationCount> counts) {
        Map<String, ParticipationCount> byCode = counts.stream()
                .collect(Collectors.toMap(ParticipationCount::code, Function.identity()));
        return dimension.stream().map(ref -> {
            ParticipationCount c = byCode.getOrDefault(ref.code(), new ParticipationCount(ref.code(), 0, 0, 0, 0));
            return new TrainingStats.Group(ref.code(), ref.nameFr(), ref.nameAr(), ref.nameEn(), c.participants(),
                    c.attended(), c.completions(), c.women(), TrainingStats.share(c.women(), c.participants()));
        }).toList();
    }

    private static TrainingStats.Group group(ProgrammeView programme, ParticipationCount c) {
        return new TrainingStats.Group(c.code(), programme.nameFr(), programme.nameAr(), programme.nameEn(),
                c.participants(), c.attended(), c.completions(), c.women(), TrainingStats.share(c.women(), c.participants()));
    }
}
