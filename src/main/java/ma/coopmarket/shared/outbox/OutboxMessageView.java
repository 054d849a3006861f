package ma.coopmarket.shared.outbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outbox message as operators see it. */
@Schema(name = "OutboxMessage")
public record OutboxMessageView(
        @Schema(description = "Stable id, also sent to the provider for de-duplication.") String id,
        @Schema(example = "SMS") String channel,
        @Schema(example = "+212612345678") String destination,
        @Schema(example = "ORDER_PART_CREATED") String eventType,
        String aggregateId,
        OutboxMessage.Status status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String providerRef,
        @Schema(description = "The message body (JSON).") String payload,
        Instant createdAt,
        Instant sentAt) {

    static OutboxMessageView of(OutboxMessage m) {
        return new OutboxMessageView(m.id, m.channel, m.destination, m.eventType, m.aggregateId, m.status, m.attempts,
                m.nextAttemptAt, m.lastError, m.providerRef, m.payload, m.createdAt, m.sentAt);
    }
}
