package ma.coopmarket.account;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.MoroccanPhone;

/** A request for a sign-in code by SMS. */
@Schema(name = "PhoneCodeRequest")
public record PhoneCodeRequest(
        @NotBlank @MoroccanPhone(mobile = true)
        @Schema(description = "A Moroccan mobile number, as typed (06 12 34 56 78, +212612345678...).",
                example = "0612345678") String phone,
        @Schema(description = "The SMS's language for a number without an account (an account's own "
                + "language wins); French when absent.", example = "ar") Language language) {
}
