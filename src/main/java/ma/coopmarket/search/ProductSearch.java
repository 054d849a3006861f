package ma.coopmarket.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.shared.error.InvalidRequestException;

/**
 * Full-text search of the public catalogue on the word index that {@link SearchIndex} writes: the one
 * place that knows how a query is matched and ordered, so that a search engine could take its place.
 *
 * <p><b>Matching.</b> Every word of the query must match (AND, any order), after the analysis of
 * {@link TextAnalysis}; the last word also matches indexed words that start with it (the
 * {@value #MAX_EXPANSIONS} most common ones), so that a query being typed already finds.
 *
 * <p><b>Relevance.</b> A score from 7 down to 0: 4 when the product is in stock, 2 when the last word
 * matched as a whole word rather than only as a prefix, 1 when every word is in its name (French,
 * Arabic or English); equal scores in the order the products entered the index (their creation
 * order), so paging is stable. A whole word ranks above the name because a word typed in full is the
 * stronger sign, and because it keeps a first page cheap: the prefix-only tiers, which must prove
 * that a product lacks the whole word, are read only once the whole-word ones are exhausted. Each score is a tier that the index keeps in order ({@code
 * search_posting}'s key), so a page reads about as many postings as it shows, however many products
 * match; the total is counted up to {@link #COUNT_AHEAD} past the end of the page.
 *
 * <p><b>Sparse searches.</b> Two common words that rarely meet (a cooperative's name and a town) would
 * make every tier walk read most postings of the rarer word, each with several point lookups. When
 * the count's bounded walk finds fewer matches than the page needs and reading every posting of the
 * words once is cheaper by estimate ({@link Matcher#cheaperInMemory}), the matches are ranked in
 * memory instead: the same scores, order and cursor, and an exact total.
 */
@ApplicationScoped
public class ProductSearch {

    /**
     * Completions of a typed prefix matched, the most common first: each one is a walk of its own, and
     * the sixteen most common cover what a shopper is typing towards (as a search engine's
     * max_expansions does).
     */
    static final int MAX_EXPANSIONS = 16;

    /**
     * Matches are counted up to this many past the end of the page: a shopper reads a few pages, and
     * counting tens of thousands of matches would cost a search as much as reading all of them (counting
     * to 1,000 was two thirds of a search's time on the national data set). Beyond it the total is the
     * number counted, marked as a lower bound; the pages and the cursor still reach every match.
     */
    public static final int COUNT_AHEAD = 100;

    /**
     * A count reads at most this many postings of the driving word per match it counts to: beyond, the
     * total counted so far is given as a lower bound.
     */
    static final int SCANNED_PER_MATCH = 2;

    /**
     * A sparse search is ranked in memory when its words hold at most this many postings in all (about
     * 20 ms of reading at most; the walk it replaces looked each of them up several times).
     */
    static final int SPARSE_POSTINGS = 40_000;

    /** Words ranked in memory at most (a document's words are bits of an int, the last one twice). */
    private static final int MAX_RANKED_WORDS = 15;

    /** The parts of a relevance score. */
    private static final int IN_STOCK = 4;
    private static final int WHOLE = 2;
    private static final int ALL_IN_NAME = 1;

    /** s2: the score's parts as above (s1 ranked every word in the name above a whole word). */
    private static final String CURSOR_VERSION = "s2";

    /** The catalogue filters that apply to a search, all optional. */
    public record Filters(String cooperativeId, String region, String sector, String category, BigDecimal minPrice,
            BigDecimal maxPrice, Boolean inStock, Boolean women) {
    }

    /** The orders a search can take. */
    public enum Order {
        RELEVANCE(null), NEWEST("d.created_at DESC, d.doc_id DESC"), PRICE("d.price ASC, d.doc_id ASC"),
        PRICE_DESC("d.price DESC, d.doc_id DESC"), NAME("d.name_fr ASC, d.doc_id ASC");

        final String orderBy;

