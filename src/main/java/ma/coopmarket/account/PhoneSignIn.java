package ma.coopmarket.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.MoroccanPhone;

/**
 * Sign-in with the code received by SMS. For a number without an account, the same call opens one:
 * then {@code fullName} and {@code preferredLanguage} are required.
 */
@Schema(name = "PhoneSignIn")
public record PhoneSignIn(
        @NotBlank @MoroccanPhone(mobile = true) @Schema(example = "0612345678") String phone,
        @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{coopmarket.otp}") @Schema(example = "493817") String code,
        @Size(max = 200) @Schema(description = "Required to open an account.", example = "Fatima Zahra El Amrani")
        String fullName,
        @Schema(description = "Required to open an account.", example = "ar") Language preferredLanguage,
        @Schema(description = "Opening an account: true if the person accepted the marketing SMS text shown "
                + "(GET /api/v1/consent-texts); recorded with that text.") Boolean marketingSms) {
}
