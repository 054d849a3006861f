package ma.coopmarket.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an outbox message stands; {@link OutboxMessage} makes the moves between them. */
@Schema(name = "OutboxMessageStatus")
public enum OutboxStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a dispatcher until {@code leaseUntil}. */
    SENDING,
    /** Accepted by the provider. */
    SENT,
    /** The provider reported final delivery. */
    DELIVERED,
    /** Given up after the maximum attempts, or refused for good. */
    FAILED
}
