package ma.coopmarket.account;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.Patterns;

/** An admin's creation of a cooperative manager, bound to one or more cooperatives. */
@Schema(name = "ManagerFields")
public record ManagerFields(
        @NotBlank @Email @Size(max = 254) @Schema(example = "gerante@tifaout.ma") String email,
        @Pattern(regexp = Patterns.MOROCCAN_PHONE, message = Patterns.MOROCCAN_PHONE_MESSAGE)
        @Schema(example = "+212661234567") String phone,
        @NotBlank @Size(max = 200) @Schema(example = "Khadija Ait Lhaj") String fullName,
        @NotNull @Size(min = 10, max = 128, message = "{coopmarket.password}")
        @Schema(example = "Tifaout-Gerante-2026", format = "password") String password,
        @NotNull @Schema(example = "fr") Language preferredLanguage,
        @NotEmpty @Size(max = 50) List<@NotBlank String> cooperativeIds) {
}
