package ma.coopmarket.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;

/** Changes to one's profile; an absent field stays as it is. Phone, e-mail and password change by their own calls. */
@Schema(name = "ProfilePatch")
public record ProfilePatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        @Schema(example = "Fatima Zahra El Amrani") String fullName,
        @Schema(example = "ar") Language preferredLanguage) {
}
