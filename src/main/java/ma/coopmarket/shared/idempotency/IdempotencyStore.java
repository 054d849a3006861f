package ma.coopmarket.shared.idempotency;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The idempotency_key table. Claims run in their own transaction, so that a second request with
 * the same key sees the first one's claim at once (the primary key makes the claim atomic across
 * instances).
 */
@ApplicationScoped
public class IdempotencyStore implements PanacheRepositoryBase<IdempotencyRecord, String> {

    /**
     * Inserts an IN_PROGRESS record, after removing the key's record if its retention ended (so
     * that the key can be claimed again); fails with a constraint violation if the key is taken.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claim(IdempotencyRecord record) {
        delete("id = ?1 and expiresAt < ?2", record.id, record.createdAt);
        persist(record);
        flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<IdempotencyRecord> read(String id) {
        return findByIdOptional(id);
    }

    /**
     * Takes over a key whose claim's lease lapsed (its request died with its instance or lost the
     * database), for a retry with the same body: a new lease and token. Atomic across instances: of two
     * retries, one takes it. A claim without a lease (an instance older than V15) counts as lapsed when
     * created before {@code unleasedBefore}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(String id, String requestHash, String token, Instant now, Instant leaseUntil,
            Instant unleasedBefore) {
        return update("leaseUntil = ?1, claimToken = ?2 where id = ?3 and state = ?4 and requestHash = ?5"
                + " and (leaseUntil < ?6 or leaseUntil is null and createdAt < ?7)", leaseUntil, token, id,
                IdempotencyRecord.State.IN_PROGRESS, requestHash, now, unleasedBefore) == 1;
    }

    /**
     * Records the response, in the caller's transaction: it commits together with the work. False when
     * the claim is no longer this request's (its lease lapsed and a retry took the key over): the caller
     * must then roll its work back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean complete(String id, String token, int status, String body) {
        return update("state = ?1, responseStatus = ?2, responseBody = ?3, leaseUntil = null where id = ?4"
                + " and claimToken = ?5 and state = ?6", IdempotencyRecord.State.COMPLETED, status, body, id, token,
                IdempotencyRecord.State.IN_PROGRESS) == 1;
    }

    /**
     * Frees the key of a request that failed, so that the client may retry it: only this request's
     * claim, and only while in progress (a commit whose outcome was unknown to the caller but that
     * happened left the key COMPLETED, and a retry must replay it, not run again).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String id, String token) {
        delete("id = ?1 and claimToken = ?2 and state = ?3", id, token, IdempotencyRecord.State.IN_PROGRESS);
    }

    @Transactional
    public long purgeExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
