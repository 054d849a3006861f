package ma.coopmarket.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.Patterns;

/** Where and to whom the parts of an order are delivered (and the cash collected). Moroccan addresses often need a landmark. */
@Schema(name = "DeliveryAddress")
public record DeliveryAddress(
        @NotBlank @Size(max = 120) @Schema(example = "Salma Benali") String name,
        @NotBlank @Pattern(regexp = Patterns.MOROCCAN_PHONE, message = Patterns.MOROCCAN_PHONE_MESSAGE)
        @Schema(example = "+212612345678") String phone,
        @NotBlank @Size(max = 120) @Schema(example = "Agadir") String city,
        @NotBlank @Size(max = 8) @Schema(example = "MA-09") String regionCode,
        @NotBlank @Size(max = 300) @Schema(example = "12, rue Al Massira, quartier Dakhla") String addressLine,
        @Size(max = 200) @Schema(description = "What the courier looks for; absent when not given.",
                example = "En face de la mosquée Al Fath") String landmark) {
}
