package ma.coopmarket.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 * {@value #MAX_EXPANSIONS} most common ones), so that a query being typed already finds. The
 * catalogue filters (region, category, sector, cooperative, women's cooperatives) are posted as terms
 * too and intersected like words; the stock filter is a flag of each posting; a price range is
 * checked on the matches' documents.
 *
 * <p><b>Relevance.</b> A score from 7 down to 0: 4 when the product is in stock, 2 when the last word
 * matched as a whole word rather than only as a prefix, 1 when every word is in its name (French,
 * Arabic or English); equal scores in the order the products entered the index (their creation
 * order), so paging is stable. A whole word ranks above the name because a word typed in full is the
 * stronger sign.
 *
 * <p><b>Evaluation.</b> The postings of every term of the query are read in one statement ({@link
 * PostingBlocks}: a few rows per term and block range) and intersected here, block by block, starting
 * from the word with the fewest postings; each match is scored into its tier, and only the page's
 * cards are read from the documents. A page in relevance order reads the first blocks first and stops
 * once the page is known and {@value #COUNT_AHEAD} more are counted ({@link Ranking}); its total is
 * then a lower bound. Other orders and facets rank every match.
 */
@ApplicationScoped
public class ProductSearch {

    /**
     * Completions of a typed prefix matched, the most common first: the sixteen most common cover what
     * a shopper is typing towards (as a search engine's max_expansions does).
     */
    static final int MAX_EXPANSIONS = 16;

    /**
     * A page in relevance order counts matches up to this many past its end, then stops (its total a
     * lower bound); with a price range, matches are checked against it up to this many past the end of
     * the page likewise (checking tens of thousands would cost a search as much as reading them all).
     */
    public static final int COUNT_AHEAD = 100;

    /** Blocks of doc_ids a page that may stop early reads first (8,192 products). */
    static final int FIRST_BLOCKS = 4;

    /** Matches checked against a price range per statement. */
    private static final int PRICE_CHECKS = 500;

    /** The parts of a relevance score. */
    private static final int IN_STOCK = 4;
    private static final int WHOLE = 2;
    private static final int ALL_IN_NAME = 1;

    /** s2: the score's parts as above (s1 ranked every word in the name above a whole word). */
    private static final String CURSOR_VERSION = "s2";

    /** The catalogue filters that apply to a search, all optional. */
    public record Filters(String cooperativeId, String region, String sector, String category, BigDecimal minPrice,
            BigDecimal maxPrice, Boolean inStock, Boolean women) {

        boolean priced() {
            return minPrice != null || maxPrice != null;
        }
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
        Position start = cursor == null ? null : Position.decode(cursor);
        SearchQuery query = SearchQuery.parse(q);
        if (query.isEmpty()) {
            return Hits.none(null);
        }
        try (Connection connection = dataSource.getConnection()) {
            Matcher matcher = Matcher.resolve(connection, query, filters, vocabulary);
            Hits<T> hits = matcher.nothing ? Hits.none(null)
                    : order != Order.RELEVANCE ? sorted(connection, matcher, order, offset, size, projection)
                    : filters.priced() ? priced(connection, matcher, start, offset, size, projection)
                    : ranked(connection, matcher, start, offset, size, projection);
            // Nothing matched: every block of every term was read, so the read says which words some product holds.
            return hits.total() == 0 ? Hits.none(vocabulary.correct(connection, query, matcher.held())) : hits;
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    /**
     * The page by relevance: the ranking keeps, per tier, no more of its matches than the page can show,
     * and stops reading blocks once the page is known and {@value #COUNT_AHEAD} more are counted.
     */
    private static <T> Hits<T> ranked(Connection connection, Matcher matcher, Position start, int offset, int size,
            Projection<T> projection) throws SQLException {
        Ranking ranking = new Ranking(start, start == null ? offset + size : size, matcher.topScore());
        matcher.rank(connection, ranking);
        List<long[]> page = ranking.page(start == null ? offset : 0, size);
        boolean more = page.size() == size && (ranking.stopped() || (start == null ? offset + size < ranking.total()
                : ranking.after() > size));
        return new Hits<>(cards(connection, page, projection), ranking.total(), ranking.stopped(),
                more ? cursor(page.get(page.size() - 1)) : null, null);
    }

    /**
     * The page by relevance with a price range: the matches, in relevance order, are checked against it
     * on their documents a few hundred per statement, up to {@value #COUNT_AHEAD} past the page.
     */
    private static <T> Hits<T> priced(Connection connection, Matcher matcher, Position start, int offset,
            int size, Projection<T> projection) throws SQLException {
        Ranking ranking = new Ranking();
        matcher.rank(connection, ranking);
        List<long[]> ordered = ranking.page(0, Integer.MAX_VALUE);
        // Where the page starts: after the cursor's match, or after skipping offset matches in range.
        int begin = 0;
        if (start != null) {
            while (begin < ordered.size() && (ordered.get(begin)[0] > start.score()
                    || ordered.get(begin)[0] == start.score() && ordered.get(begin)[1] <= start.docId())) {
                begin++;
            }
        }
        List<long[]> inRange = new ArrayList<>();
        int skip = start == null ? offset : 0;
        int first = -1; // the first match in range at or after begin, by its place in inRange
        int checked = 0;
        while (checked < ordered.size() && (first < 0 || inRange.size() <= first + skip + size + COUNT_AHEAD)) {
            // As many as the page still needs if all were in range, more each time (a narrow range), at most
            // PRICE_CHECKS per statement.
            int wanted = Math.max(begin - checked, 0) + skip + size + COUNT_AHEAD + 1
                    - (first < 0 ? 0 : inRange.size() - first);
            int chunkSize = Math.min(PRICE_CHECKS, Math.max(wanted, checked));
            List<long[]> chunk = ordered.subList(checked, Math.min(ordered.size(), checked + chunkSize));
            Set<Integer> held = new HashSet<>();
            // Visibility is checked on the rows read, not in the WHERE clause: see cards().
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder("d.doc_id IN ").append(Sql.in(docIdList(chunk), params));
            priceRange(where, params, matcher.filters);
            Sql.query(connection, "SELECT d.doc_id, d.visible FROM search_document d WHERE " + where, params, r -> {
                if (r.getBoolean(2)) {
                    held.add(r.getInt(1));
                }
            });
            for (int i = 0; i < chunk.size(); i++) {
                if (held.contains((int) chunk.get(i)[1])) {
                    if (first < 0 && checked + i >= begin) {
                        first = inRange.size();
                    }
                    inRange.add(chunk.get(i));
                }
            }
            checked += chunk.size();
        }
        boolean lowerBound = checked < ordered.size();
        int from = first < 0 ? inRange.size() : first + skip;
        List<long[]> page = inRange.subList(Math.min(from, inRange.size()), Math.min(from + size, inRange.size()));
        long total = lowerBound ? Math.min(inRange.size(), from + size + COUNT_AHEAD) : inRange.size();
        boolean more = page.size() == size && from + size < inRange.size();
        return new Hits<>(cards(connection, page, projection), total, lowerBound,
                more ? cursor(page.get(page.size() - 1)) : null, null);
    }

    /** A page in another order than relevance: every match, sorted and cut on its documents. */
    private static <T> Hits<T> sorted(Connection connection, Matcher matcher, Order order, int offset, int size,
            Projection<T> projection) throws SQLException {
        Ranking ranking = new Ranking();
        matcher.rank(connection, ranking);
        if (ranking.total() == 0) {
            return Hits.none(null);
        }
        // Every match, written in the statement (see Sql#unprepared).
        String where = "d.visible = TRUE AND d.doc_id IN " + docIds(ranking.page(0, Integer.MAX_VALUE))
                + literalPriceRange(matcher.filters);
        long total = ranking.total();
        if (matcher.filters.priced()) {
            long[] counted = new long[1];
            Sql.unprepared(connection, "SELECT COUNT(*) FROM search_document d WHERE " + where,
                    r -> counted[0] = r.getLong(1));
            total = counted[0];
        }
        List<T> items = new ArrayList<>();
        Sql.unprepared(connection, "SELECT " + projection.columns() + " FROM search_document d " + projection.joins()
                + " WHERE " + where + " ORDER BY " + order.orderBy + " LIMIT " + size + " OFFSET " + offset,
                r -> items.add(projection.mapper().read(r, 1)));
        return new Hits<>(items, total, false, null, null);
    }

    /**
     * The page's cards, read by doc_id, in the page's order (a product that left meanwhile is skipped).
     * Visibility is checked on the rows read: with {@code d.visible = TRUE} in the WHERE clause MariaDB
     * estimated that condition's range in each of the ten listing indexes that start with it before
     * reading the twenty rows by primary key: 160 of its 380 us of CPU.
     */
    private static <T> List<T> cards(Connection connection, List<long[]> page, Projection<T> projection)
            throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Integer, T> items = new HashMap<>();
        List<Object> params = new ArrayList<>();
        String in = Sql.in(docIdList(page), params);
        Sql.query(connection, "SELECT d.doc_id, d.visible, " + projection.columns() + " FROM search_document d "
                + projection.joins() + " WHERE d.doc_id IN " + in, params, r -> {
                    if (r.getBoolean(2)) {
                        items.put(r.getInt(1), projection.mapper().read(r, 3));
                    }
                });
        List<T> cards = new ArrayList<>();
        for (long[] match : page) {
            T item = items.get((int) match[1]);
            if (item != null) {
                cards.add(item);
            }
        }
        return cards;
    }

    /** The doc_ids of {@code matches}, in order. */
    private static List<Integer> docIdList(List<long[]> matches) {
        List<Integer> ids = new ArrayList<>(matches.size());
        for (long[] match : matches) {
            ids.add((int) match[1]);
        }
        return ids;
    }

    /** The doc_ids of {@code matches} as an SQL list of integer literals (never text from a request). */
    private static String docIds(List<long[]> matches) {
        StringBuilder list = new StringBuilder("(");
        for (long[] match : matches) {
            list.append(list.length() == 1 ? "" : ",").append(match[1]);
        }
        return list.append(')').toString();
    }

    /**
     * The price range of {@code filters} as " AND ..." conditions with literal values (validated
     * numbers, never text from a request), for a statement that is not prepared.
     */
    private static String literalPriceRange(Filters filters) {
        return (filters.minPrice() == null ? "" : " AND d.price >= " + filters.minPrice().toPlainString())
                + (filters.maxPrice() == null ? "" : " AND d.price <= " + filters.maxPrice().toPlainString());
    }

    /** Appends the price range of {@code filters}, the one filter not posted as a term, as " AND ..." conditions. */
    private static void priceRange(StringBuilder where, List<Object> params, Filters filters) {
        Matcher.filters(where, params, new Filters(null, null, null, null, filters.minPrice(), filters.maxPrice(),
                null, null), "d");
    }

    private static String cursor(long[] match) {
        return new Position((int) match[0], (int) match[1]).encode();
    }

    /** Counts of the matching products per category, region and label (those asked for). */
    public Map<String, Map<String, Long>> facets(String q, Filters filters, Collection<String> facets) {
        try (Connection connection = dataSource.getConnection()) {
            StringBuilder where = new StringBuilder();
            List<Object> params = new ArrayList<>();
            if (q == null || q.isBlank()) {
                where.append("d.visible = TRUE");
                Matcher.filters(where, params, filters, "d");
            } else {
                SearchQuery query = SearchQuery.parse(q);
                Matcher matcher = query.isEmpty() ? null : Matcher.resolve(connection, query, filters, vocabulary);
                Ranking ranking = new Ranking();
                if (matcher != null && !matcher.nothing) {
                    matcher.rank(connection, ranking);
                }
                if (ranking.total() == 0) {
                    Map<String, Map<String, Long>> empty = new LinkedHashMap<>();
                    facets.forEach(f -> empty.put(f, Map.of()));
                    return empty;
                }
                // Every match, written in the statements (see Sql#unprepared): no parameters.
                where.append("d.visible = TRUE AND d.doc_id IN ").append(docIds(ranking.page(0, Integer.MAX_VALUE)))
                        .append(literalPriceRange(filters));
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
        facetQuery(connection, "SELECT " + column + ", COUNT(*) FROM search_document d WHERE " + where + " GROUP BY "
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
        facetQuery(connection, sql.toString(), params, r -> {
            for (int i = 0; i < labels.size(); i++) {
                long n = r.getLong(i + 1);
                if (n > 0) {
                    counts.put(labels.get(i), n);
                }
            }
        });
        return counts;
    }

    /**
     * A facet's count: prepared when its conditions are parameters (the catalogue's filters), not when
     * a search's matches are written in it (no parameters then).
     */
    private static void facetQuery(Connection connection, String sql, List<Object> params, Sql.Row row)
            throws SQLException {
        if (params.isEmpty()) {
            Sql.unprepared(connection, sql, row);
        } else {
            Sql.query(connection, sql, params, row);
        }
    }

    /** A place in the relevance order: a score (tier) and a doc_id within it. */
    record Position(int score, int docId) {

        String encode() {
            String raw = CURSOR_VERSION + "\n" + score + "\n" + docId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n");
                if (parts.length == 3 && CURSOR_VERSION.equals(parts[0])) {
                    int score = Integer.parseInt(parts[1]);
                    if (score >= 0 && score <= 7) {
                        return new Position(score, Integer.parseInt(parts[2]));
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
     * The matches of a search in relevance order, fed block by block in doc_id order: every match is
     * counted, and kept only as far as a page needs (after the cursor's position, at most {@code keep}
     * per tier). A ranking for one page by relevance may stop after a block ({@link #stopped()}): once
     * the highest tier a match can reach holds the whole page, no later match can enter it, and once
     * {@value #COUNT_AHEAD} more are counted, the total is given as a lower bound (as a search engine
     * counts hits up to a threshold).
     */
    static final class Ranking {
        private final Position start;
        private final int keep;
        private final int top;
        private final long[] counts = new long[8];
        private final int[][] kept = new int[8][];
        private final int[] sizes = new int[8];
        private long after;
        private boolean stopped;

        /** A ranking that keeps every match and never stops. */
        Ranking() {
            this(null, Integer.MAX_VALUE, -1);
        }

        /** A ranking for a page of {@code keep} after {@code start} (or of the first {@code keep}) that may stop. */
        Ranking(Position start, int keep, int top) {
            this.start = start;
            this.keep = keep;
            this.top = start == null ? top : Math.min(top, start.score());
        }

        boolean mayStop() {
            return top >= 0;
        }

        /** Whether the matches of later blocks can change neither the page nor what the total says. */
        boolean stopped() {
            return stopped;
        }

        /**
         * After each block: stops once the highest tier holds the page and more than {@value
         * #COUNT_AHEAD} are counted past it (past the cursor: the total then counts at least as many).
         */
        void blockDone() {
            stopped = mayStop() && sizes[top] >= keep && after > (long) keep + COUNT_AHEAD;
        }

        void add(int score, int docId) {
            counts[score]++;
            if (start != null && (score > start.score() || score == start.score() && docId <= start.docId())) {
                return;
            }
            after++;
            if (sizes[score] < keep) {
                int[] tier = kept[score];
                if (tier == null || sizes[score] == tier.length) {
                    kept[score] = tier = Arrays.copyOf(tier == null ? new int[0] : tier,
                            (int) Math.min(keep, Math.max(16, 2L * sizes[score])));
                }
                tier[sizes[score]++] = docId;
            }
        }

        /** Every match of the search. */
        long total() {
            long total = 0;
            for (long count : counts) {
                total += count;
            }
            return total;
        }

        /** The matches after the cursor (all of them without one). */
        long after() {
            return after;
        }

        /** Up to {@code size} kept matches, {score, doc_id}, after skipping {@code skip}. */
        List<long[]> page(int skip, int size) {
            List<long[]> page = new ArrayList<>();
            for (int score = 7; score >= 0 && page.size() < size; score--) {
                for (int i = 0; i < sizes[score] && page.size() < size; i++) {
                    if (skip > 0) {
                        skip--;
                    } else {
                        page.add(new long[] { score, kept[score][i] });
                    }
                }
            }
            return page;
        }
    }

    /**
     * The query resolved against the vocabulary: for each word the indexed terms that match it whole
     * and those that complete it, and the filters; marked {@code nothing} when a word matches no
     * indexed term (nothing can match).
     */
    static final class Matcher {
        /** Per block: a term's entries, and whether it completes the last word rather than matching it whole. */
        private record Part(PostingBlocks.Block block, boolean completion) {
        }

        /**
         * A block's candidates (the places its driving group holds) with what was found of each, and the
         * stamps that merge the driving group's terms: reused by each thread.
         */
        private static final class Scratch {
            final int[] stamp = new int[PostingBlocks.BLOCK_SIZE];
            final int[] slot = new int[PostingBlocks.BLOCK_SIZE];
            final int[] places = new int[PostingBlocks.BLOCK_SIZE];
            final long[] groups = new long[PostingBlocks.BLOCK_SIZE];
            final long[] names = new long[PostingBlocks.BLOCK_SIZE];
            final int[] flags = new int[PostingBlocks.BLOCK_SIZE];
            int generation;

            int next() {
                if (++generation == Integer.MAX_VALUE) {
                    Arrays.fill(stamp, 0);
                    generation = 1;
                }
                return generation;
            }
        }

        private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

        /** Flags of a place: in stock, the last word there whole, the last word's completion in the name. */
        private static final int STOCKED = 1;
        private static final int WHOLE_WORD = 2;
        private static final int COMPLETION_IN_NAME = 4;

        private final List<Set<String>> exact = new ArrayList<>();
        private final List<Set<String>> completions = new ArrayList<>();
        /** The terms of the query that the postings read found (some visible product holds them). */
        private final Set<String> held = new HashSet<>();
        /** Whether a word matched no term at all: nothing can match, no postings are read. */
        private boolean nothing;
        final Filters filters;

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
                    // Nothing can match. The database looked the words up (the dictionary keeps every
                    // unknown word as a candidate): the terms it found are those a product holds.
                    known.docs().forEach((term, docs) -> {
                        if (docs > 0) {
                            matcher.held.add(term);
                        }
                    });
                    matcher.nothing = true;
                    return matcher;
                }
                matcher.exact.add(exact);
                matcher.completions.add(completions.keySet());
            }
            return matcher;
        }

        /** The filter values every match must be posted under. */
        private List<String> filterTerms() {
            List<String> terms = new ArrayList<>();
            if (filters.region() != null) {
                terms.add(SearchDocument.filterTerm(SearchDocument.Filter.REGION, filters.region()));
            }
            if (filters.category() != null) {
                terms.add(SearchDocument.filterTerm(SearchDocument.Filter.CATEGORY, filters.category()));
            }
            if (filters.sector() != null) {
                terms.add(SearchDocument.filterTerm(SearchDocument.Filter.SECTOR, filters.sector()));
            }
            if (filters.cooperativeId() != null) {
                terms.add(SearchDocument.filterTerm(SearchDocument.Filter.COOPERATIVE, filters.cooperativeId()));
            }
            if (filters.women() != null) {
                terms.add(SearchDocument.filterTerm(SearchDocument.Filter.WOMEN, String.valueOf(filters.women())));
            }
            return terms;
        }

        /**
         * Feeds every match to {@code ranking}, tier by tier in doc_id order: the postings of every term
         * read in one statement, then, block by block, the places held by the group (a word, or a filter
         * value) with the fewest postings checked against the others.
         */
        void rank(Connection connection, Ranking ranking) throws SQLException {
            int words = exact.size();
            int last = words - 1;
            List<String> filterTerms = filterTerms();
            int groups = words + filterTerms.size();
            if (groups > Long.SIZE - 1) {
                throw new InvalidRequestException("q", "has too many words");
            }
            List<Set<String>> groupTerms = new ArrayList<>();
            Set<String> terms = new LinkedHashSet<>();
            for (int i = 0; i < words; i++) {
                Set<String> word = new LinkedHashSet<>(exact.get(i));
                word.addAll(completions.get(i));
                groupTerms.add(word);
                terms.addAll(word);
            }
            filterTerms.forEach(t -> groupTerms.add(Set.of(t)));
            terms.addAll(filterTerms);
            // A page that can stop early reads the first blocks first: a common word's first page is
            // usually found there, and then its other blocks are never read.
            int to = ranking.mayStop() ? FIRST_BLOCKS - 1 : Integer.MAX_VALUE;
            rank(held(PostingBlocks.read(connection, terms, 0, to)), groupTerms, ranking);
            if (to != Integer.MAX_VALUE && !ranking.stopped()) {
                rank(held(PostingBlocks.read(connection, terms, to + 1, Integer.MAX_VALUE)), groupTerms, ranking);
            }
        }

        /** Notes which terms the blocks read hold; returns the blocks. */
        private Map<String, List<PostingBlocks.Block>> held(Map<String, List<PostingBlocks.Block>> blocks) {
            held.addAll(blocks.keySet());
            return blocks;
        }

        /**
         * The query's terms some visible product holds, as the postings read (or, when a word matched
         * nothing, the database's lookup) found them: complete once a search found nothing (it then read
         * every block of every term).
         */
        Set<String> held() {
            return held;
        }

        /** The highest score a match can have: in stock unless filtered out, whole if the last word can be. */
        int topScore() {
            return (Boolean.FALSE.equals(filters.inStock()) ? 0 : IN_STOCK)
                    + (exact.get(exact.size() - 1).isEmpty() ? 0 : WHOLE) + ALL_IN_NAME;
        }

        /** Ranks the matches among {@code blocks} (blocks in order, after those ranked before). */
        private void rank(Map<String, List<PostingBlocks.Block>> blocks, List<Set<String>> groupTerms,
                Ranking ranking) {
            int words = exact.size();
            int last = words - 1;
            int groups = groupTerms.size();
            List<Map<Integer, List<Part>>> parts = new ArrayList<>();
            long[] postings = new long[groups];
            int driver = 0;
            for (int g = 0; g < groups; g++) {
                Map<Integer, List<Part>> byNumber = new HashMap<>();
                for (String term : groupTerms.get(g)) {
                    boolean completion = g == last && !exact.get(last).contains(term);
                    for (PostingBlocks.Block block : blocks.getOrDefault(term, List.of())) {
                        byNumber.computeIfAbsent(block.number(), n -> new ArrayList<>()).add(new Part(block, completion));
                        postings[g] += block.size();
                    }
                }
                if (postings[g] == 0) {
                    return; // a word or a filter value that no visible product holds here
                }
                parts.add(byNumber);
                if (postings[g] < postings[driver]) {
                    driver = g;
                }
            }
            int[] numbers = parts.get(driver).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            // The other groups checked from the rarest: the candidates they leave are fewer for the next.
            int[] order = java.util.stream.IntStream.range(0, groups).boxed()
                    .sorted(java.util.Comparator.comparingLong(g -> postings[g])).mapToInt(Integer::intValue).toArray();
            Scratch s = SCRATCH.get();
            long allWords = (1L << words) - 1;
            long allButLast = allWords & ~(1L << last);
            List<List<Part>> inBlock = new ArrayList<>(groups);
            for (int number : numbers) {
                if (ranking.stopped()) {
                    return;
                }
                inBlock.clear();
                for (Map<Integer, List<Part>> group : parts) {
                    List<Part> held = group.get(number);
                    if (held == null) {
                        break;
                    }
                    inBlock.add(held);
                }
                if (inBlock.size() < groups) {
                    continue; // a group holds nothing in this block
                }
                int found = candidates(s, inBlock.get(driver), driver, last, words);
                for (int g : order) {
                    if (g == driver || found == 0) {
                        continue;
                    }
                    List<Part> held = inBlock.get(g);
                    int generation = 0;
                    if (held.size() > 1) {
                        // Several terms (a prefix's completions): each entry finds its candidate by its place.
                        generation = s.next();
                        for (int c = 0; c < found; c++) {
                            s.stamp[s.places[c]] = generation;
                            s.slot[s.places[c]] = c;
                        }
                    }
                    for (Part part : held) {
                        if (held.size() > 1 && part.block().size() < 8 * found) {
                            bySlot(s, generation, part, g, last, words);
                        } else {
                            mark(s, found, part, g, last, words);
                        }
                    }
                    // Only the candidates that hold this group go on.
                    long bit = 1L << g;
                    int kept = 0;
                    for (int c = 0; c < found; c++) {
                        if ((s.groups[c] & bit) != 0) {
                            s.places[kept] = s.places[c];
                            s.groups[kept] = s.groups[c];
                            s.names[kept] = s.names[c];
                            s.flags[kept] = s.flags[c];
                            kept++;
                        }
                    }
                    found = kept;
                }
                int base = number << PostingBlocks.BLOCK_BITS;
                for (int c = 0; c < found; c++) {
                    int flags = s.flags[c];
                    boolean stocked = (flags & STOCKED) != 0;
                    if (filters.inStock() != null && filters.inStock() != stocked) {
                        continue;
                    }
                    boolean whole = (flags & WHOLE_WORD) != 0;
                    long names = s.names[c];
                    boolean allInName = whole ? (names & allWords) == allWords
                            : (names & allButLast) == allButLast && (flags & COMPLETION_IN_NAME) != 0;
                    ranking.add((stocked ? IN_STOCK : 0) + (whole ? WHOLE : 0) + (allInName ? ALL_IN_NAME : 0),
                            base | s.places[c]);
                }
                ranking.blockDone();
            }
        }

        /**
         * The places a block's driving group holds, in order, with what its entries say of each: the
         * candidates the other groups are checked against. Returns how many.
         */
        private static int candidates(Scratch s, List<Part> parts, int group, int last, int words) {
            int found = 0;
            if (parts.size() == 1) {
                PostingBlocks.Block block = parts.get(0).block();
                for (int i = 0, n = block.size(); i < n; i++) {
                    int entry = block.entry(i);
                    s.places[found] = entry >>> 2;
                    s.groups[found] = 0;
                    s.names[found] = 0;
                    s.flags[found] = (entry & PostingBlocks.IN_STOCK) != 0 ? STOCKED : 0;
                    record(s, found, entry, parts.get(0).completion(), group, last, words);
                    found++;
                }
                return found;
            }
            // Several terms (a typed prefix's completions): their places merged, then put in order.
            int generation = s.next();
            for (Part part : parts) {
                PostingBlocks.Block block = part.block();
                for (int i = 0, n = block.size(); i < n; i++) {
                    int entry = block.entry(i);
                    int place = entry >>> 2;
                    if (s.stamp[place] != generation) {
                        s.stamp[place] = generation;
                        s.places[found++] = place;
                    }
                }
            }
            Arrays.sort(s.places, 0, found);
            for (int c = 0; c < found; c++) {
                s.slot[s.places[c]] = c;
                s.groups[c] = 0;
                s.names[c] = 0;
                s.flags[c] = 0;
            }
            for (Part part : parts) {
                PostingBlocks.Block block = part.block();
                for (int i = 0, n = block.size(); i < n; i++) {
                    int entry = block.entry(i);
                    int c = s.slot[entry >>> 2];
                    s.flags[c] |= (entry & PostingBlocks.IN_STOCK) != 0 ? STOCKED : 0;
                    record(s, c, entry, part.completion(), group, last, words);
                }
            }
            return found;
        }

        /**
         * Marks the candidates that {@code part} holds as holding group {@code g}: a merge of two sorted
         * lists, galloping over the part's entries when they far outnumber the candidates.
         */
        private static void mark(Scratch s, int found, Part part, int g, int last, int words) {
            PostingBlocks.Block block = part.block();
            int n = block.size();
            int i = 0;
            for (int c = 0; c < found && i < n; c++) {
                int place = s.places[c];
                if (block.entry(i) >>> 2 < place) {
                    // Gallop: double the step until past the place, then search the last step.
                    int step = 1;
                    int low = i;
                    while (i + step < n && block.entry(i + step) >>> 2 < place) {
                        low = i + step;
                        step <<= 1;
                    }
                    int high = Math.min(n - 1, i + step);
                    while (low < high) {
                        int mid = (low + high) >>> 1;
                        if (block.entry(mid) >>> 2 < place) {
                            low = mid + 1;
                        } else {
                            high = mid;
                        }
                    }
                    i = low;
                }
                int entry = block.entry(i);
                if (entry >>> 2 == place) {
                    record(s, c, entry, part.completion(), g, last, words);
                }
            }
        }

        /** Marks the candidates that {@code part} holds, each entry finding its candidate by its place's slot. */
        private static void bySlot(Scratch s, int generation, Part part, int g, int last, int words) {
            PostingBlocks.Block block = part.block();
            for (int i = 0, n = block.size(); i < n; i++) {
                int entry = block.entry(i);
                int place = entry >>> 2;
                if (s.stamp[place] == generation) {
                    record(s, s.slot[place], entry, part.completion(), g, last, words);
                }
            }
        }

        /** What an entry of group {@code g} says of candidate {@code c}: the group, the name, a whole last word. */
        private static void record(Scratch s, int c, int entry, boolean completion, int g, int last, int words) {
            s.groups[c] |= 1L << g;
            if (g >= words) {
                return; // a filter value
            }
            boolean inName = (entry & PostingBlocks.IN_NAME) != 0;
            if (g == last && completion) {
                if (inName) {
                    s.flags[c] |= COMPLETION_IN_NAME;
                }
            } else {
                if (inName) {
                    s.names[c] |= 1L << g;
                }
                if (g == last) {
                    s.flags[c] |= WHOLE_WORD;
                }
            }
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
