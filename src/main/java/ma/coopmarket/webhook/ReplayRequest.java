package ma.coopmarket.webhook;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which failed deliveries to send again. */
@Schema(name = "WebhookReplayRequest")
public record ReplayRequest(
        @NotNull @Schema(description = "Replay the FAILED deliveries created at or after this instant.",
                example = "2026-11-26T09:00:00Z") Instant since) {
}
