package ma.coopmarket.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.MoroccanPhone;

/** The new number and the code it received. */
@Schema(name = "PhoneConfirmation")
public record PhoneConfirmation(
        @NotBlank @MoroccanPhone(mobile = true) @Schema(example = "0712345678") String phone,
        @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{coopmarket.otp}") @Schema(example = "493817") String code) {
}
