package ma.coopmarket.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.Patterns;

/** A customer's self-registration. */
@Schema(name = "RegistrationFields")
public record RegistrationFields(
        @NotBlank @Email @Size(max = 254) @Schema(example = "fatima.zahra@example.ma") String email,
        @NotBlank @Pattern(regexp = Patterns.MOROCCAN_PHONE, message = Patterns.MOROCCAN_PHONE_MESSAGE)
        @Schema(example = "+212612345678") String phone,
        @NotBlank @Size(max = 200) @Schema(example = "Fatima Zahra El Amrani") String fullName,
        @NotNull @Size(min = 10, max = 128, message = "{coopmarket.password}")
        @Schema(description = "10 to 128 characters, with letters and at least one digit or symbol.",
                example = "Argan-Tiznit-2026", format = "password") String password,
        @NotNull @Schema(example = "ar") Language preferredLanguage) {
}
