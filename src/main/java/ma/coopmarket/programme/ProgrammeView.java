package ma.coopmarket.programme;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as the API shows it. */
@Schema(name = "Programme")
public record ProgrammeView(
        @Schema(example = "0192f3a4-9a1b-7c2d-8e3f-405162738495") String id,
        @Schema(example = "Mourafaka") String nameFr,
        @Schema(example = "مرافقة") String nameAr,
        @Schema(description = "Absent when not given.", example = "Mourafaka support programme") String nameEn,
        @Schema(description = "Absent when not given.") String descriptionFr,
        @Schema(description = "Absent when not given.") String descriptionAr,
        @Schema(description = "Absent when not given.") String descriptionEn,
        @Schema(example = "Office du Développement de la Coopération") String organiser,
        @Schema(description = "Absent when not given.", example = "Intelaka") String financingProgramme,
        @Schema(description = "Absent when not given.", example = "https://www.intelaka.ma") String financingUrl,
        @Schema(example = "true") boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.nameFr, p.nameAr, p.nameEn, p.descriptionFr, p.descriptionAr,
                p.descriptionEn, p.organiser, p.financingProgramme, p.financingUrl, p.active, p.createdAt,
                p.updatedAt, p.version);
    }
}
