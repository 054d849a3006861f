package ma.coopmarket.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sign-in with email and password. */
@Schema(name = "TokenRequest")
public record TokenRequest(
        @NotBlank @Size(max = 254) @Schema(example = "fatima.zahra@example.ma") String email,
        @NotBlank @Size(max = 128) @Schema(example = "Argan-Tiznit-2026", format = "password") String password) {
}