        Order(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /**
     * One page of results: product ids in order, the total, the cursor to the next page (relevance
     * order only), and a corrected query when nothing matched but close words exist.
     */
    public record Hits<T>(List<T> items, long total, boolean totalIsLowerBound, String nextCursor,
            String suggestedQuery) {

        static <T> Hits<T> none(String suggestedQuery) {
            return new Hits<>(List.of(), 0, false, null, suggestedQuery);
        }
    }

    private final DataSource dataSource;
    private final Vocabulary vocabulary;

    public ProductSearch(DataSource dataSource, Vocabulary vocabulary) {
        this.dataSource = dataSource;
        this.vocabulary = vocabulary;
    }

    /** A page of the visible products matching {@code q} and the filters. */
    public <T> Hits<T> search(String q, Filters filters, Order order, int offset, int size, String cursor,
            Projection<T> projection) {
        if (cursor != null && order != Order.RELEVANCE) {
            throw new InvalidRequestException("cursor", "is only taken with sort=relevance on a search; "
                    + "read other sorts of a search by page");
        }
        Position<Void> start = cursor == null ? null : Position.decode(cursor);
        SearchQuery query = SearchQuery.parse(q);
        if (query.isEmpty()) {
            return Hits.none(null);
        }
        try (Connection connection = dataSource.getConnection()) {
            Matcher matcher = Matcher.resolve(connection, query, filters, vocabulary);
            if (matcher == null) {
                return Hits.none(vocabulary.correct(connection, query));
            }
            int limit = offset + size + COUNT_AHEAD;
            if (order != Order.RELEVANCE) {
                List<T> items = matcher.sorted(connection, order, offset, size, projection);
                Count count = count(connection, matcher, true, offset, items.size(), size, limit);
                if (count.total() == 0) {
                    return Hits.none(vocabulary.correct(connection, query));
                }
                return new Hits<>(items, count.total(), count.lowerBound(), null, null);
            }
            if (matcher.words() > 1 && !matcher.filtersDocuments()) {
                // Several words: the count's bounded walk tells a sparse intersection (two common words
                // that rarely meet, as a cooperative's name and a town) from a dense one. Walking a sparse
                // one tier by tier would look up every posting of the rarer word several times; reading
                // the words' postings once and ranking them here costs a fraction of that.
                Count counted = counted(connection, matcher, limit);
                if (counted.lowerBound() && counted.total() <= offset + size
                        && matcher.cheaperInMemory(counted.total(), SCANNED_PER_MATCH * (limit + 1), offset + size)) {
                    Hits<T> hits = matcher.inMemory(connection, start, start == null ? offset : 0, size, projection);
                    return hits.total() == 0 ? Hits.none(vocabulary.correct(connection, query)) : hits;
                }
                List<Position<T>> page = matcher.page(connection, start, start == null ? offset : 0, size,
                        projection);
                return hits(page, complete(counted, start == null, offset, page.size(), size), start, offset, size,
                        query, connection);
            }
            List<Position<T>> page = matcher.page(connection, start, start == null ? offset : 0, size, projection);
            return hits(page, count(connection, matcher, start == null, offset, page.size(), size, limit), start,
                    offset, size, query, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    private record Count(long total, boolean lowerBound) {
    }

    private <T> Hits<T> hits(List<Position<T>> page, Count count, Position<Void> start, int offset, int size,
            SearchQuery query, Connection connection) throws SQLException {
        if (count.total() == 0) {
            return Hits.none(vocabulary.correct(connection, query));
        }
        String next = page.size() == size && (start != null || count.lowerBound() || offset + size < count.total())
                ? page.get(page.size() - 1).encode() : null;
        return new Hits<>(page.stream().map(Position::item).toList(), count.total(), count.lowerBound(), next, null);
    }

    /**
     * The total of a search whose page at {@code offset} (-1 after a cursor) held {@code found} of
     * {@code size}: a first page that is not full is the whole result; else counted up to {@code
     * limit}, and never less than the matches the pages have shown.
     */
    private static Count count(Connection connection, Matcher matcher, boolean byOffset, int offset, int found,
            int size, int limit) throws SQLException {
        if (byOffset && offset == 0 && found < size) {
            return new Count(found, false);
        }
        return complete(counted(connection, matcher, limit), byOffset, offset, found, size);
    }

    /** The matches counted up to {@code limit} (a lower bound when the count stopped early). */
    private static Count counted(Connection connection, Matcher matcher, int limit) throws SQLException {
        // The scan budget only where the postings' order is the walk's: a filter on the document would
        // make most of the postings read be rejected, and the total a needless lower bound.
        int scanned = matcher.filtersDocuments() ? 0 : SCANNED_PER_MATCH * (limit + 1);
        long[] counted = matcher.count(connection, limit + 1, scanned);
        return new Count(Math.min(counted[0], limit), counted[1] == 1);
    }

    /**
     * A count completed by what the page found: a first page that is not full is the whole result;
     * a lower bound is never below what the pages have shown, and says that a next page may follow.
     */
    private static Count complete(Count counted, boolean byOffset, int offset, int found, int size) {
        if (byOffset && offset == 0 && found < size) {
            return new Count(found, false);
        }
        long shown = offset + found + (found == size ? 1 : 0);
        return counted.lowerBound() ? new Count(Math.max(counted.total(), shown), true) : counted;
    }

    /** Counts of the matching products per category, region and label (those asked for). */
    public Map<String, Map<String, Long>> facets(String q, Filters filters, Collection<String> facets) {
        try (Connection connection = dataSource.getConnection()) {
            String matches;
            List<Object> params = new ArrayList<>();
            if (q == null || q.isBlank()) {
                matches = "d.visible = TRUE";
            } else {
                SearchQuery query = SearchQuery.parse(q);
                Matcher matcher = query.isEmpty() ? null : Matcher.resolve(connection, query, filters, vocabulary);
                if (matcher == null) {
                    Map<String, Map<String, Long>> empty = new LinkedHashMap<>();
                    facets.forEach(f -> empty.put(f, Map.of()));
                    return empty;
                }
                matches = "d.doc_id IN (" + matcher.matchSql(params) + ")";
            }
            StringBuilder where = new StringBuilder(matches);
            if (q == null || q.isBlank()) {
                Matcher.filters(where, params, filters, "d");
            }
            Map<String, Map<String, Long>> result = new LinkedHashMap<>();
            for (String facet : facets) {
                result.put(facet, switch (facet) {
                    case "category" -> group(connection, "d.category_code", where, params);
                    case "region" -> group(connection, "d.region_code", where, params);
                    case "label" -> labels(connection, where, params);
                    default -> throw new IllegalArgumentException(facet);
                });
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("facets failed", e);
        }
    }

    private static Map<String, Long> group(Connection connection, String column, CharSequence where,
            List<Object> params) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        Sql.query(connection, "SELECT " + column + ", COUNT(*) FROM search_document d WHERE " + where + " GROUP BY "
                + column, params, r -> counts.put(r.getString(1), r.getLong(2)));
        return counts;
    }

    private static Map<String, Long> labels(Connection connection, CharSequence where, List<Object> params)
            throws SQLException {
        List<String> labels = List.of("ORGANIC", "PGI", "PDO", "LABEL_AGRICOLE", "FAIR_TRADE", "HALAL", "ONSSA_APPROVED",
                "HANDMADE");
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < labels.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN CONCAT(',', d.labels, ',') LIKE '%,")
                    .append(labels.get(i)).append(",%' THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM search_document d WHERE ").append(where);
        Map<String, Long> counts = new TreeMap<>();
        Sql.query(connection, sql.toString(), params, r -> {
            for (int i = 0; i < labels.size(); i++) {
                long n = r.getLong(i + 1);
                if (n > 0) {
                    counts.put(labels.get(i), n);
                }
            }
        });
        return counts;
    }

    /** A place in the relevance order: a score (tier) and a doc_id within it. */
    record Position<T>(int score, int docId, T item) {

        String encode() {
            String raw = CURSOR_VERSION + "\n" + score + "\n" + docId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position<Void> decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n");
                if (parts.length == 3 && CURSOR_VERSION.equals(parts[0])) {
                    int score = Integer.parseInt(parts[1]);
                    if (score >= 0 && score <= 7) {
                        return new Position<>(score, Integer.parseInt(parts[2]), null);
                    }
                }
            } catch (RuntimeException e) {
                // falls through to the problem below
            }
            throw new InvalidRequestException("cursor", "is not a cursor of this search; take nextCursor from a page "
                    + "of the same search with sort=relevance");
        }
    }

    /**
     * The query resolved against the vocabulary: for each word the indexed terms that match it whole
     * and those that complete it. Null when a word matches no indexed term (nothing can match).
     */
    static final class Matcher {
        private final List<Set<String>> exact = new ArrayList<>();
        private final List<Set<String>> completions = new ArrayList<>();
        private final List<Long> docs = new ArrayList<>();
        private final Filters filters;

        private Matcher(Filters filters) {
            this.filters = filters;
        }

        static Matcher resolve(Connection connection, SearchQuery query, Filters filters, Vocabulary vocabulary)
                throws SQLException {
            Matcher matcher = new Matcher(filters);
            Set<String> all = new LinkedHashSet<>();
            Set<String> prefixes = new LinkedHashSet<>();
            query.words().forEach(w -> {
                all.addAll(w.exact());
                prefixes.addAll(w.prefixes());
            });
            Vocabulary.Lookup known = vocabulary.lookup(connection, all, prefixes);
            for (SearchQuery.Word word : query.words()) {
                Set<String> exact = new LinkedHashSet<>(word.exact());
                exact.retainAll(known.docs().keySet());
                Map<String, Long> completions = word.prefixes().isEmpty() ? new LinkedHashMap<>()
                        : known.completions(MAX_EXPANSIONS);
                completions.keySet().removeAll(exact);
                if (exact.isEmpty() && completions.isEmpty()) {
                    return null;
                }
                matcher.exact.add(exact);
                matcher.completions.add(completions.keySet());
                long estimate = completions.values().stream().mapToLong(Long::longValue).sum();
                for (String term : exact) {
                    estimate += known.docs().get(term);
                }
                matcher.docs.add(estimate);
            }
            return matcher;
        }

        private Set<String> allTerms(int word) {
            Set<String> terms = new LinkedHashSet<>(exact.get(word));
            terms.addAll(completions.get(word));
            return terms;
        }

        int words() {
            return exact.size();
        }

        /**
         * Whether ranking in memory (reading every posting of every word once) costs less than walking
         * the rarest word's postings until {@code needed} matches, each posting checked by point lookups
         * on the other words, at the density a walk of {@code scanned} postings found ({@code found}).
         * A row read costs about as much as a point lookup (both about a microsecond here).
         */
        boolean cheaperInMemory(long found, int scanned, int needed) {
            long all = docs.stream().mapToLong(Long::longValue).sum();
            if (words() > MAX_RANKED_WORDS || all > SPARSE_POSTINGS) {
                return false;
            }
            int driver = driver();
            long lookups = 2;
            for (int i = 0; i < words(); i++) {
                if (i != driver) {
                    lookups += 3L * allTerms(i).size();
                }
            }
            long walked = Math.min(docs.get(driver), (long) Math.ceil((double) needed * scanned / Math.max(found, 0.5)));
            return all < walked * lookups;
        }

        /**
         * Every match ranked here from the words' postings read in one statement, the page cut from it
         * (after {@code start}, or {@code offset} matches), its items read by doc_id: the same order,
         * scores and cursor as the tier walks, and an exact total. For searches without a document filter.
         */
        <T> Hits<T> inMemory(Connection connection, Position<Void> start, int offset, int size,
                Projection<T> projection) throws SQLException {
            int last = exact.size() - 1;
            // Each term's roles: the word it matches, and whether as that word whole (1) or as a completion
            // of the last word (0); one term may match several words ("argan arg").
            Map<String, List<int[]>> codes = new HashMap<>();
            for (int i = 0; i < exact.size(); i++) {
                for (String term : exact.get(i)) {
                    codes.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] { i, 1 });
                }
                if (i == last) {
                    for (String term : completions.get(i)) {
                        codes.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] { i, 0 });
                    }
                }
            }
            // One range per term, numbered, so that a row carries no term (decoding a term per row cost the
            // app as much as the database spent reading it).
            List<String> terms = new ArrayList<>(codes.keySet());
            List<Object> params = new ArrayList<>();
            List<String> ranges = new ArrayList<>();
            for (int t = 0; t < terms.size(); t++) {
                String range = "SELECT " + t + ", p.in_stock, p.in_name, p.doc_id FROM search_posting p WHERE p.term = ?";
                params.add(terms.get(t));
                if (filters.inStock() != null) {
                    range += " AND p.in_stock = ?";
                    params.add(filters.inStock());
                }
                ranges.add(range);
            }
            // Per document: the words found, found in a name, the last word found whole, and the stock.
            Map<Integer, int[]> found = new HashMap<>();
            Sql.query(connection, String.join(" UNION ALL ", ranges), params, r -> {
                int[] doc = found.computeIfAbsent(r.getInt(4), k -> new int[4]);
                boolean inName = r.getBoolean(3);
                for (int[] code : codes.get(terms.get(r.getInt(1)))) {
                    int bit = 1 << code[0];
                    doc[0] |= bit;
                    if (inName) {
                        // The last word's name postings count for its tier's terms only (whole or completion).
                        doc[1] |= code[0] == last ? bit << (code[1] == 1 ? 0 : 16) : bit;
                    }
                    if (code[0] == last && code[1] == 1) {
                        doc[2] = 1;
                    }
                }
                doc[3] = r.getBoolean(2) ? 1 : 0;
            });
            int all = (1 << exact.size()) - 1;
            int allButLast = all & ~(1 << last);
            List<long[]> ranked = new ArrayList<>();
            found.forEach((docId, doc) -> {
                if (doc[0] != all) {
                    return;
                }
                boolean whole = doc[2] == 1;
                int names = whole ? doc[1] & 0xFFFF : (doc[1] & allButLast) | (doc[1] >>> 16);
                int score = (doc[3] == 1 ? IN_STOCK : 0) + (whole ? WHOLE : 0) + (names == all ? ALL_IN_NAME : 0);
                ranked.add(new long[] { score, docId });
            });
            ranked.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
            int from = offset;
            if (start != null) {
                from = 0;
                while (from < ranked.size() && (ranked.get(from)[0] > start.score()
                        || ranked.get(from)[0] == start.score() && ranked.get(from)[1] <= start.docId())) {
                    from++;
                }
            }
            List<long[]> cut = ranked.subList(Math.min(from, ranked.size()), Math.min(from + size, ranked.size()));
            Map<Integer, T> items = new HashMap<>();
            if (!cut.isEmpty()) {
                List<Object> ids = new ArrayList<>();
                cut.forEach(r -> ids.add((int) r[1]));
                Sql.query(connection, "SELECT d.doc_id, " + projection.columns() + " FROM search_document d "
                        + projection.joins() + " WHERE d.doc_id IN " + SearchIndex.placeholders(ids.size()), ids,
                        r -> items.put(r.getInt(1), projection.mapper().read(r, 2)));
            }
            List<Position<T>> page = new ArrayList<>();
            for (long[] r : cut) {
                T item = items.get((int) r[1]);
                if (item != null) { // else it left the index between the two reads
                    page.add(new Position<>((int) r[0], (int) r[1], item));
                }
            }
            long[] end = cut.isEmpty() ? null : cut.get(cut.size() - 1);
            String next = cut.size() == size && from + size < ranked.size()
                    ? new Position<Void>((int) end[0], (int) end[1], null).encode() : null;
            return new Hits<>(page.stream().map(Position::item).toList(), ranked.size(), false, next, null);
        }

