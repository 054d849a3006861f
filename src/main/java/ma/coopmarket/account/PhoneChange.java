package ma.coopmarket.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.MoroccanPhone;

/**
 * A new phone number for one's account: a code is sent to it, and the number changes once it comes
 * back. The current password is required when the account has one (a stolen access token must not
 * be enough to take the account over).
 */
@Schema(name = "PhoneChange")
public record PhoneChange(
        @NotBlank @MoroccanPhone(mobile = true) @Schema(example = "0712345678") String phone,
        @Size(max = 128) @Schema(description = "Required when the account has a password.", format = "password",
                example = "Argan-Tiznit-2026") String currentPassword) {
}
