package ma.coopmarket.search;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import ma.coopmarket.shared.changes.ChangeTracker;
import ma.coopmarket.shared.persistence.StringListConverter;
import ma.coopmarket.shared.text.Language;

/**
 * Writes the word index (V10's search_document and search_term, V14's search_block) from the products'
 * rows, in the caller's transaction: a product edit is searchable as soon as its transaction commits,
 * and a rolled-back edit leaves the index as it was. Re-indexing a product removes exactly the
 * postings it had (read back from search_document_terms) and writes the new ones, so an edit that
 * changes no word touches no posting.
 */
@ApplicationScoped
public class SearchIndex {

    /** Rows per multi-row INSERT. */
    private static final int INSERT_ROWS = 500;

    private static final StringListConverter LISTS = new StringListConverter();


    private static final String SOURCE = "SELECT p.id, p.cooperative_id, p.status, p.stock, p.category_code, p.price,"
            + " p.created_at, p.sku, p.name_fr, p.name_ar, p.name_en, p.description_fr, p.description_ar,"
            + " p.description_en, p.labels, c.name_fr, c.name_ar, c.name_en, c.city, c.region_code, c.sector_code,"
            + " c.women_cooperative, c.archived_at, k.name_fr, k.name_ar, k.name_en, r.name_fr, r.name_ar, r.name_en,"
            + " p.unit, p.unit_quantity, p.image_urls"
            + " FROM product p JOIN cooperative c ON c.id = p.cooperative_id"
            + " JOIN product_category k ON k.code = p.category_code JOIN region r ON r.code = c.region_code"
            + " WHERE p.id IN ";

    /**
     * Products looked up per statement at most. MariaDB turns an IN list of 1,000 values or more into a
     * derived table (in_predicate_conversion_threshold), and then joined the products through a
     * category index: a scan of the whole catalogue per backfill batch.
     */
    static final int MAX_IDS = 500;

