package ma.coopmarket.shared.persistence;

import java.util.List;

import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.hibernate.LockOptions;

/**
 * How the jobs that several instances run at once (the outbox dispatcher, the order-expiry job) claim
 * their work: the first rows of a query, each locked for the transaction, skipping the rows that
 * another instance's transaction holds, so that concurrent runs take disjoint batches instead of
 * waiting on each other.
 */
public final class SkipLocked {

    private SkipLocked() {
    }

    /** Up to {@code limit} rows of {@code query}, locked FOR UPDATE SKIP LOCKED. */
    public static <T> List<T> first(TypedQuery<T> query, int limit) {
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .setMaxResults(limit)
                .getResultList();
    }
}
