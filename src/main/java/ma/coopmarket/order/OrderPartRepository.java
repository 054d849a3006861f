package ma.coopmarket.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ma.coopmarket.shared.persistence.SkipLocked;

@ApplicationScoped
public class OrderPartRepository implements PanacheRepositoryBase<OrderPart, String> {

    /** The part of this order, locked: two parallel moves of one part are serialised, never both applied. */
    public Optional<OrderPart> findForUpdate(String orderId, String partId) {
        return find("id = ?1 and order.id = ?2", partId, orderId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Pending parts of these cooperatives with this code, locked for the move an SMS answer asks for. */
    public Optional<OrderPart> findByCode(java.util.Collection<String> cooperativeIds, String code) {
        return find("cooperativeId in ?1 and code = ?2", cooperativeIds, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Pending parts expiring before {@code until} whose cooperative was not yet warned; SKIP LOCKED. */
    public List<OrderPart> lockToWarn(Instant until, int limit) {
        return SkipLocked.first(getEntityManager().createQuery("select p from OrderPart p where p.status = :pending"
                + " and p.expiresAt < :until and p.expiryWarnedAt is null order by p.expiresAt", OrderPart.class)
                .setParameter("pending", PartStatus.PENDING_CONFIRMATION)
                .setParameter("until", until), limit);
    }

    public boolean codeTaken(String cooperativeId, String code) {
        return count("cooperativeId = ?1 and code = ?2", cooperativeId, code) > 0;
    }

    /**
     * Up to {@code limit} parts past their confirmation deadline, locked with SKIP LOCKED so that
     * several instances running the expiry job share the work instead of waiting on each other.
     */
    public List<OrderPart> lockDueForExpiry(Instant now, int limit) {
        return SkipLocked.first(getEntityManager().createQuery(
                "select p from OrderPart p where p.status = :pending and p.expiresAt < :now order by p.expiresAt",
                OrderPart.class)
                .setParameter("pending", PartStatus.PENDING_CONFIRMATION)
                .setParameter("now", now), limit);
    }
}
