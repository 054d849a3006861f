package ma.coopmarket.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.MoroccanPhone;

/** A new password, with the code received by SMS or e-mail (exactly one of phone and email). */
@Schema(name = "PasswordReset")
public record PasswordReset(
        @MoroccanPhone(mobile = true) @Schema(example = "0612345678") String phone,
        @Email @Size(max = 254) @Schema(example = "fatima.zahra@example.ma") String email,
        @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{coopmarket.otp}") @Schema(example = "493817") String code,
        @NotNull @Size(min = 10, max = 128, message = "{coopmarket.password}")
        @Schema(description = "10 to 128 characters, with letters and at least one digit or symbol.",
                example = "Argan-Tiznit-2027", format = "password") String newPassword) {
}
