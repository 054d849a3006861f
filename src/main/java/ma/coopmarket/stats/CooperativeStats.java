package ma.coopmarket.stats;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of live cooperatives, computed from the directory at request time. */
@Schema(name = "CooperativeStats")
public record CooperativeStats(
        @Schema(example = "region") String groupBy,
        @Schema(description = "All live cooperatives.", example = "27262") long total,
        @Schema(description = "Live women's cooperatives.", example = "9542") long women,
        List<Group> groups) {

    /** One region or sector, with its names; groups with no cooperative are listed with zeros. */
    @Schema(name = "CooperativeStatsGroup")
    public record Group(
            @Schema(example = "MA-06") String code,
            @Schema(example = "Casablanca-Settat") String nameFr,
            @Schema(example = "الدار البيضاء سطات") String nameAr,
            @Schema(example = "Casablanca-Settat") String nameEn,
            @Schema(example = "3091") long total,
            @Schema(example = "1082") long women) {
    }
}
