package ma.coopmarket.shared.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.hibernate.LockOptions;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, String> {

    /**
     * Messages due now (pending, or claimed by a dispatcher whose lease ran out), locked with
     * SKIP LOCKED so that concurrent dispatchers take disjoint batches.
     */
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        return getEntityManager().createQuery("select m from OutboxMessage m where"
                + " (m.status = :pending and m.nextAttemptAt <= :now)"
                + " or (m.status = :sending and m.leaseUntil < :now) order by m.nextAttemptAt", OutboxMessage.class)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("sending", OutboxMessage.Status.SENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countByStatus(OutboxMessage.Status status) {
        return count("status", status);
    }

    /** Creation time of the oldest message still waiting to be sent, or null. */
    public Instant oldestPending() {
        return getEntityManager().createQuery("select min(m.createdAt) from OutboxMessage m where m.status in :waiting",
                Instant.class).setParameter("waiting", List.of(OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING))
                .getSingleResult();
    }
}
