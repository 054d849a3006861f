package ma.coopmarket.programme;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin may set on a call for applications. The programme comes from the URL. */
@Schema(name = "CallFields", description = "Input of a call for applications (create and full update).")
public record CallFields(
        @NotBlank @Size(max = 200) @Schema(example = "Mourafaka, 4e tranche") String titleFr,
        @NotBlank @Size(max = 200) @Schema(example = "مرافقة، الشطر الرابع") String titleAr,
        @Size(max = 200) @Schema(example = "Mourafaka, 4th tranche") String titleEn,
        @Size(max = 2000) @Schema(example = "Appel à manifestation d'intérêt pour 500 coopératives.") String descriptionFr,
        @Size(max = 2000) @Schema(example = "دعوة لإبداء الاهتمام لفائدة 500 تعاونية.") String descriptionAr,
        @Size(max = 2000) @Schema(example = "Call for expressions of interest for 500 cooperatives.") String descriptionEn,
        @NotNull @Min(1) @Max(100_000) @Schema(description = "How many cooperatives will be selected.", example = "500")
        Integer quota,
        @NotNull @Schema(description = "When applications open.", example = "2026-10-15T08:00:00Z") Instant opensAt,
        @NotNull @Schema(description = "When applications close; after opensAt.", example = "2026-12-15T23:00:00Z")
        Instant closesAt,
        @Valid Eligibility eligibility) {
}
