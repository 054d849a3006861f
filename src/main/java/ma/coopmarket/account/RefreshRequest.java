package ma.coopmarket.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refresh token, to rotate (refresh) or revoke (logout). */
@Schema(name = "RefreshRequest")
public record RefreshRequest(
        @NotBlank @Size(max = 200) @Schema(example = "rt_Jx0m3cO7d1yXqk2o5b7QyFh0nq2wq3f9xP7kTn6sJ8w") String refreshToken) {
}
