package ma.coopmarket.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.hibernate.LockOptions;

@ApplicationScoped
public class OrderPartRepository implements PanacheRepositoryBase<OrderPart, String> {

    /** The part of this order, locked: two parallel moves of one part are serialised, never both applied. */
    public Optional<OrderPart> findForUpdate(String orderId, String partId) {
        return find("id = ?1 and order.id = ?2", partId, orderId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public boolean codeTaken(String cooperativeId, String code) {
        return count("cooperativeId = ?1 and code = ?2", cooperativeId, code) > 0;
    }

    /**
     * Up to {@code limit} parts past their confirmation deadline, locked with SKIP LOCKED so that
     * several instances running the expiry job share the work instead of waiting on each other.
     */
    public List<OrderPart> lockDueForExpiry(Instant now, int limit) {
        return getEntityManager().createQuery(
                "select p from OrderPart p where p.status = :pending and p.expiresAt < :now order by p.expiresAt",
                OrderPart.class)
                .setParameter("pending", PartStatus.PENDING_CONFIRMATION)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .setMaxResults(limit)
                .getResultList();
    }
}
