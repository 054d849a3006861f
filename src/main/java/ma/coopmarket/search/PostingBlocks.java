package ma.coopmarket.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word index's postings as V14's {@code search_block} stores them: one row per term and block of
 * {@value #BLOCK_SIZE} consecutive doc_ids, holding that term's products in the block as a sorted
 * array of two-byte entries (the doc_id's place in the block, then the in-stock and in-name flags).
 *
 * <p>A search reads the postings of its words in one range read per term (a term held by 30,000
 * products is at most 143 rows and 60 KB; a first page reads its first 4 blocks) and intersects them in
 * the app; the former row per posting
 * (V10's search_posting, 12 million rows, most of them outside a 128 MB buffer pool) made a search
 * read thousands of pages. A write re-writes the blocks it changes, each locked for its transaction
 * (rows locked in key order, so two writers never deadlock on them).
 */
final class PostingBlocks {

    /** doc_ids per block: a full block's entries (4 KB) stay within its B-tree page. */
    static final int BLOCK_BITS = 11;
    static final int BLOCK_SIZE = 1 << BLOCK_BITS;

    /** Flags of an entry, below its place in the block. */
    static final int IN_STOCK = 2;
    static final int IN_NAME = 1;

    /** Rows per multi-row statement. */
    private static final int ROWS = 500;

    private PostingBlocks() {
    }

    /** One posting: a term held by a document, with the document's stock and whether the term is in its name. */
    record Posting(String term, int docId, boolean inStock, boolean inName) {
    }

    /** One stored block of a term: its number and its entries (two bytes each, in doc_id order). */
    record Block(int number, byte[] entries) {

        int size() {
            return entries.length / 2;
        }

        /** The entry at {@code i}: the place in the block shifted left by 2, with the flags. */
        int entry(int i) {
            return (entries[2 * i] & 0xFF) << 8 | entries[2 * i + 1] & 0xFF;
        }
    }

    static int entry(Posting p) {
        return (p.docId() & (BLOCK_SIZE - 1)) << 2 | (p.inStock() ? IN_STOCK : 0) | (p.inName() ? IN_NAME : 0);
    }

    /**
     * The blocks numbered {@code from} to {@code to} of {@code terms}, per term in block order: one range
     * read of the primary key per term.
     */
    static Map<String, List<Block>> read(Connection connection, Collection<String> terms, int from, int to)
            throws SQLException {
        Map<String, List<Block>> blocks = new HashMap<>();
        if (terms.isEmpty()) {
            return blocks;
        }
        List<Object> params = new ArrayList<>();
        String in = Sql.in(terms, params);
        params.add(from);
        params.add(to);
        Sql.query(connection, "SELECT b.term, b.block_no, b.postings FROM search_block b WHERE b.term IN " + in
                + " AND b.block_no BETWEEN ? AND ? ORDER BY b.term, b.block_no", params,
                r -> blocks.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(new Block(r.getInt(2),
                        r.getBytes(3))));
        return blocks;
    }

    private record Key(String term, int block) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = term.compareTo(o.term);
            return c != 0 ? c : Integer.compare(block, o.block);
        }
    }

    /**
     * Changes to the blocks, gathered over a transaction and applied once, at its end ({@link #apply}):
     * a transaction then locks blocks in one pass, in key order, after every other lock it takes, so two
     * writers never deadlock on blocks, and a block that many products share (a common word, a
     * region) is held only while the transaction commits. A later change of a posting replaces an
     * earlier one.
     */
    static final class Changes {
        private final Map<Key, Map<Integer, Integer>> changes = new HashMap<>();

        void remove(Posting p) {
            changes.computeIfAbsent(new Key(p.term(), p.docId() >> BLOCK_BITS), k -> new HashMap<>())
                    .put(p.docId() & (BLOCK_SIZE - 1), -1);
        }

        void add(Posting p) {
            changes.computeIfAbsent(new Key(p.term(), p.docId() >> BLOCK_BITS), k -> new HashMap<>())
                    .put(p.docId() & (BLOCK_SIZE - 1), entry(p));
        }

        /**
         * Writes the changes on {@code connection}, in its transaction: each block changed is locked
         * (created empty if new), read, changed and written back; a block left empty is deleted.
         */
        void apply(Connection connection) throws SQLException {
            if (changes.isEmpty()) {
                return;
            }
            PostingBlocks.apply(connection, new TreeMap<>(changes));
            changes.clear();
        }
    }

    private static void apply(Connection connection, Map<Key, Map<Integer, Integer>> changes) throws SQLException {
        List<Key> keys = new ArrayList<>(changes.keySet());
        // Locks every block in key order: an existing row is locked by the duplicate key, a new one created
        // empty (a concurrent writer of the same new block waits for it instead of overwriting it).
        // Multi-row statements and IN lists padded (Sql.padded): a few statement texts for any number of rows.
        for (List<Key> rows : chunks(keys)) {
            List<Key> chunk = Sql.padded(rows);
            try (PreparedStatement lock = connection.prepareStatement("INSERT INTO search_block (term, block_no, postings)"
                    + " VALUES " + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?)"))
                    + " ON DUPLICATE KEY UPDATE postings = postings")) {
                int i = 0;
                for (Key k : chunk) {
                    lock.setString(++i, k.term());
                    lock.setInt(++i, k.block());
                    lock.setBytes(++i, new byte[0]);
                }
                lock.executeUpdate();
            }
        }
        Map<Key, byte[]> current = new HashMap<>();
        Map<Integer, List<Key>> byBlock = new TreeMap<>();
        keys.forEach(k -> byBlock.computeIfAbsent(k.block(), b -> new ArrayList<>()).add(k));
        for (Map.Entry<Integer, List<Key>> block : byBlock.entrySet()) {
            for (List<Key> chunk : chunks(block.getValue())) {
                List<Object> params = new ArrayList<>();
                params.add(block.getKey());
                String in = Sql.in(chunk.stream().map(Key::term).toList(), params);
                Sql.query(connection, "SELECT b.term, b.postings FROM search_block b WHERE b.block_no = ? AND b.term IN "
                        + in + " FOR UPDATE", params,
                        r -> current.put(new Key(r.getString(1), block.getKey()), r.getBytes(2)));
            }
        }
        List<Object[]> written = new ArrayList<>();
        List<Key> emptied = new ArrayList<>();
        for (Key k : keys) {
            byte[] entries = merge(current.getOrDefault(k, new byte[0]), changes.get(k));
            if (entries.length == 0) {
                emptied.add(k);
            } else {
                written.add(new Object[] { k.term(), k.block(), entries });
            }
        }
        for (List<Object[]> rows : chunks(written)) {
            List<Object[]> chunk = Sql.padded(rows);
            try (PreparedStatement write = connection.prepareStatement("INSERT INTO search_block (term, block_no, postings)"
                    + " VALUES " + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?)"))
                    + " ON DUPLICATE KEY UPDATE postings = VALUES(postings)")) {
                int i = 0;
                for (Object[] row : chunk) {
                    write.setString(++i, (String) row[0]);
                    write.setInt(++i, (Integer) row[1]);
                    write.setBytes(++i, (byte[]) row[2]);
                }
                write.executeUpdate();
            }
        }
        if (!emptied.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM search_block WHERE term = ? AND block_no = ?")) {
                for (Key k : emptied) {
                    delete.setString(1, k.term());
                    delete.setInt(2, k.block());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    /** A block's entries with {@code changes} (place in the block to its new entry, or -1 to remove). */
    static byte[] merge(byte[] entries, Map<Integer, Integer> changes) {
        int[] merged = new int[entries.length / 2 + changes.size()];
        int n = 0;
        for (int i = 0; i < entries.length; i += 2) {
            int entry = (entries[i] & 0xFF) << 8 | entries[i + 1] & 0xFF;
            if (!changes.containsKey(entry >>> 2)) {
                merged[n++] = entry;
            }
        }
        for (int entry : changes.values()) {
            if (entry >= 0) {
                merged[n++] = entry;
            }
        }
        Arrays.sort(merged, 0, n);
        byte[] out = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = (byte) (merged[i] >>> 8);
            out[2 * i + 1] = (byte) merged[i];
        }
        return out;
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS)));
        }
        return chunks;
    }
}
