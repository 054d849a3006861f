package ma.coopmarket.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Input of a new activity sector. */
@Schema(name = "SectorFields")
public record SectorFields(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{coopmarket.code}")
        @Schema(example = "BEEKEEPING") String code,
        @NotBlank @Size(max = 120) @Schema(example = "Apiculture") String nameFr,
        @NotBlank @Size(max = 120) @Schema(example = "تربية النحل") String nameAr,
        @NotBlank @Size(max = 120) @Schema(example = "Beekeeping") String nameEn) {
}
