package ma.coopmarket.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.MoroccanPhone;

/** A request for a password-reset code: by SMS to the account's phone, or by e-mail. Exactly one of the two. */
@Schema(name = "PasswordResetCodeRequest")
public record PasswordResetCodeRequest(
        @MoroccanPhone(mobile = true) @Schema(example = "0612345678") String phone,
        @Email @Size(max = 254) @Schema(example = "fatima.zahra@example.ma") String email) {
}
