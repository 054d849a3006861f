package ma.coopmarket.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An access token (a signed JWT) and the refresh token that renews it. */
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(description = "Send as `Authorization: Bearer <accessToken>`.") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires.", example = "900") long expiresIn,
        @Schema(description = "Single use: each refresh returns a new one.") String refreshToken,
        @Schema(description = "Seconds until the refresh token expires.", example = "2592000") long refreshExpiresIn) {
}
