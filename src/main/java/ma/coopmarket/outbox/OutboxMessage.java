package ma.coopmarket.outbox;

import java.time.Instant;
import java.util.Set;

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
    public OutboxStatus status;

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

    /** What its channel is given to deliver it. */
    OutboxChannel.Delivery delivery() {
        return new OutboxChannel.Delivery(id, destination, eventType, payload, secret, createdAt);
    }

    /** What a secret message's payload becomes once it is sent or has failed. */
    public static final String WIPED = "{\"wiped\":true}";

    /**
     * Claimed by dispatcher {@code owner} until {@code until}: a PENDING message that is due, or a
     * SENDING one whose claim lapsed (its dispatcher died).
     */
    void claim(String owner, Instant now, Instant until) {
        move(OutboxStatus.SENDING, Set.of(OutboxStatus.PENDING, OutboxStatus.SENDING), now);
        leaseOwner = owner;
        leaseUntil = until;
    }

    /** An attempt the provider accepted: SENDING to SENT. */
    void sent(String reference, Instant now) {
        attempted(OutboxStatus.SENT, now);
        sentAt = now;
        providerRef = reference;
        lastError = null;
    }

    /** An attempt that failed but may be tried again at {@code next}: SENDING to PENDING. */
    void retryAt(Instant next, String error, Instant now) {
        attempted(OutboxStatus.PENDING, now);
        nextAttemptAt = next;
        lastError = error;
    }

    /** An attempt that failed for good (refused, or the last one): SENDING to FAILED. */
    void fail(String error, Instant now) {
        attempted(OutboxStatus.FAILED, now);
        lastError = error;
    }

    /** Queued again with a fresh round of attempts (an operator's retry or a replay): from SENT, DELIVERED or FAILED. */
    void requeue(Instant now) {
        move(OutboxStatus.PENDING, Set.of(OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.FAILED), now);
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
    }

    /** Whether a provider's delivery report applies: the message was accepted (and maybe reported before). */
    boolean awaitsDeliveryReport() {
        return status == OutboxStatus.SENT || status == OutboxStatus.DELIVERED;
    }

    /** The provider's final word on a message it accepted: DELIVERED, or FAILED with its error. */
    void reportDelivery(boolean delivered, String error, Instant now) {
        move(delivered ? OutboxStatus.DELIVERED : OutboxStatus.FAILED, Set.of(OutboxStatus.SENT, OutboxStatus.DELIVERED), now);
        lastError = delivered ? null : error;
    }

    private void attempted(OutboxStatus target, Instant now) {
        move(target, Set.of(OutboxStatus.SENDING), now);
        attempts++;
        leaseOwner = null;
        leaseUntil = null;
        if (secret && (status == OutboxStatus.SENT || status == OutboxStatus.FAILED)) {
            payload = WIPED; // a one-time code is never kept once it is out, or will never be
        }
    }

    private void move(OutboxStatus target, Set<OutboxStatus> from, Instant now) {
        if (!from.contains(status)) {
            throw new IllegalStateException("outbox message " + id + " is " + status + " and cannot become " + target);
        }
        status = target;
        updatedAt = now;
    }
}
