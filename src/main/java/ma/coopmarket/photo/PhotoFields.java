package ma.coopmarket.photo;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo's alt texts (absent fields stay as they are). */
@Schema(name = "ProductPhotoFields")
public record PhotoFields(
        @Size(max = 300) @Schema(example = "Huile d'argan en flacon de 250 ml") String altFr,
        @Size(max = 300) @Schema(example = "زيت الأركان في قنينة 250 مل") String altAr,
        @Size(max = 300) @Schema(example = "Argan oil in a 250 ml bottle") String altEn) {
}
