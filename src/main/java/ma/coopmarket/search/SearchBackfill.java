package ma.coopmarket.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Brings every product into the word index after V10 or after a change of the analysis
 * ({@link TextAnalysis#VERSION}): in the background after start-up, in batches in product id order,
 * each batch one transaction that locks its products (so an edit committed meanwhile is never
 * overwritten by an older read) and the version's row in search_backfill (so that two instances
 * take turns). It resumes where it stopped: what it has not done yet is exactly the products
 * without a document of the current version. When none is left it marks the version complete, and
 * later start-ups skip it. Until then the catalogue is served as before the index existed
 * ({@link #indexReady()}); a small catalogue (up to 10,000 products) is indexed during start-up.
 */
@ApplicationScoped
public class SearchBackfill {

    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);

    /** Attempts of one batch in a row before the backfill gives up until the next start-up. */
    private static final int MAX_RETRIES = 10;

    private final EntityManager em;
    private final SearchIndex index;
    private final Vocabulary vocabulary;
    private final SearchConfig config;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile Thread worker;
    /** While the backfill runs, the scheduled refresh waits for it (it refreshes when it completes). */
    private volatile boolean running;
    private volatile boolean ready;

    public SearchBackfill(EntityManager em, SearchIndex index, Vocabulary vocabulary, SearchConfig config) {
        this.em = em;
        this.index = index;
        this.vocabulary = vocabulary;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.backfill()) {
            return;
        }
        if (QuarkusTransaction.requiringNew().call(this::smallCatalogue)) {
            // A new or small catalogue (tests, the quick start) is indexed before the first request.
            run();
        } else {
            Thread thread = new Thread(this::runQuietly, "search-backfill");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    /**
     * Whether every product is indexed with the current analysis: until then the catalogue is served
     * as before the index existed (ProductService), so a deploy never shows a partial catalogue.
     */
    public boolean indexReady() {
        if (!ready) {
            ready = QuarkusTransaction.requiringNew().call(this::completed);
        }
        return ready;
    }

    private boolean smallCatalogue() {
        long[] count = new long[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM (SELECT id FROM product LIMIT 10001) x");
                    ResultSet r = select.executeQuery()) {
                r.next();
                count[0] = r.getLong(1);
            }
        });
        return count[0] <= 10_000;
    }

    private boolean completed() {
        boolean[] done = new boolean[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement state = connection.prepareStatement(
                    "SELECT completed_at FROM search_backfill WHERE analysis_version = ?")) {
                state.setInt(1, TextAnalysis.VERSION);
                try (ResultSet r = state.executeQuery()) {
                    done[0] = r.next() && r.getTimestamp(1) != null;
                }
            }
        });
        return done[0];
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping.set(true);
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    private void runQuietly() {
        running = true;
        try {
            run();
        } catch (RuntimeException e) {
            if (!stopping.get()) {
                LOG.error("search: the backfill stopped; the next start-up resumes it", e);
            }
        } finally {
            running = false;
        }
    }

    /** Indexes every product not yet indexed with the current analysis; returns how many it indexed. */
    public long run() {
        if (complete()) {
            ready = true;
            return 0;
        }
        long started = System.nanoTime();
        // Documents of an older analysis first, in doc_id order (each batch then re-writes a few
        // neighbouring blocks of each term, not one block per product), then the products without one.
        long indexed = 0;
        do {
            indexed += walk(true) + walk(false);
            // Again while documents of an older analysis remain: an instance of the previous release may
            // have written one behind the walk during a rolling deploy.
        } while (!stopping.get() && QuarkusTransaction.requiringNew().call(this::olderRemain));
        if (stopping.get()) {
            return indexed;
        }
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement done = connection.prepareStatement(
                    "UPDATE search_backfill SET completed_at = CURRENT_TIMESTAMP(6) WHERE analysis_version = ?")) {
                done.setInt(1, TextAnalysis.VERSION);
                done.executeUpdate();
            }
        }));
        ready = true;
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("search: backfill of analysis version %d complete in %d ms", TextAnalysis.VERSION, ms);
        vocabulary.refreshCounts();
        return indexed;
    }

    private boolean olderRemain() {
        boolean[] remain = new boolean[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM search_document WHERE analysis_version < ? LIMIT 1")) {
                select.setInt(1, TextAnalysis.VERSION);
                try (ResultSet r = select.executeQuery()) {
                    remain[0] = r.next();
                }
            }
        });
        return remain[0];
    }

    /** Re-indexes every batch of one kind ({@link #batch}) until none is left; returns how many it indexed. */
    private long walk(boolean documents) {
        long indexed = 0;
        String after = documents ? "0" : "";
        int failures = 0;
        while (!stopping.get()) {
            String from = after;
            String last;
            try {
                last = QuarkusTransaction.requiringNew().call(() -> batch(documents, from));
            } catch (RuntimeException e) {
                // A deadlock or lock wait with a concurrent write (an order, an edit): the batch is
                // retried; only a failure that persists stops the backfill (the next start resumes).
                if (++failures > MAX_RETRIES) {
                    throw e;
                }
                LOG.warnf("search: backfill batch after %s failed (%s), retrying", from, e.getMessage());
                pause(failures);
                continue;
            }
            failures = 0;
            if (last == null) {
                break;
            }
            indexed += config.backfillBatch();
            after = last;
        }
        return indexed;
    }

    @Scheduled(every = "${coopmarket.search.vocabulary-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshVocabulary() {
        if (!running) {
            vocabulary.refreshCounts();
        }
    }

    /** Claims the current analysis version's row (once), then says whether its backfill is complete. */
    private boolean complete() {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement claim = connection.prepareStatement(
                        "INSERT IGNORE INTO search_backfill (analysis_version) VALUES (?)")) {
                    claim.setInt(1, TextAnalysis.VERSION);
                    claim.executeUpdate();
                }
            });
            return completed();
        });
    }

    /**
     * One batch after {@code after}: the documents of an older analysis after a doc_id ({@code
     * documents}), or the products without a document after a product id. Returns the last doc_id or
     * product id it looked at, or null when none was left.
     */
    private String batch(boolean documents, String after) {
        String[] last = new String[1];
        em.unwrap(Session.class).doWork(connection -> {
            lockVersion(connection);
            List<String> ids = new ArrayList<>();
            String sql = documents
                    ? "SELECT d.product_id, d.doc_id FROM search_document d WHERE d.doc_id > ? AND d.analysis_version < ?"
                            + " ORDER BY d.doc_id LIMIT ?"
                    : "SELECT p.id, p.id FROM product p LEFT JOIN search_document d ON d.product_id = p.id"
                            + " WHERE p.id > ? AND d.doc_id IS NULL AND p.status <> 'ARCHIVED' ORDER BY p.id LIMIT ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 0;
                if (documents) {
                    select.setInt(++i, Integer.parseInt(after));
                    select.setInt(++i, TextAnalysis.VERSION);
                } else {
                    select.setString(++i, after);
                }
                select.setInt(++i, config.backfillBatch());
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                        last[0] = r.getString(2);
                    }
                }
            }
            if (!ids.isEmpty()) {
                index.write(connection, ids); // locks the products first
            }
        });
        return last[0];
    }

    private void pause(int failures) {
        try {
            Thread.sleep(100L * failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.set(true);
        }
    }

    private static void lockVersion(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT analysis_version FROM search_backfill WHERE analysis_version = ? FOR UPDATE")) {
            lock.setInt(1, TextAnalysis.VERSION);
            lock.executeQuery().close();
        }
    }


}
