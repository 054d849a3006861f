package ma.coopmarket.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many deliveries were queued again. */
@Schema(name = "WebhookReplayResult")
public record ReplayResult(@Schema(example = "12") int replayed) {
}
