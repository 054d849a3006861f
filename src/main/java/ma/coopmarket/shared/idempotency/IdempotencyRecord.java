package ma.coopmarket.shared.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One Idempotency-Key of one caller: the request it stands for and, once done, the response. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    enum State {
        IN_PROGRESS, COMPLETED
    }

    /** SHA-256 of caller id and key: keys are scoped to the caller. */
    @Id
    public String id;

    @Column(name = "caller_id", nullable = false)
    public String callerId;

    @Column(name = "idempotency_key", nullable = false)
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body", columnDefinition = "longtext")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** While IN_PROGRESS: until when the claim holds the key (null on keys claimed before V15: lapsed). */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** The claim's token: only the request holding it may record the response or free the key. */
    @Column(name = "claim_token")
    public String claimToken;

    /**
     * Whether a retry may take the key over: in progress, and its claim's lease over. A claim without a
     * lease (written by an instance older than V15, still running during a rolling deploy) lapses at
     * twice {@code lease} after its creation, past the 60 s transaction timeout those instances ran with.
     */
    boolean leaseLapsed(Instant now, java.time.Duration lease) {
        Instant until = leaseUntil != null ? leaseUntil : createdAt.plus(lease.multipliedBy(2));
        return state == State.IN_PROGRESS && until.isBefore(now);
    }
}
