package ma.coopmarket.partner;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A freshly created API key: the only time its secret is shown. */
@Schema(name = "NewApiKey")
public record NewApiKey(
        String id,
        @Schema(example = "3f9a1c07be42") String prefix,
        @Schema(description = "Send it in the X-API-Key header. Shown once; store it in a secret manager.",
                example = "cmk_3f9a1c07be42_Yl8m3cO7d1yXqk2o5b7QyFh0nq2wq3f9xP7kTn6sJ8w") String key,
        Instant createdAt) {
}
