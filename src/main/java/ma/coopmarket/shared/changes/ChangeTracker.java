package ma.coopmarket.shared.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Gives every transaction that changes catalogue rows one number from a single sequence, taken
 * just before it commits, and writes that number on the rows it changed ({@code change_seq}).
 *
 * <p>Why not order the delta feed by {@code updated_at}: a timestamp (or an auto-increment) is
 * taken when a row is written, but becomes visible when its transaction commits, and transactions
 * commit in another order. A reader walking by timestamp can pass the position of a transaction
 * that has not committed yet and never come back to it. Here the number is taken by incrementing
 * one row of {@code change_sequence}, which stays locked until commit: the next transaction waits
 * for that commit before it gets the next number. Sequence order is therefore commit order, and a
 * reader that sees number n also sees every row stamped below n. The lock is held only from the
 * increment to the commit (a few milliseconds), and the rows stamped are already locked by the
 * transaction, so no deadlock can come of it.
 *
 * <p>Writers call {@link #changed} for each row they change, inside their transaction; the
 * number is taken and written once per transaction, in {@code beforeCompletion}.
 */
@ApplicationScoped
public class ChangeTracker {

    /** The sequence of every catalogue change (the delta feeds' and the read cache's). */
    public static final String FEED = "catalogue";
    /** The sequence of changes to what catalogue pages show (the search index's documents). */
    public static final String LISTING_FEED = "listing";
    private static final Object KEY = ChangeTracker.class;

    private final TransactionSynchronizationRegistry registry;
    private final DataSource dataSource;
    private final EntityManager em;
    private final Map<String, ChangeStamper> stampers;
    private final Instance<CommitListener> listeners;

    public ChangeTracker(TransactionSynchronizationRegistry registry, DataSource dataSource,
            EntityManager em, Instance<ChangeStamper> stampers, Instance<CommitListener> listeners) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.em = em;
        this.listeners = listeners;
        this.stampers = stampers.stream().collect(Collectors.toMap(ChangeStamper::kind, Function.identity()));
    }

    /** Records that this transaction changed row {@code id} of {@code kind}; needs a transaction. */
    public void changed(String kind, String id) {
        if (!stampers.containsKey(kind)) {
            throw new IllegalArgumentException("no change stamper for '" + kind + "'");
        }
        pending().rows.computeIfAbsent(kind, k -> new TreeSet<>()).add(id);
    }

    /** Records several rows of one kind. */
    public void changed(String kind, Collection<String> ids) {
        ids.forEach(id -> changed(kind, id));
    }

    /**
     * Records that this transaction changed what catalogue pages show (the search index's documents):
     * it takes the next number of the listing sequence before it commits. Needs a transaction.
     */
    public void listingChanged() {
        pending().listing = true;
    }

    /** Work that a transaction leaves to its commit ({@link #beforeStamp}). */
    @FunctionalInterface
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} when the current transaction commits, after Hibernate's flush and before the
     * sequences are taken, on the transaction's connection: the locks it takes then come before the
     * sequences' (which every catalogue writer takes last, one transaction at a time).
     */
    public void beforeStamp(Work work) {
        pending().before.add(work);
    }

    /** What this transaction changed: rows per kind, and whether the listings; the work left to its commit. */
    private static final class Pending {
        final Map<String, Set<String>> rows = new TreeMap<>();
        final List<Work> before = new ArrayList<>();
        boolean listing;
    }

    private Pending pending() {
        Pending pending = (Pending) registry.getResource(KEY);
        if (pending == null) {
            Pending created = new Pending();
            registry.putResource(KEY, created);
            registry.registerInterposedSynchronization(new Synchronization() {
                private long[] sequences = { -1, -1 };

                @Override
                public void beforeCompletion() {
                    sequences = stamp(created);
                }

                @Override
                public void afterCompletion(int status) {
                    // Cached catalogue reads older than this commit are stale from now on, here at once.
                    if (status == Status.STATUS_COMMITTED) {
                        listeners.forEach(listener -> listener.committed(sequences[0], sequences[1]));
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    /**
     * Takes the next number and writes it on the changed rows. Over plain JDBC: the data source
     * hands out this transaction's own connection, and the statement wrappers are closed here. By
     * now Hibernate's own synchronization may have flushed the session and released its connection;
     * taking it again through the EntityManager would leave it open at commit, which Agroal closes
     * with a warning on every change (quarkusio/quarkus#41757).
     */
    private long[] stamp(Pending pending) {
        // Pending entity changes first, so that every changed row is locked before the sequence is.
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            for (Work work : pending.before) {
                work.run(connection);
            }
            // The catalogue's number first, then the listing's: every transaction locks them in that order.
            long sequence = pending.rows.isEmpty() ? -1 : next(connection, FEED);
            for (Map.Entry<String, Set<String>> entry : pending.rows.entrySet()) {
                List<String> all = List.copyOf(entry.getValue());
                for (int from = 0; from < all.size(); from += 500) {
                    write(connection, stampers.get(entry.getKey()).table(),
                            all.subList(from, Math.min(all.size(), from + 500)), sequence);
                }
            }
            return new long[] { sequence, pending.listing ? next(connection, LISTING_FEED) : -1 };
        } catch (SQLException e) {
            throw new IllegalStateException("could not stamp the catalogue changes", e);
        }
    }

    /** Takes the next number of {@code feed}'s sequence (its row stays locked until commit). */
    private static long next(Connection connection, String feed) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "update change_sequence set current_seq = current_seq + 1 where feed = ?");
                PreparedStatement read = connection.prepareStatement(
                        "select current_seq from change_sequence where feed = ?")) {
            next.setString(1, feed);
            next.executeUpdate();
            read.setString(1, feed);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void write(Connection connection, String table, List<String> ids, long sequence)
            throws SQLException {
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement stamp = connection.prepareStatement(
                "update " + table + " set change_seq = ? where id in (" + marks + ")")) {
            stamp.setLong(1, sequence);
            for (int i = 0; i < ids.size(); i++) {
                stamp.setString(i + 2, ids.get(i));
            }
            stamp.executeUpdate();
        }
    }
}
