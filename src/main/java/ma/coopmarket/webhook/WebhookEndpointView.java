package ma.coopmarket.webhook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as its partner sees it: its state and, if disabled, why. */
@Schema(name = "WebhookEndpoint")
public record WebhookEndpointView(
        @Schema(example = "0192f3a4-9e1f-7a2b-8c3d-5e6f708192b4") String id,
        @Schema(example = "https://hooks.soukdigital.ma/coopmarket") String url,
        @Schema(description = "Absent when not given.", example = "Catalogue sync, production") String description,
        List<WebhookEvent> events,
        @Schema(description = "DISABLED after the failure threshold; deliveries then fail at once until re-enabled.")
        WebhookEndpoint.Status status,
        @Schema(description = "Failed attempts in a row, across deliveries; 0 after a success.", example = "0")
        int consecutiveFailures,
        @Schema(description = "Start of the current failure streak. Absent while deliveries succeed.") Instant failingSince,
        @Schema(description = "Absent unless disabled.") Instant disabledAt,
        @Schema(description = "Why it was disabled; absent unless disabled.", example = "Disabled after 10 failed attempts in a row over at least "
                + "PT24H; last error: HTTP 503") String disabledReason,
        @Schema(description = "The signing secret: in the response to the creation only (absent from every other). Store it in a secret manager.",
                example = "whsec_Yl8m3cO7d1yXqk2o5b7QyFh0nq2wq3f9xP7kTn6sJ8w") String secret,
        Instant createdAt,
        Instant updatedAt) {

    static WebhookEndpointView of(WebhookEndpoint e, boolean withSecret) {
        return new WebhookEndpointView(e.id, e.url, e.description,
                e.events.stream().map(WebhookEvent::valueOf).toList(), e.status, e.consecutiveFailures, e.failingSince,
                e.disabledAt, e.disabledReason, withSecret ? e.secret : null, e.createdAt, e.updatedAt);
    }
}
