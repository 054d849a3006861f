package ma.coopmarket.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The proof that the owner herself deletes the account: her password, or a code sent to her phone
 * by {@code POST /api/v1/me/deletion-code} (an account opened by phone has no password).
 */
@Schema(name = "AccountDeletion")
public record AccountDeletion(
        @Size(max = 128) @Schema(format = "password", example = "Argan-Tiznit-2026") String password,
        @Pattern(regexp = "[0-9]{6}", message = "{coopmarket.otp}") @Schema(example = "493817") String code) {
}
