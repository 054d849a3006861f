package ma.coopmarket.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new e-mail address and the code it received. */
@Schema(name = "EmailConfirmation")
public record EmailConfirmation(
        @NotBlank @Email @Size(max = 254) @Schema(example = "fatima.zahra@example.ma") String email,
        @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{coopmarket.otp}") @Schema(example = "493817") String code) {
}