        /** Whether a filter other than stock applies (checked on search_document, not in the postings' key). */
        boolean filtersDocuments() {
            return filters.cooperativeId() != null || filters.region() != null || filters.sector() != null
                    || filters.category() != null || filters.minPrice() != null || filters.maxPrice() != null
                    || filters.women() != null;
        }

        /** The word whose postings are walked: the one with the fewest estimated postings. */
        private int driver() {
            int best = 0;
            for (int i = 1; i < docs.size(); i++) {
                if (docs.get(i) < docs.get(best)) {
                    best = i;
                }
            }
            return best;
        }

        /**
         * SQL selecting the doc_ids of every match (any tier, possibly repeated), for counting, facets
         * and other sorts: the driving word's postings, each other word checked by point lookups.
         */
        String matchSql(List<Object> params) {
            return matchSql(params, 0);
        }

        /**
         * As {@link #matchSql(List)}, reading at most {@code scanned} postings of the driving word when
         * it is positive (its first ones in key order: in stock first, then in a name).
         */
        private String matchSql(List<Object> params, int scanned) {
            int driver = driver();
            Probes probes = new Probes();
            for (int i = 0; i < exact.size(); i++) {
                if (i != driver) {
                    probes.require(probes.has(allTerms(i), null, false));
                }
            }
            probes.filters(filters);
            Set<String> terms = allTerms(driver);
            StringBuilder where = new StringBuilder("p.term IN ").append(SearchIndex.placeholders(terms.size()));
            List<Object> whereParams = new ArrayList<>(terms);
            if (filters.inStock() != null) {
                where.append(" AND p.in_stock = ?");
                whereParams.add(filters.inStock());
            }
            if (scanned <= 0) {
                return probes.select(where, whereParams, params);
            }
            whereParams.add(scanned);
            return probes.select("(SELECT p.doc_id, p.in_stock FROM search_posting p WHERE " + where + " LIMIT ?) p",
                    "TRUE", whereParams, params);
        }

