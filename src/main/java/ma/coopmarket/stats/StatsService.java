package ma.coopmarket.stats;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.cooperative.GroupCount;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.reference.ReferenceView;

/** Statistics computed from the data, never from a hard-coded table. */
@ApplicationScoped
public class StatsService {

    private final CooperativeService cooperatives;
    private final ReferenceDataService reference;

    public StatsService(CooperativeService cooperatives, ReferenceDataService reference) {
        this.cooperatives = cooperatives;
        this.reference = reference;
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
}
