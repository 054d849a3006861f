package ma.coopmarket.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message to deliver outside (an SMS, a webhook call). Its id is stable across retries and is
 * sent to the provider, so that a provider that de-duplicates never bills or applies it twice.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OutboxMessageStatus")
    public enum Status {
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

    @Id
    public String id;

    @Column(nullable = false)
    public String channel;

    /** A phone number in E.164 for SMS, an endpoint id for webhooks. */
    @Column(nullable = false)
    public String destination;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(nullable = false, columnDefinition = "longtext")
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "provider_ref")
    public String providerRef;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The payload carries a secret (a one-time code): never listed or logged, wiped once finished. */
    @Column(nullable = false)
    public boolean secret;

    /** What a secret message's payload becomes once it is sent or has failed. */
    public static final String WIPED = "{\"wiped\":true}";

    /** Wipes the payload of a secret message that is finished (sent or failed). */
    void wipeSecretIfFinished() {
        if (secret && (status == Status.SENT || status == Status.FAILED)) {
            payload = WIPED;
        }
    }
}