        /**
         * The number of matches, counting no further than {@code limit} and reading no more than
         * {@code scanned} postings of the driving word (a pair of common words that rarely meet would
         * otherwise read every posting of the rarer one): {counted, whether the count stopped early}.
         */
        long[] count(Connection connection, int limit, int scanned) throws SQLException {
            List<Object> params = new ArrayList<>();
            // Without a budget the postings read need no counting: a SELECT of 0 stands for them.
            String read = "0";
            if (scanned > 0) {
                Set<String> terms = allTerms(driver());
                StringBuilder postings = new StringBuilder("SELECT 1 FROM search_posting s WHERE s.term IN ")
                        .append(SearchIndex.placeholders(terms.size()));
                params.addAll(terms);
                if (filters.inStock() != null) {
                    postings.append(" AND s.in_stock = ?");
                    params.add(filters.inStock());
                }
                params.add(scanned);
                read = "(SELECT COUNT(*) FROM (" + postings + " LIMIT ?) s)";
            }
            String matches = matchSql(params, scanned);
            params.add(limit);
            long[] result = new long[2];
            Sql.query(connection, "SELECT " + read + ", (SELECT COUNT(*) FROM (SELECT DISTINCT m.doc_id FROM ("
                    + matches + ") m LIMIT ?) x)", params, r -> {
                        result[0] = r.getLong(2);
                        result[1] = scanned > 0 && r.getLong(1) >= scanned || r.getLong(2) >= limit ? 1 : 0;
                    });
            return result;
        }

