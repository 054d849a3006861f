package ma.coopmarket.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.MoroccanPhone;

/** An address of the book, as given: the whole of it (PUT replaces it). */
@Schema(name = "SavedAddressFields")
public record SavedAddressFields(
        @Size(max = 60) @Schema(description = "The customer's name for it; absent when not given.", example = "Maison")
        String label,
        @NotBlank @Size(max = 120) @Schema(example = "Salma Benali") String recipientName,
        @NotBlank @MoroccanPhone @Schema(description = "The courier calls it; as typed, stored in E.164.",
                example = "0612345678") String phone,
        @NotBlank @Size(max = 8) @Schema(example = "MA-09") String regionCode,
        @NotBlank @Size(max = 120) @Schema(example = "Agadir") String city,
        @NotBlank @Size(max = 300) @Schema(example = "12, rue Al Massira, quartier Dakhla") String addressLine,
        @Size(max = 200) @Schema(description = "What the courier looks for; absent when not given.",
                example = "En face de la mosquée Al Fath") String landmark,
        @Schema(description = "Makes it the default address (the first address is the default anyway).")
        Boolean isDefault) {
}
