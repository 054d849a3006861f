package ma.coopmarket.cooperative;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.Patterns;

/** What a client may set on a cooperative. Id, status, timestamps and version are the server's. */
@Schema(name = "CooperativeFields", description = "Input of a cooperative (create and full update).")
public record CooperativeFields(
        @NotBlank @Size(max = 200) @Schema(example = "Coopérative Tifaout") String nameFr,
        @NotBlank @Size(max = 200) @Schema(example = "تعاونية تيفاوت") String nameAr,
        @Size(max = 200) @Schema(example = "Tifaout Cooperative") String nameEn,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/.-]{0,39}", message = "{coopmarket.registrationNumber}")
        @Schema(example = "AGA-2014-0173") String registrationNumber,
        @NotNull @Schema(example = "COOPERATIVE") LegalForm legalForm,
        @NotBlank @Schema(description = "Region code, see GET /api/v1/regions.", example = "MA-09") String regionCode,
        @NotBlank @Size(max = 120) @Schema(description = "Province or city.", example = "Taroudant") String city,
        @NotBlank @Schema(description = "Sector code, see GET /api/v1/sectors.", example = "AGRICULTURE") String sectorCode,
        @Min(1900) @Max(2100) @Schema(example = "2014") Integer foundedYear,
        @Min(1) @Max(1_000_000) @Schema(example = "42") Integer memberCount,
        @NotNull @Schema(example = "true") Boolean womenCooperative,
        @Size(max = 2000) @Schema(example = "Huile d'argan pressée à froid par les femmes de la vallée.") String descriptionFr,
        @Size(max = 2000) @Schema(example = "زيت أركان معصور على البارد من طرف نساء الوادي.") String descriptionAr,
        @Size(max = 2000) @Schema(example = "Cold-pressed argan oil made by the women of the valley.") String descriptionEn,
        @Pattern(regexp = Patterns.MOROCCAN_PHONE, message = Patterns.MOROCCAN_PHONE_MESSAGE)
        @Schema(example = "+212612345678") String phone,
        @Email @Size(max = 254) @Schema(example = "contact@tifaout.ma") String email,
        @Schema(description = "Whether the cooperative is told of orders by SMS (needs a phone).", example = "true")
        Boolean smsNotifications,
        @Schema(description = "Language of the SMS the cooperative receives (default fr: French SMS cost less).",
                example = "ar") Language smsLanguage) {
}
