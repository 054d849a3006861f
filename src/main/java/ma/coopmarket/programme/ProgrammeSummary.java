package ma.coopmarket.programme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The programme behind a training, as a list of trainings needs it. */
@Schema(name = "ProgrammeSummary")
public record ProgrammeSummary(
        String id,
        @Schema(example = "Mourafaka") String nameFr,
        @Schema(example = "مرافقة") String nameAr,
        @Schema(example = "Mourafaka support programme") String nameEn,
        @Schema(example = "Office du Développement de la Coopération") String organiser) {

    static ProgrammeSummary of(Programme p) {
        return new ProgrammeSummary(p.id, p.nameFr, p.nameAr, p.nameEn, p.organiser);
    }
}
