package ma.coopmarket.programme;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call for applications as the API shows it, with how many places of its quota are left. */
@Schema(name = "ProgrammeCall")
public record CallView(
        @Schema(example = "0192f3a4-a1b2-7c3d-9e4f-5061728394a5") String id,
        @Schema(example = "0192f3a4-9a1b-7c2d-8e3f-405162738495") String programmeId,
        @Schema(example = "Mourafaka, 4e tranche") String titleFr,
        @Schema(example = "مرافقة، الشطر الرابع") String titleAr,
        @Schema(description = "Absent when not given.", example = "Mourafaka, 4th tranche") String titleEn,
        @Schema(description = "Absent when not given.") String descriptionFr,
        @Schema(description = "Absent when not given.") String descriptionAr,
        @Schema(description = "Absent when not given.") String descriptionEn,
        @Schema(example = "500") int quota,
        @Schema(description = "Cooperatives selected so far.", example = "120") int selected,
        @Schema(description = "quota - selected.", example = "380") int placesLeft,
        @Schema(example = "2026-10-15T08:00:00Z") Instant opensAt,
        @Schema(example = "2026-12-15T23:00:00Z") Instant closesAt,
        @Schema(description = "Whether applications are taken now.", example = "true") boolean open,
        Eligibility eligibility,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {

    static CallView of(ProgrammeCall c, Instant now) {
        return new CallView(c.id, c.programme.id, c.titleFr, c.titleAr, c.titleEn, c.descriptionFr, c.descriptionAr,
                c.descriptionEn, c.quota, c.selectedCount, Math.max(0, c.quota - c.selectedCount), c.opensAt,
                c.closesAt, c.isOpen(now), Eligibility.of(c), c.createdAt, c.updatedAt, c.version);
    }
}
