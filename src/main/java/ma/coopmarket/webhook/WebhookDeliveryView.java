package ma.coopmarket.webhook;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.outbox.OutboxMessageView;
import ma.coopmarket.outbox.OutboxStatus;

/** One event sent (or to be sent) to an endpoint, as its delivery log shows it. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
        @Schema(description = "The event id: the CoopMarket-Event-Id header, the same on every attempt and replay.",
                example = "0192f3a4-a1b2-7c3d-8e4f-5a6b7c8d9e0f") String id,
        @Schema(example = "PRODUCT_UPDATED") String eventType,
        @Schema(description = "The product or order part concerned; absent for an event about none.") String subjectId,
        @Schema(description = "PENDING (next attempt at nextAttemptAt), SENDING, SENT (a 2xx answer) or FAILED "
                + "(attempts exhausted, or the endpoint disabled).") OutboxStatus status,
        @Schema(example = "1") int attempts,
        @Schema(description = "Absent once the event is sent or has failed.") Instant nextAttemptAt,
        @Schema(description = "Absent until an attempt failed.", example = "HTTP 503") String lastError,
        Instant createdAt,
        @Schema(description = "Absent until delivered.") Instant sentAt,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The event's `data`, as sent.") String data,
        @Schema(description = "Each HTTP attempt; only when one delivery is read (absent from the log's pages).") List<Attempt> attemptLog) {

    @Schema(name = "WebhookAttempt")
    public record Attempt(Instant attemptedAt, @Schema(example = "212") int durationMs,
            @Schema(description = "The status your endpoint answered; absent if it did not answer.", example = "503")
            Integer responseStatus,
            boolean succeeded,
            @Schema(description = "Absent when the endpoint answered with a success.", example = "HTTP 503") String error) {

        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.attemptedAt, a.durationMs, a.responseStatus, a.succeeded, a.error);
        }
    }

    static WebhookDeliveryView of(OutboxMessageView m, List<Attempt> attempts) {
        return new WebhookDeliveryView(m.id(), m.eventType(), m.aggregateId(), m.status(), m.attempts(),
                m.status() == OutboxStatus.PENDING ? m.nextAttemptAt() : null, m.lastError(), m.createdAt(),
                m.sentAt(), m.payload(), attempts);
    }
}
