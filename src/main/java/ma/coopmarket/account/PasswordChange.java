package ma.coopmarket.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new password; the current one is required when the account has one. */
@Schema(name = "PasswordChange")
public record PasswordChange(
        @Size(max = 128) @Schema(description = "Required when the account has a password.", format = "password",
                example = "Argan-Tiznit-2026") String currentPassword,
        @NotNull @Size(min = 10, max = 128, message = "{coopmarket.password}")
        @Schema(description = "10 to 128 characters, with letters and at least one digit or symbol.",
                example = "Argan-Tiznit-2027", format = "password") String newPassword) {
}
