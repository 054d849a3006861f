package ma.coopmarket.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin may set on a programme. Id, timestamps and version are the server's. */
@Schema(name = "ProgrammeFields", description = "Input of a programme (create and full update).")
public record ProgrammeFields(
        @NotBlank @Size(max = 200) @Schema(example = "Mourafaka") String nameFr,
        @NotBlank @Size(max = 200) @Schema(example = "مرافقة") String nameAr,
        @Size(max = 200) @Schema(example = "Mourafaka support programme") String nameEn,
        @Size(max = 2000) @Schema(example = "Accompagnement des coopératives nouvellement créées pendant un an.")
        String descriptionFr,
        @Size(max = 2000) @Schema(example = "مواكبة التعاونيات حديثة التأسيس لمدة سنة.") String descriptionAr,
        @Size(max = 2000) @Schema(example = "One year of support for newly created cooperatives.") String descriptionEn,
        @NotBlank @Size(max = 200) @Schema(description = "The support body that runs the programme.",
                example = "Office du Développement de la Coopération") String organiser,
        @Size(max = 120) @Schema(description = "A financing programme the cooperatives are helped to apply for.",
                example = "Intelaka") String financingProgramme,
        @Size(max = 300) @Pattern(regexp = "https://[^\\s]+", message = "{coopmarket.https}")
        @Schema(example = "https://www.intelaka.ma") String financingUrl,
        @Schema(description = "Whether the programme takes new sessions and calls; true by default.", example = "true")
        Boolean active) {
}
