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

    /** Records the response, in the caller's transaction: it commits together with the work. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String id, int status, String body) {
        update("state = ?1, responseStatus = ?2, responseBody = ?3 where id = ?4",
                IdempotencyRecord.State.COMPLETED, status, body, id);
    }

    /** Frees the key of a request that failed, so that the client may retry it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String id) {
        deleteById(id);
    }

    @Transactional
    public long purgeExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
