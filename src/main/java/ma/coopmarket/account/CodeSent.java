package ma.coopmarket.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a request for a code: the same whether or not an account holds the phone or the
 * address, so that nobody learns it from here.
 */
@Schema(name = "CodeSent")
public record CodeSent(
        @Schema(description = "How long the code may be used, in seconds.", example = "300") long expiresInSeconds,
        @Schema(description = "Seconds before another code may be asked for to the same phone or address.",
                example = "60") long resendAfterSeconds) {
}