        <T> List<T> sorted(Connection connection, Order order, int offset, int size, Projection<T> projection)
                throws SQLException {
            List<Object> params = new ArrayList<>();
            String matches = matchSql(params);
            params.add(size);
            params.add(offset);
            List<T> items = new ArrayList<>();
            Sql.query(connection, "SELECT " + projection.columns() + " FROM (SELECT d.doc_id FROM search_document d"
                    + " WHERE d.doc_id IN (" + matches + ") ORDER BY " + order.orderBy + " LIMIT ? OFFSET ?) k"
                    + " JOIN search_document d ON d.doc_id = k.doc_id " + projection.joins() + " ORDER BY "
                    + order.orderBy, params, r -> items.add(projection.mapper().read(r, 1)));
            return items;
        }

        /**
         * The page of {@code size} positions after {@code start} (or after skipping {@code offset}
         * matches), tier by tier from score 7 down.
         */
        <T> List<Position<T>> page(Connection connection, Position<Void> start, int offset, int size,
                Projection<T> projection) throws SQLException {
            List<Position<T>> page = new ArrayList<>();
            int skip = offset;
            for (int score = 7; score >= 0 && page.size() < size; score--) {
                if (start != null && score > start.score() || !possible(score)) {
                    continue;
                }
                int after = start != null && score == start.score() ? start.docId() : -1;
                if (skip > 0) {
                    long inTier = tierCount(connection, score, skip + 1);
                    if (skip >= inTier) {
                        skip -= (int) inTier;
                        continue;
                    }
                }
                page.addAll(tier(connection, score, after, skip, size - page.size(), projection));
                skip = 0;
            }
            return page;
        }

