package ma.coopmarket.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ma.coopmarket.shared.persistence.SkipLocked;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, String> {

    /**
     * Messages due now (pending, or claimed by a dispatcher whose lease ran out), locked with
     * SKIP LOCKED so that concurrent dispatchers take disjoint batches.
     */
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        return SkipLocked.first(getEntityManager().createQuery("select m from OutboxMessage m where"
                + " (m.status = :pending and m.nextAttemptAt <= :now)"
                + " or (m.status = :sending and m.leaseUntil < :now) order by m.nextAttemptAt", OutboxMessage.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("sending", OutboxStatus.SENDING)
                .setParameter("now", now), limit);
    }

    /** Extends a claim that is still {@code owner}'s; false if another dispatcher took the message over. */
    public boolean renewLease(String id, String owner, Instant until) {
        return update("leaseUntil = ?1 where id = ?2 and status = ?3 and leaseOwner = ?4", until, id,
                OutboxStatus.SENDING, owner) == 1;
    }

    /** Hands back a claim that is still {@code owner}'s and was not sent (its instance is stopping): due again at once. */
    public boolean releaseLease(String id, String owner, Instant now) {
        return update("status = ?1, leaseOwner = null, leaseUntil = null, nextAttemptAt = ?2, updatedAt = ?2"
                + " where id = ?3 and status = ?4 and leaseOwner = ?5", OutboxStatus.PENDING, now, id,
                OutboxStatus.SENDING, owner) == 1;
    }

    /** Queues again the FAILED messages of one destination created since {@code since}; returns how many. */
    public int requeueFailed(String channel, String destination, Instant since, Instant now) {
        return update("status = ?1, attempts = 0, nextAttemptAt = ?2, updatedAt = ?2, lastError = null"
                + " where channel = ?3 and destination = ?4 and status = ?5 and createdAt >= ?6 and secret = false",
                OutboxStatus.PENDING, now, channel, destination, OutboxStatus.FAILED, since);
    }

    public long countByStatus(OutboxStatus status) {
        return count("status", status);
    }

    /** Creation time of the oldest message still waiting to be sent, or null. */
    public Instant oldestPending() {
        return getEntityManager().createQuery("select min(m.createdAt) from OutboxMessage m where m.status in :waiting",
                Instant.class).setParameter("waiting", List.of(OutboxStatus.PENDING, OutboxStatus.SENDING))
                .getSingleResult();
    }

    /** Ids of finished messages of one channel and status created before {@code cutoff}, locked (walks ix_outbox_channel_status). */
    public List<String> finishedBefore(String channel, OutboxStatus status, Instant cutoff, int limit) {
        return getEntityManager().createQuery("select m.id from OutboxMessage m where m.channel = :channel"
                + " and m.status = :status and m.createdAt < :cutoff order by m.createdAt", String.class)
                .setParameter("channel", channel).setParameter("status", status).setParameter("cutoff", cutoff)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(limit).getResultList();
    }

    public long deleteAll(List<String> ids) {
        return delete("id in ?1", ids);
    }
}
