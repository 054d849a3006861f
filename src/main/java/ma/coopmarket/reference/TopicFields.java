package ma.coopmarket.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Input of a new training topic. */
@Schema(name = "TopicFields")
public record TopicFields(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{coopmarket.code}")
        @Schema(example = "EXPORT") String code,
        @NotBlank @Size(max = 120) @Schema(example = "Export et marchés étrangers") String nameFr,
        @NotBlank @Size(max = 120) @Schema(example = "التصدير والأسواق الخارجية") String nameAr,
        @NotBlank @Size(max = 120) @Schema(example = "Export and foreign markets") String nameEn) {
}