        /** Whether a tier can hold anything: the in-stock filter, and a whole-word tier needs whole words. */
        private boolean possible(int score) {
            boolean inStock = (score & IN_STOCK) != 0;
            boolean whole = (score & WHOLE) != 0;
            if (filters.inStock() != null && filters.inStock() != inStock) {
                return false;
            }
            int last = exact.size() - 1;
            return whole ? !exact.get(last).isEmpty() : !completions.get(last).isEmpty();
        }

        private long tierCount(Connection connection, int score, int limit) throws SQLException {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT COUNT(*) FROM (SELECT DISTINCT x.doc_id FROM (" + tierSql(score, -1, limit, params)
                    + ") x LIMIT ?) y";
            params.add(limit);
            long[] count = new long[1];
            Sql.query(connection, sql, params, r -> count[0] = r.getLong(1));
            return count[0];
        }

        /** One tier's doc_ids in order, with their product ids. */
        private <T> List<Position<T>> tier(Connection connection, int score, int after, int offset, int limit,
                Projection<T> projection) throws SQLException {
            List<Object> params = new ArrayList<>();
            String inner = tierSql(score, after, offset + limit, params);
            params.add(limit);
            params.add(offset);
            List<Position<T>> positions = new ArrayList<>();
            Sql.query(connection, "SELECT y.doc_id, " + projection.columns() + " FROM (SELECT DISTINCT x.doc_id FROM ("
                    + inner + ") x ORDER BY x.doc_id LIMIT ? OFFSET ?) y JOIN search_document d ON d.doc_id = y.doc_id "
                    + projection.joins() + " ORDER BY y.doc_id",
                    params, r -> positions.add(new Position<>(score, r.getInt(1), projection.mapper().read(r, 2))));
            return positions;
        }

        /**
         * The doc_ids of one tier, in doc_id order: for each term of the driving word, a walk of its
         * postings in this tier's stock and name part of the key, checking the other words (and the
         * filters) product by product with point lookups, stopping after {@code limit}.
         */
        private String tierSql(int score, int after, int limit, List<Object> params) {
            boolean inStock = (score & IN_STOCK) != 0;
            boolean allInName = (score & ALL_IN_NAME) != 0;
            boolean whole = (score & WHOLE) != 0;
            int last = exact.size() - 1;
            List<Set<String>> terms = new ArrayList<>();
            for (int i = 0; i < exact.size(); i++) {
                terms.add(i == last ? whole ? exact.get(i) : completions.get(i) : exact.get(i));
            }
            int driver = 0;
            for (int i = 1; i < terms.size(); i++) {
                if (estimate(i, terms.get(i)) < estimate(driver, terms.get(driver))) {
                    driver = i;
                }
            }
            List<String> walks = new ArrayList<>();
            for (String term : terms.get(driver)) {
                for (boolean inName : allInName ? List.of(true) : List.of(true, false)) {
                    walks.add(walk(term, inName, inStock, allInName, whole, after, limit, driver, terms, params));
                }
            }
            return String.join(" UNION ALL ", walks);
        }

        /**
         * One ordered walk of the postings of a driving term with one name flag: an index range read in
         * doc_id order, each entry checked against the other words, stopping after {@code limit}.
         */
        private String walk(String term, boolean inName, boolean inStock, boolean allInName, boolean whole, int after,
                int limit, int driver, List<Set<String>> terms, List<Object> params) {
            int last = exact.size() - 1;
            Probes probes = new Probes();
            for (int i = 0; i < terms.size(); i++) {
                if (i != driver) {
                    probes.require(probes.has(terms.get(i), inStock, allInName));
                }
            }
            if (!allInName) {
                // Not every word in the name: at least one word has no name posting.
                List<String> names = new ArrayList<>();
                for (int i = 0; i < terms.size(); i++) {
                    names.add(i == driver && inName ? "TRUE" : probes.has(terms.get(i), inStock, true));
                }
                probes.require("NOT (" + String.join(" AND ", names) + ")");
            }
            if (!whole) {
                // Only as a prefix: the last word is not also there as a whole word.
                probes.require("NOT " + probes.has(exact.get(last), inStock, false));
            }
            probes.filters(filters);
            StringBuilder where = new StringBuilder("p.term = ? AND p.in_stock = ? AND p.in_name = ?");
            List<Object> whereParams = new ArrayList<>(List.of(term, inStock, inName));
            if (after >= 0) {
                where.append(" AND p.doc_id > ?");
                whereParams.add(after);
            }
            String sql = "(" + probes.select(where, whereParams, params) + " ORDER BY p.doc_id LIMIT ?)";
            params.add(limit);
            return sql;
        }

        /**
         * The checks made on each walked posting {@code p}, as LEFT JOINs on search_posting's primary
         * key (one lookup per term and name flag; a join costs far less than a dependent subquery), and
         * the filters as a join to the product's search_document row.
         */
        private static final class Probes {
            /** Posting lookups made as joins at most (MySQL and MariaDB join 61 tables at most). */
            private static final int MAX_JOINS = 40;

            private final StringBuilder joins = new StringBuilder();
            private final List<Object> joinParams = new ArrayList<>();
            private final List<String> conditions = new ArrayList<>();
            private final List<Object> conditionParams = new ArrayList<>();
            private int aliases;

            /**
             * A condition true when {@code p}'s product has a posting of one of {@code terms}: LEFT JOINs
             * while they stay well within MySQL's and MariaDB's 61 tables per join, then (for a prefix
             * with many completions) dependent point lookups, slower but still one key lookup each.
             */
            String has(Set<String> terms, Boolean inStock, boolean nameOnly) {
                if (terms.isEmpty()) {
                    return "FALSE";
                }
                List<Boolean> flags = nameOnly ? List.of(true) : List.of(true, false);
                boolean join = aliases + terms.size() * flags.size() <= MAX_JOINS;
                List<String> found = new ArrayList<>();
                for (String term : terms) {
                    for (boolean name : flags) {
                        String a = "j" + aliases++;
                        String on = a + ".term = ? AND " + a + ".in_stock = " + (inStock == null ? "p.in_stock" : "?")
                                + " AND " + a + ".in_name = ? AND " + a + ".doc_id = p.doc_id";
                        List<Object> params = join ? joinParams : conditionParams;
                        params.add(term);
                        if (inStock != null) {
                            params.add(inStock);
                        }
                        params.add(name);
                        if (join) {
                            joins.append(" LEFT JOIN search_posting ").append(a).append(" ON ").append(on);
                            found.add(a + ".doc_id IS NOT NULL");
                        } else {
                            found.add("EXISTS (SELECT 1 FROM search_posting " + a + " WHERE " + on + ")");
                        }
                    }
                }
                return "(" + String.join(" OR ", found) + ")";
            }

            void require(String condition) {
                conditions.add(condition);
            }

            void filters(Filters filters) {
                StringBuilder on = new StringBuilder();
                List<Object> params = new ArrayList<>();
                Matcher.filters(on, params, filters, "d");
                if (!on.isEmpty()) {
                    joins.append(" JOIN search_document d ON d.doc_id = p.doc_id").append(on);
                    joinParams.addAll(params);
                }
            }

            /** SELECT p.doc_id with the joins, {@code where} and the checks; its parameters go to {@code params}. */
            String select(CharSequence where, List<Object> whereParams, List<Object> params) {
                params.addAll(joinParams);
                params.addAll(whereParams);
                params.addAll(conditionParams);
                return select("search_posting p", where, params);
            }

            /** As above, the postings {@code p} read from {@code source} (whose parameters come first). */
            String select(String source, CharSequence where, List<Object> sourceParams, List<Object> params) {
                params.addAll(sourceParams);
                params.addAll(joinParams);
                params.addAll(conditionParams);
                return select(source, where, params);
            }

            private String select(String source, CharSequence where, List<Object> params) {
                StringBuilder sql = new StringBuilder("SELECT p.doc_id FROM ").append(source).append(joins)
                        .append(" WHERE ").append(where);
                conditions.forEach(c -> sql.append(" AND ").append(c));
                return sql.toString();
            }
        }

        private long estimate(int word, Set<String> terms) {
            return terms.equals(exact.get(word)) || terms.equals(completions.get(word)) ? docs.get(word) : Long.MAX_VALUE;
        }

        /** Appends the filters on search_document (alias {@code d}) as " AND ..." conditions. */
        static void filters(StringBuilder where, List<Object> params, Filters filters, String d) {
            condition(where, params, d + ".cooperative_id = ?", filters.cooperativeId());
            condition(where, params, d + ".region_code = ?", filters.region());
            condition(where, params, d + ".sector_code = ?", filters.sector());
            condition(where, params, d + ".category_code = ?", filters.category());
            condition(where, params, d + ".price >= ?", filters.minPrice());
            condition(where, params, d + ".price <= ?", filters.maxPrice());
            condition(where, params, d + ".women = ?", filters.women());
            condition(where, params, d + ".in_stock = ?", filters.inStock());
        }

        private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
            if (value != null) {
                where.append(" AND ").append(sql);
                params.add(value);
            }
        }
    }
}
