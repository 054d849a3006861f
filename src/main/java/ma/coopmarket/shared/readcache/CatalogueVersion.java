package ma.coopmarket.shared.readcache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;

import ma.coopmarket.shared.changes.ChangeTracker;
import ma.coopmarket.shared.changes.CommitListener;


/**
 * The catalogue's committed change sequence, as far as this instance knows it: the version that
 * {@link VersionedCache} entries are checked against.
 *
 * <p>Every transaction that changes a product or a cooperative takes the next number of the
 * catalogue sequence just before it commits ({@link ChangeTracker}). This instance learns of its
 * own commits at once ({@link #committed}, from the transaction's completion), so a client reads
 * its own writes; it learns of other instances' commits by reading the sequence every
 * {@code coopmarket.read-cache.poll-interval} (one primary-key row), so their writes show here
 * within that interval — shorter than the {@code max-age} that public reads already allow
 * browsers and shared caches.
 */
@ApplicationScoped
public class CatalogueVersion implements CommitListener {

    private static final Logger LOG = Logger.getLogger(CatalogueVersion.class);

    private final AtomicLong known = new AtomicLong(-1);
    /** The listing sequence ({@link ChangeTracker#listingChanged}): what catalogue pages show changed. */
    private final AtomicLong listing = new AtomicLong(-1);
    private final DataSource dataSource;
    private final ReadCacheConfig config;

    public CatalogueVersion(DataSource dataSource, ReadCacheConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** A cache of public catalogue reads checked against this version (of at most {@code maximumSize} entries). */
    public <K, V> VersionedCache<K, V> cache(long maximumSize) {
        return new VersionedCache<>(this::current, maximumSize, config.enabled());
    }

    /**
     * A cache of catalogue pages and search results, checked against the listing sequence: a change
     * that no page shows (a stock move that leaves a product in stock) keeps them.
     */
    public <K, V> VersionedCache<K, V> listingCache(long maximumSize) {
        return new VersionedCache<>(listing::get, maximumSize, config.enabled());
    }

    /** The highest committed listing sequence number known here; -1 until it was first read. */
    public long listing() {
        return listing.get();
    }

    /** The highest committed sequence number known here; -1 until it was first read. */
    public long current() {
        return known.get();
    }

    /** A transaction that committed here, with its sequence numbers (-1: not taken). */
    @Override
    public void committed(long sequence, long listingSequence) {
        advanceTo(sequence, listingSequence);
    }

    private void advanceTo(long sequence, long listingSequence) {
        known.accumulateAndGet(sequence, Math::max);
        listing.accumulateAndGet(listingSequence, Math::max);
    }

    void onStart(@Observes StartupEvent event) {
        poll();
    }

    /** Reads the committed sequence, which other instances may have moved. */
    @Scheduled(every = "${coopmarket.read-cache.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void poll() {
        if (!config.enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select feed, current_seq from change_sequence where feed in (?, ?)")) {
            read.setString(1, ChangeTracker.FEED);
            read.setString(2, ChangeTracker.LISTING_FEED);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    boolean catalogue = ChangeTracker.FEED.equals(row.getString(1));
                    advanceTo(catalogue ? row.getLong(2) : -1, catalogue ? -1 : row.getLong(2));
                }
            }
        } catch (SQLException e) {
            // Cached reads go on with the last known version; this instance's own writes still advance it.
            LOG.warnf("could not read the catalogue's change sequence: %s", e.getMessage());
        }
    }
}
