package ma.coopmarket.outbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outbox message as operators see it. */
@Schema(name = "OutboxMessage")
public record OutboxMessageView(
        @Schema(description = "Stable id, also sent to the provider for de-duplication.") String id,
        @Schema(example = "SMS") String channel,
        @Schema(example = "+212612345678") String destination,
        @Schema(example = "ORDER_PART_CREATED") String eventType,
        @Schema(description = "The order part or training concerned; absent for a message about none.") String aggregateId,
        OutboxStatus status,
        int attempts,
        @Schema(description = "Absent once the message is sent or has failed.") Instant nextAttemptAt,
        @Schema(description = "Absent until an attempt failed.") String lastError,
        @Schema(description = "Absent until the provider accepted the message.") String providerRef,
        @Schema(description = "The message body (JSON). Absent for a message carrying a one-time code.") String payload,
        Instant createdAt,
        @Schema(description = "Absent until sent.") Instant sentAt) {

    static OutboxMessageView of(OutboxMessage m) {
        return new OutboxMessageView(m.id, m.channel, m.destination, m.eventType, m.aggregateId, m.status, m.attempts,
                m.nextAttemptAt, m.lastError, m.providerRef, m.secret ? null : m.payload, m.createdAt, m.sentAt);
    }
}
