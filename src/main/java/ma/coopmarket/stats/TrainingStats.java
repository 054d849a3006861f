package ma.coopmarket.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Participation in trainings, computed from the enrolments at request time. Participants are
 * enrolments that held a seat (confirmed, attended, no-show, completed); waitlisted and cancelled
 * ones are not counted. Regions are the participants' cooperatives' regions.
 */
@Schema(name = "TrainingStats")
public record TrainingStats(
        @Schema(format = "date", description = "First day counted (trainings starting on or after it); absent unless asked.",
                example = "2026-01-01") String from,
        @Schema(format = "date", description = "Last day counted (trainings starting on or before it); absent unless asked.",
                example = "2026-12-31") String to,
        Figures total,
        @Schema(description = "All 12 regions, with zeros where nobody took part.") List<Group> byRegion,
        @Schema(description = "All topics, with zeros where nobody took part.") List<Group> byTopic,
        @Schema(description = "Programmes with at least one participant, by French name.") List<Group> byProgramme) {

    /** The figures of the whole selection. */
    @Schema(name = "TrainingStatsFigures")
    public record Figures(
            @Schema(description = "Participants who held a seat.", example = "240") long participants,
            @Schema(description = "Participants recorded as attended or completed.", example = "198") long attended,
            @Schema(description = "Participants who completed the training.", example = "175") long completions,
            @Schema(description = "Women among the participants.", example = "131") long women,
            @Schema(description = "women / participants, from 0 to 1 (3 decimals); absent when there are no participants.",
                    example = "0.546") BigDecimal womenShare) {

        static Figures of(long participants, long attended, long completions, long women) {
            return new Figures(participants, attended, completions, women, share(women, participants));
        }
    }

    /** One region, topic or programme, with its names and figures. */
    @Schema(name = "TrainingStatsGroup")
    public record Group(
            @Schema(description = "Region code, topic code or programme id.", example = "MA-09") String code,
            @Schema(example = "Souss-Massa") String nameFr,
            @Schema(example = "سوس ماسة") String nameAr,
            @Schema(example = "Souss-Massa") String nameEn,
            @Schema(example = "36") long participants,
            @Schema(example = "30") long attended,
            @Schema(example = "27") long completions,
            @Schema(example = "22") long women,
            @Schema(description = "women / participants, from 0 to 1 (3 decimals); absent when there are no participants.",
                    example = "0.611") BigDecimal womenShare) {
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