    /**
     * Runs {@code read} on {@code ids} in chunks of at most {@link #MAX_IDS}, in order, each padded as
     * {@link Sql#padded} pads an IN list (its last id repeated): a batch's statements come in a few sizes,
     * as the search's do, and the connection's prepared statements are reused.
     */
    private static void inChunks(List<String> ids, Chunk read) throws SQLException {
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            read.run(Sql.padded(ids.subList(from, Math.min(ids.size(), from + MAX_IDS))));
        }
    }

    @FunctionalInterface
    private interface Chunk {
        void run(List<String> ids) throws SQLException;
    }

    private final EntityManager em;
    private final Vocabulary vocabulary;
    private final TransactionSynchronizationRegistry transactions;
    private final ChangeTracker changes;

    public SearchIndex(EntityManager em, Vocabulary vocabulary, TransactionSynchronizationRegistry transactions,
            ChangeTracker changes) {
        this.changes = changes;
        this.vocabulary = vocabulary;
        this.transactions = transactions;
        this.em = em;
    }

    /** Re-indexes these products (removing the archived ones) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindex(Collection<String> productIds) {
        if (!productIds.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> write(connection, List.copyOf(productIds)));
        }
    }

    /** Re-indexes every product of a cooperative (its names, town, region or archiving changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindexCooperative(String cooperativeId) {
        em.unwrap(Session.class).doWork(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM product WHERE cooperative_id = ? ORDER BY id")) {
                select.setString(1, cooperativeId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            write(connection, ids);
        });
    }

    /**
     * Products whose stock may just have crossed zero: their postings move between the in-stock and
     * the out-of-stock tier (re-indexed like an edit; only the postings whose tier changed are written).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stockMoved(Collection<String> productIds) {
        reindex(productIds);
    }

    /** Indexes {@code productIds} on {@code connection}, in its transaction. */
    void write(Connection connection, List<String> productIds) throws SQLException {
        // What catalogue pages show may change: cached pages are stale once this commits.
        changes.listingChanged();
        // The products' rows first, locked in id order as every writer of products locks them: two
        // transactions re-indexing one product (an edit, its cooperative's rename, the backfill) take
        // turns, and the second reads what the first wrote (a first index row included).
        lockProducts(connection, productIds);
        Map<String, Indexed> existing = existing(connection, productIds);
        Map<String, SearchDocument> documents = load(connection, productIds);
        // Each document's postings, worked out once (its stored terms and its blocks use them).
        Map<String, Map<String, Boolean>> postings = new HashMap<>();
        documents.forEach((id, d) -> postings.put(id, d.postings()));
        // This transaction's new dictionary rows, then its block changes (a document's removed and added
        // terms never overlap): both written at commit, in that order.
        NewWords words = pendingWords();
        PostingBlocks.Changes blocks = pendingBlocks();
        Map<String, SearchDocument.Term> newTerms = new TreeMap<>();
        List<SearchDocument> inserted = new ArrayList<>();
        List<Integer> deletedDocuments = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE search_document SET visible = ?,"
                + " in_stock = ?, category_code = ?, region_code = ?, sector_code = ?, women = ?, price = ?,"
                + " created_at = ?, name_fr = ?, labels = ?, analysis_version = ?, sku = ?, name_ar = ?, name_en = ?,"
                + " unit = ?, unit_quantity = ?, image_urls = ?, cooperative_name_fr = ?, cooperative_name_ar = ?"
                + " WHERE doc_id = ?");
                PreparedStatement updateTerms = connection.prepareStatement(
                        "UPDATE search_document_terms SET terms = ? WHERE doc_id = ?")) {
            for (String id : productIds) {
                SearchDocument document = documents.get(id);
                Indexed before = existing.get(id);
                // What the blocks may hold for it: its stored terms and its filter values (a document last
                // written by an instance that predates the blocks stored no filter terms). Removing a
                // posting that is not there changes nothing.
                Map<String, Boolean> old = before == null || !before.visible() ? Map.of() : before.postings();
                if (document == null) {
                    if (before != null) {
                        old.forEach((term, inName) -> blocks.remove(
                                new PostingBlocks.Posting(term, before.docId(), before.inStock(), inName)));
                        deletedDocuments.add(before.docId());
                    }
                    continue;
                }
                if (before == null) {
                    inserted.add(document);
                    continue;
                }
                Map<String, Boolean> now = document.visible() ? postings.get(id) : Map.of();
                boolean sameTier = before.inStock() == document.inStock();
                old.forEach((term, inName) -> {
                    if (!now.containsKey(term)) {
                        blocks.remove(new PostingBlocks.Posting(term, before.docId(), before.inStock(), inName));
                    }
                });
                now.forEach((term, inName) -> {
                    if (!sameTier || !inName.equals(old.get(term))) {
                        blocks.add(new PostingBlocks.Posting(term, before.docId(), document.inStock(), inName));
                        SearchDocument.Term t = document.terms().get(term);
                        if (t != null) {
                            newTerms.putIfAbsent(term, t);
                        }
                    }
                });
                Object[] values = stored(document);
                bind(update, values, 0);
                update.setInt(values.length + 1, before.docId());
                update.addBatch();
                updateTerms.setString(1, SearchDocument.stored(postings.get(id)));
                updateTerms.setInt(2, before.docId());
                updateTerms.addBatch();
            }
            update.executeBatch();
            updateTerms.executeBatch();
        }
        List<Object[]> deleted = deletedDocuments.stream().map(id -> new Object[] { id }).toList();
        batch(connection, "DELETE FROM search_document_terms WHERE doc_id = ?", deleted);
        batch(connection, "DELETE FROM search_document WHERE doc_id = ?", deleted);
        if (!inserted.isEmpty()) {
            inserted.sort(java.util.Comparator.comparing(SearchDocument::productId));
            List<Object[]> rows = new ArrayList<>();
            for (SearchDocument d : inserted) {
                List<Object> row = new ArrayList<>(List.of(d.productId(), d.cooperativeId()));
                row.addAll(java.util.Arrays.asList(stored(d)));
                rows.add(row.toArray());
            }
            insert(connection, "INSERT INTO search_document (product_id, cooperative_id, visible, in_stock,"
                    + " category_code, region_code, sector_code, women, price, created_at, name_fr, labels,"
                    + " analysis_version, sku, name_ar, name_en, unit, unit_quantity, image_urls, cooperative_name_fr,"
                    + " cooperative_name_ar) VALUES ", 21, rows);
            Map<String, Integer> docIds = docIds(connection, inserted.stream().map(SearchDocument::productId).toList());
            insert(connection, "INSERT INTO search_document_terms (doc_id, terms) VALUES ", 2, inserted.stream()
                    .map(d -> new Object[] { docIds.get(d.productId()), SearchDocument.stored(postings.get(d.productId())) })
                    .toList());
            for (SearchDocument d : inserted) {
                if (d.visible()) {
                    int docId = docIds.get(d.productId());
                    postings.get(d.productId()).forEach((term, inName) -> blocks.add(
                            new PostingBlocks.Posting(term, docId, d.inStock(), inName)));
                    d.terms().forEach(newTerms::putIfAbsent);
                }
            }
        }
        newTerms.forEach(words::add);
        afterCommit(() -> vocabulary.added(newTerms));
    }

    /**
     * The dictionary rows (search_term, search_word) that the current transaction's documents hold,
     * written when it commits, in key order, before its blocks: a transaction that re-indexes several
     * products (an order expiry restoring stock across zero, a backfill batch) takes every product
     * lock before any dictionary lock, so two of them never wait for each other's locks crosswise.
     */
    private NewWords pendingWords() {
        NewWords pending = (NewWords) transactions.getResource(NewWords.class);
        if (pending == null) {
            pending = new NewWords();
            transactions.putResource(NewWords.class, pending);
            changes.beforeStamp(pending::apply);
        }
        return pending;
    }

    /** Terms and written forms that a transaction's documents hold, sorted by their keys. */
    private static final class NewWords {
        private final Map<String, SearchDocument.Term> terms = new TreeMap<>();
        private final java.util.Set<List<String>> forms = new java.util.TreeSet<>(
                java.util.Comparator.comparing((List<String> f) -> f.get(0)).thenComparing(f -> f.get(1)));

        void add(String term, SearchDocument.Term t) {
            if (terms.putIfAbsent(term, t) == null) {
                String key = TextAnalysis.folded(t.word());
                if (!key.isEmpty()) {
                    forms.add(List.of(key, term));
                }
            }
        }

        void apply(Connection connection) throws SQLException {
            // Counted as one until the next count refresh: every instance's dictionary then takes it at its
            // next load (a term whose products all went is counted 0 and left out).
            insert(connection, "INSERT IGNORE INTO search_term (term, word, lang, docs) VALUES ", 3, terms.entrySet()
                    .stream().map(e -> new Object[] { e.getKey(), e.getValue().word(), e.getValue().language().name() })
                    .toList(), "1");
            insert(connection, "INSERT IGNORE INTO search_word (word_key, term) VALUES ", 2,
                    forms.stream().map(List::toArray).toList());
            terms.clear();
            forms.clear();
        }
    }

    /**
     * The block changes of the current transaction, applied when it commits, after Hibernate's flush
     * and before the change sequences are taken ({@link ChangeTracker#beforeStamp}): see {@link
     * PostingBlocks.Changes}.
     */
    private PostingBlocks.Changes pendingBlocks() {
        PostingBlocks.Changes pending = (PostingBlocks.Changes) transactions.getResource(PostingBlocks.Changes.class);
        if (pending == null) {
            pending = new PostingBlocks.Changes();
            transactions.putResource(PostingBlocks.Changes.class, pending);
            changes.beforeStamp(pending::apply);
        }
        return pending;
    }

    /** Runs {@code action} once the current transaction has committed (at once without one). */
    private void afterCommit(Runnable action) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    private record Indexed(int docId, boolean visible, boolean inStock, String terms, String cooperativeId,
            String categoryCode, String regionCode, String sectorCode, boolean women) {

        Map<String, Boolean> postings() {
            Map<String, Boolean> postings = SearchDocument.parseStored(terms);
            SearchDocument.filterTerms(cooperativeId, categoryCode, regionCode, sectorCode, women)
                    .forEach(t -> postings.putIfAbsent(t, false));
            return postings;
        }
    }

    /**
     * A document's stored values, in the column order that both the INSERT and the UPDATE of
     * search_document name them (after product_id and cooperative_id for an INSERT).
     */
    private static Object[] stored(SearchDocument d) {
        SearchDocument.Card c = d.card();
        return new Object[] { d.visible(), d.inStock(), d.categoryCode(), d.regionCode(), d.sectorCode(), d.women(),
                d.price(), Timestamp.from(d.createdAt()), d.nameFr(), d.labels(), TextAnalysis.VERSION, c.sku(),
                c.nameAr(), c.nameEn(), c.unit(), c.unitQuantity(), c.imageUrls(), c.cooperativeNameFr(),
                c.cooperativeNameAr() };
    }

    /** The documents of these products as they stand (archived products have none). */
    private static Map<String, SearchDocument> load(Connection connection, List<String> productIds) throws SQLException {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        inChunks(productIds, ids -> load(connection, ids, documents));
        return documents;
    }

    private static void load(Connection connection, List<String> productIds, Map<String, SearchDocument> documents)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SOURCE + placeholders(productIds.size()))) {
            for (int i = 0; i < productIds.size(); i++) {
                select.setString(i + 1, productIds.get(i));
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    if ("ARCHIVED".equals(r.getString(3))) {
                        continue;
                    }
                    List<String> labels = LISTS.convertToEntityAttribute(r.getString(15));
                    SearchDocument.Builder terms = new SearchDocument.Builder()
                            .add(r.getString(9), Language.fr, true)
                            .add(r.getString(10), Language.ar, true)
                            .add(r.getString(11), Language.en, true)
                            .add(r.getString(12), Language.fr, false)
                            .add(r.getString(13), Language.ar, false)
                            .add(r.getString(14), Language.en, false)
                            .add(r.getString(24), Language.fr, false)
                            .add(r.getString(25), Language.ar, false)
                            .add(r.getString(26), Language.en, false)
                            .add(r.getString(8), Language.fr, false)
                            .add(r.getString(16), Language.fr, false)
                            .add(r.getString(17), Language.ar, false)
                            .add(r.getString(18), Language.en, false)
                            .add(r.getString(19), Language.fr, false)
                            .add(r.getString(27), Language.fr, false)
                            .add(r.getString(28), Language.ar, false)
                            .add(r.getString(29), Language.en, false);
                    for (String label : labels) {
                        LabelWords.of(label).forEach((language, text) -> terms.add(text, language, false));
                    }
                    boolean visible = "ACTIVE".equals(r.getString(3)) && r.getTimestamp(23) == null;
                    BigDecimal price = r.getBigDecimal(6);
                    documents.put(r.getString(1), new SearchDocument(r.getString(1), r.getString(2), visible,
                            r.getInt(4) > 0, r.getString(5), r.getString(20), r.getString(21), r.getBoolean(22), price,
                            r.getTimestamp(7).toInstant(), r.getString(9), String.join(",", labels),
                            new SearchDocument.Card(r.getString(8), r.getString(10), r.getString(11), r.getString(30),
                                    r.getBigDecimal(31), r.getString(32), r.getString(16), r.getString(17)),
                            terms.terms()));
                }
            }
        }
    }

    private static void lockProducts(Connection connection, List<String> productIds) throws SQLException {
        inChunks(productIds.stream().sorted().toList(), ids -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM product WHERE id IN "
                    + placeholders(ids.size()) + " ORDER BY id FOR UPDATE")) {
                for (int i = 0; i < ids.size(); i++) {
                    lock.setString(i + 1, ids.get(i));
                }
                lock.executeQuery().close();
            }
        });
    }

    private static Map<String, Indexed> existing(Connection connection, List<String> productIds) throws SQLException {
        Map<String, Indexed> existing = new HashMap<>();
        inChunks(productIds, ids -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT d.product_id, d.doc_id, d.visible,"
                    + " d.in_stock, t.terms, d.cooperative_id, d.category_code, d.region_code, d.sector_code, d.women FROM search_document d LEFT JOIN search_document_terms t"
                    + " ON t.doc_id = d.doc_id WHERE d.product_id IN " + placeholders(ids.size()) + " FOR UPDATE")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setString(i + 1, ids.get(i));
                }
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        existing.put(r.getString(1), new Indexed(r.getInt(2), r.getBoolean(3), r.getBoolean(4),
                                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                                r.getBoolean(10)));
                    }
                }
            }
        });
        return existing;
    }

    private static Map<String, Integer> docIds(Connection connection, List<String> productIds) throws SQLException {
        Map<String, Integer> docIds = new HashMap<>();
        inChunks(productIds, ids -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT product_id, doc_id FROM search_document WHERE product_id IN " + placeholders(ids.size()))) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setString(i + 1, ids.get(i));
                }
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        docIds.put(r.getString(1), r.getInt(2));
                    }
                }
            }
        });
        return docIds;
    }

    static String placeholders(int count) {
        return "(" + "?,".repeat(count - 1) + "?)";
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row, 0);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insert(Connection connection, String head, int columns, List<Object[]> rows, String... constants)
            throws SQLException {
        String tuple = "(" + "?,".repeat(columns - 1) + "?" + (constants.length == 0 ? "" : "," + String.join(",", constants))
                + ")";
        for (int from = 0; from < rows.size(); from += INSERT_ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_ROWS));
            try (PreparedStatement statement = connection.prepareStatement(head
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), tuple)))) {
                int i = 0;
                for (Object[] row : chunk) {
                    bind(statement, row, i);
                    i += columns;
                }
                statement.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, Object[] row, int offset) throws SQLException {
        for (int c = 0; c < row.length; c++) {
            Object value = row[c];
            int index = offset + c + 1;
            if (value instanceof Boolean b) {
                statement.setBoolean(index, b);
            } else if (value instanceof Integer n) {
                statement.setInt(index, n);
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
