package ma.coopmarket.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new e-mail address for one's account: a code is sent to it, and the address changes once it
 * comes back. The current password is required when the account has one.
 */
@Schema(name = "EmailChange")
public record EmailChange(
        @NotBlank @Email @Size(max = 254) @Schema(example = "fatima.zahra@example.ma") String email,
        @Size(max = 128) @Schema(description = "Required when the account has a password.", format = "password",
                example = "Argan-Tiznit-2026") String currentPassword) {
}
