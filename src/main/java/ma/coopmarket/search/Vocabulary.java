package ma.coopmarket.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.scheduler.Scheduled;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.jboss.logging.Logger;

import ma.coopmarket.shared.readcache.ReadCacheConfig;
import ma.coopmarket.shared.text.Language;

/**
 * The index's vocabulary (search_term): every indexed term, the word it was first seen as, that
 * word's language and how many visible products hold it. It completes typed prefixes (type-ahead,
 * and the last word of a search) and corrects misspelt words ("did you mean").
 */
@ApplicationScoped
public class Vocabulary {

    private static final Logger LOG = Logger.getLogger(Vocabulary.class);

    /** Words shorter than this are never corrected (too many neighbours within two edits). */
    static final int MIN_CORRECTED = 5;

    private static final String HELD = " AND EXISTS (SELECT 1 FROM search_block b WHERE b.term = t.term)";

    /** Completions of a typed prefix read, the most common first (a search uses the first 50, type-ahead 10). */
    static final int COMPLETIONS_READ = 60;

    private final DataSource dataSource;

    /** The held terms as of the last load (null before the first): lookups start here. */
    private volatile TermDictionary dictionary;

    /**
     * Terms this instance has written since the last count refresh began, and those written before it
     * while it runs: the dictionary holds only counted terms, and a word a cooperative has just added
     * must complete at once on the instance that wrote it.
     */
    private volatile Generation recent = new Generation();
    private volatile Generation counting = new Generation();

    /**
     * At most this many recent terms are kept (each lookup reads them all); beyond, completions come
     * from the database until the next count refresh.
     */
    static final int MAX_RECENT = 5_000;

    /** A recent term with its written form folded (what a typed prefix is compared with). */
    private record Added(Row row, String form) {
    }

    /** Terms written between two count refreshes, and whether some did not fit. */
    private record Generation(Map<String, Added> terms, AtomicBoolean overflowed) {
        Generation() {
            this(new ConcurrentHashMap<>(), new AtomicBoolean());
        }
    }

    /**
     * Type-ahead answers, when the read cache is on: they depend on the dictionary only (not on stock or
     * prices), so they are kept until it changes: a load, or a word this instance has just written.
     */
    private final Cache<String, List<String>> suggestions;

    /** Bumped by every change of what completes (a load, a new word): part of the answers' keys. */
    private final AtomicLong completing = new AtomicLong();

    public Vocabulary(DataSource dataSource, ReadCacheConfig config) {
        this.dataSource = dataSource;
        this.suggestions = config.enabled() ? Caffeine.newBuilder().maximumSize(SUGGESTIONS_KEPT).build() : null;
    }

    /** Type-ahead answers kept at most. */
    static final int SUGGESTIONS_KEPT = 20_000;

    /** Loads the term dictionary again (new terms of other instances, fresh counts). */
    @Scheduled(every = "${coopmarket.search.dictionary-reload}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void reload() {
        load();
    }

    /**
     * Loads the dictionary; one load at a time, so that the last one published is the last one read
     * (a count refresh's load never loses to a scheduled one that began before it).
     */
    private synchronized boolean load() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            dictionary = TermDictionary.load(connection);
            forgetSuggestions();
        } catch (SQLException e) {
            LOG.warnf(e, "search: loading the term dictionary failed; lookups use the database until the next load");
            return false;
        }
        LOG.debugf("search: term dictionary loaded, %d terms in %d ms", dictionary.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Terms just written to search_term by this instance (see {@link #recent}). */
    void added(Map<String, SearchDocument.Term> terms) {
        TermDictionary known = dictionary;
        Generation into = recent;
        terms.forEach((term, t) -> {
            if (known == null || known.row(term) == null) {
                if (into.terms().size() < MAX_RECENT) {
                    if (into.terms().putIfAbsent(term, new Added(new Row(term, t.word(), t.language(), 1),
                            TextAnalysis.folded(t.word()))) == null) {
                        forgetSuggestions();
                    }
                } else {
                    into.overflowed().set(true);
                }
            }
        });
    }

    /** The counts of those of {@code terms} that some visible product holds. */
    Map<String, Long> docs(Connection connection, Collection<String> terms) throws SQLException {
        return lookupInDatabase(connection, terms, List.of()).docs();
    }

    /**
     * What a query's words are looked up as: the terms among its words that may be held, with their
     * counts (0: not known to the dictionary, the postings read decides), and the completions of its
     * prefixes.
     */
    record Lookup(Map<String, Long> docs, Map<String, Long> completions) {

        /** The {@code limit} most common held completions, with their counts. */
        Map<String, Long> completions(int limit) {
            Map<String, Long> terms = new LinkedHashMap<>();
            for (Map.Entry<String, Long> e : completions.entrySet()) {
                if (terms.size() == limit) {
                    break;
                }
                terms.put(e.getKey(), e.getValue());
            }
            return terms;
        }
    }

    /**
     * The terms among {@code terms} that may be held, and the {@value #COMPLETIONS_READ} most common held
     * terms starting with one of {@code prefixes}: from the dictionary in memory, or, before it is loaded
     * or when it has no completion, in one round trip (index range reads, never a vocabulary scan).
     */
    Lookup lookup(Connection connection, Collection<String> terms, Collection<String> prefixes) throws SQLException {
        TermDictionary known = dictionary;
        if (known == null) {
            return lookupInDatabase(connection, terms, prefixes);
        }
        Map<String, Long> docs = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String term : terms) {
            Row row = held(known, term);
            if (row != null) {
                docs.put(term, Math.max(1, row.docs()));
            } else {
                unknown.add(term);
            }
        }
        List<Row> completed = prefixes.isEmpty() ? List.of() : completions(known, prefixes);
        boolean completionsFromDatabase = !prefixes.isEmpty() && (completed.isEmpty() || overflowed());
        if (completionsFromDatabase) {
            completed = List.of();
        }
        if (!completionsFromDatabase) {
            // A term the dictionary does not hold (yet: written since its load, or by another instance)
            // stays a candidate, its count unknown (0): the search's postings read, which it joins, says
            // whether a product holds it. Most queries have one (a word's unstemmed form, a prefix typed
            // so far), and looking it up here first cost a round trip of its own.
            unknown.forEach(term -> docs.put(term, 0L));
            Map<String, Long> completions = new LinkedHashMap<>();
            completed.forEach(row -> completions.put(row.term(), Math.max(1, row.docs())));
            return new Lookup(docs, completions);
        }
        // Completions the dictionary cannot give: the database gives them, and says which words it holds.
        Lookup fresh = lookupInDatabase(connection, unknown, completionsFromDatabase ? prefixes : List.of());
        docs.putAll(fresh.docs());
        Map<String, Long> completions = new LinkedHashMap<>(fresh.completions());
        completed.forEach(row -> completions.put(row.term(), Math.max(1, row.docs())));
        return new Lookup(docs, completions);
    }

    private Row held(TermDictionary known, String term) {
        Row row = known.row(term);
        Added added = row != null ? null : recent.terms().getOrDefault(term, counting.terms().get(term));
        return row != null ? row : added == null ? null : added.row();
    }

    private boolean overflowed() {
        return recent.overflowed().get() || counting.overflowed().get();
    }

    /** The dictionary's completions with this instance's recent terms, most common first. */
    private List<Row> completions(TermDictionary known, Collection<String> prefixes) {
        List<Row> rows = new ArrayList<>(known.completions(prefixes, COMPLETIONS_READ));
        if (!recent.terms().isEmpty() || !counting.terms().isEmpty()) {
            Set<String> seen = new HashSet<>();
            rows.forEach(r -> seen.add(r.term()));
            List<Added> added = new ArrayList<>(recent.terms().values());
            added.addAll(counting.terms().values());
            for (Added a : added) {
                Row row = a.row();
                if (!seen.contains(row.term())
                        && prefixes.stream().anyMatch(p -> row.term().startsWith(p) || a.form().startsWith(p))) {
                    rows.add(row);
                    seen.add(row.term());
                }
            }
        }
        return rows;
    }

    private Lookup lookupInDatabase(Connection connection, Collection<String> terms, Collection<String> prefixes)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT c.term, c.docs, c.completion FROM (");
        String separator = "";
        if (!terms.isEmpty()) {
            sql.append("SELECT t.term, t.docs, 0 AS completion FROM search_term t WHERE t.term IN ")
                    .append(Sql.in(terms, params));
            separator = " UNION ALL ";
        }
        if (!prefixes.isEmpty()) {
            sql.append(separator).append("SELECT x.term, x.docs, 1 AS completion FROM (")
                    .append(completions(prefixes, params)).append(") x");
        } else if (terms.isEmpty()) {
            return new Lookup(Map.of(), Map.of());
        }
        sql.append(") c WHERE EXISTS (SELECT 1 FROM search_block b WHERE b.term = c.term) ORDER BY c.docs DESC, c.term");
        Map<String, Long> docs = new LinkedHashMap<>();
        Map<String, Long> completions = new LinkedHashMap<>();
        Sql.query(connection, sql.toString(), params, r -> {
            long count = Math.max(1, r.getLong(2));
            (r.getInt(3) == 0 ? docs : completions).put(r.getString(1), count);
        });
        return new Lookup(docs, completions);
    }

    /**
     * Up to {@code limit} completions of what a shopper is typing: the query with its last word
     * completed by the most common indexed words that start with it, in her language (Arabic for a
     * word in Arabic script; else French or English as asked, the other one after).
     */
    public List<String> suggest(String q, Language language, int limit) {
        return suggestions == null ? complete(q, language, limit)
                : suggestions.get(completing.get() + "|" + language + "|" + limit + "|" + q,
                        key -> complete(q, language, limit));
    }

    private void forgetSuggestions() {
        completing.incrementAndGet();
        if (suggestions != null) {
            suggestions.invalidateAll();
        }
    }

    private List<String> complete(String q, Language language, int limit) {
        List<String> typed = TextAnalysis.words(q);
        if (typed.isEmpty()) {
            return List.of();
        }
        String last = typed.get(typed.size() - 1);
        int at = q.lastIndexOf(last);
        String before = at < 0 ? "" : q.substring(0, at);
        String elided = TextAnalysis.display(last);
        String article = last.length() > elided.length() ? last.substring(0, last.length() - elided.length()) : "";
        Set<String> prefixes = new LinkedHashSet<>(TextAnalysis.alternatives(last));
        String folded = TextAnalysis.folded(last);
        if (!folded.isEmpty()) {
            prefixes.add(folded);
        }
        Language wanted = TextAnalysis.isArabic(last) ? Language.ar : language == Language.ar ? Language.fr : language;
        String typedFold = TextAnalysis.fold(elided);
        try {
            List<String> first = new ArrayList<>();
            List<String> then = new ArrayList<>();
            for (Row row : completionRows(prefixes)) {
                String word = row.word();
                if (!TextAnalysis.fold(word).startsWith(typedFold) && !row.term().startsWith(folded)) {
                    continue; // a completion of the stem that does not read as a completion of what was typed
                }
                if (row.language() == wanted) {
                    first.add(word);
                } else if (wanted != Language.ar && row.language() != Language.ar) {
                    then.add(word);
                }
            }
            Set<String> out = new LinkedHashSet<>();
            for (String word : concat(first, then)) {
                if (out.size() == limit) {
                    break;
                }
                out.add(before + article + word);
            }
            return List.copyOf(out);
        } catch (SQLException e) {
            throw new IllegalStateException("suggestions failed", e);
        }
    }

    /**
     * The query with each word that matches nothing replaced by the closest held word (at most two
     * edits away, words of {@value #MIN_CORRECTED}+ letters, same first letter), or null when no word
     * could be corrected. {@code held}: the query's terms that some visible product holds, when the
     * search's postings read already told (null: ask the database).
     */
    String correct(Connection connection, SearchQuery query, Set<String> held) throws SQLException {
        List<String> out = new ArrayList<>();
        boolean corrected = false;
        for (SearchQuery.Word word : query.words()) {
            String replacement = null;
            if (word.typed().codePointCount(0, word.typed().length()) >= MIN_CORRECTED
                    && (held != null ? word.exact().stream().noneMatch(held::contains)
                            : docs(connection, word.exact()).isEmpty())) {
                replacement = closest(connection, word.exact());
            }
            corrected |= replacement != null;
            out.add(replacement == null ? word.typed() : replacement);
        }
        return corrected ? String.join(" ", out) : null;
    }

    private String closest(Connection connection, Set<String> terms) throws SQLException {
        Row best = null;
        int bestDistance = 3;
        for (String term : terms) {
            List<Row> candidates = candidates(connection, term);
            // One edit first; the automaton of two edits (far costlier to build) only when none is that close.
            for (int distance = 1; distance <= 2 && distance < bestDistance; distance++) {
                CharacterRunAutomaton within = new CharacterRunAutomaton(
                        new LevenshteinAutomata(term, true).toAutomaton(distance));
                for (Row candidate : candidates) {
                    // The word itself is no correction (the dictionary may still count a word that is gone).
                    if (!terms.contains(candidate.term()) && within.run(candidate.term())
                            && (distance < bestDistance || candidate.docs() > best.docs())) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
        }
        // The dictionary's counts may be older than the last change: a product must still hold it.
        return best == null || docs(connection, List.of(best.term())).isEmpty() ? null : best.word();
    }

    /** Held terms of the same first letter and about the same length as {@code term}. */
    private List<Row> candidates(Connection connection, String term) throws SQLException {
        int length = term.codePointCount(0, term.length());
        String first = term.substring(0, Character.charCount(term.codePointAt(0)));
        TermDictionary known = dictionary;
        if (known != null) {
            return known.startingWith(first, length - 2, length + 2);
        }
        List<Row> candidates = new ArrayList<>();
        Sql.query(connection, "SELECT t.term, t.word, t.lang, t.docs FROM search_term t WHERE t.term LIKE ? ESCAPE '!'"
                + " AND CHAR_LENGTH(t.term) BETWEEN ? AND ?" + HELD,
                new ArrayList<>(List.of(escape(first) + "%", length - 2, length + 2)), r -> candidates.add(row(r)));
        return candidates;
    }

    /**
     * Sets each term's count of visible products, from the postings. Runs after a backfill and on a
     * schedule: the counts only rank completions and pick which word a search walks first.
     */
    public void refreshCounts() {
        long started = System.nanoTime();
        counting = recent;
        recent = new Generation();
        String after = "";
        int terms = 0;
        try (Connection connection = dataSource.getConnection()) {
            while (true) {
                List<Object> batch = new ArrayList<>();
                Sql.query(connection, "SELECT term FROM search_term WHERE term > ? ORDER BY term LIMIT 500",
                        new ArrayList<>(List.of(after)), r -> batch.add(r.getString(1)));
                if (batch.isEmpty()) {
                    break;
                }
                // Counted first without locks, then written in one short statement: writers that add
                // terms meanwhile never wait on a count.
                Map<String, Long> counts = new LinkedHashMap<>();
                // A block holds two bytes per posting.
                Sql.query(connection, "SELECT b.term, SUM(OCTET_LENGTH(b.postings)) FROM search_block b WHERE b.term IN "
                        + SearchIndex.placeholders(batch.size()) + " GROUP BY b.term", batch,
                        r -> counts.put(r.getString(1), r.getLong(2) / 2));
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE search_term SET docs = ? WHERE term = ?")) {
                    for (Object term : batch) {
                        update.setLong(1, counts.getOrDefault((String) term, 0L));
                        update.setString(2, (String) term);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
                terms += batch.size();
                after = (String) batch.get(batch.size() - 1);
            }
        } catch (SQLException e) {
            LOG.warnf(e, "search: refreshing the vocabulary's counts failed after %d terms; the next run retries", terms);
            counting.terms().forEach(recent.terms()::putIfAbsent);
            if (counting.overflowed().get()) {
                recent.overflowed().set(true);
            }
            counting = new Generation();
            return;
        }
        LOG.infof("search: vocabulary counts refreshed, %d terms in %d ms", terms, (System.nanoTime() - started) / 1_000_000);
        // The terms written before the count are now counted: held by the dictionary, or gone.
        if (load()) {
            counting = new Generation();
        }
    }

    record Row(String term, String word, Language language, long docs) {
    }

    private static Row row(java.sql.ResultSet r) throws SQLException {
        return new Row(r.getString(1), r.getString(2), Language.valueOf(r.getString(3)), r.getLong(4));
    }

    /** Completions of {@code prefixes}: from the dictionary, or from the database when it knows none. */
    private List<Row> completionRows(Collection<String> prefixes) throws SQLException {
        TermDictionary known = dictionary;
        if (known != null && !overflowed()) {
            List<Row> rows = completions(known, prefixes);
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, prefixes);
        }
    }

    private static List<Row> rows(Connection connection, Collection<String> prefixes) throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (prefixes.isEmpty()) {
            return rows;
        }
        List<Object> params = new ArrayList<>();
        Sql.query(connection, "SELECT t.term, t.word, t.lang, t.docs FROM (" + completions(prefixes, params)
                + ") c JOIN search_term t ON t.term = c.term WHERE EXISTS (SELECT 1 FROM search_block b WHERE b.term = t.term)"
                + " ORDER BY t.docs DESC, t.term", params, r -> rows.add(row(r)));
        return rows;
    }

    /**
     * SELECT term, docs of the {@value #COMPLETIONS_READ} most common terms that start with one of
     * {@code prefixes} or were indexed from a word (as written, folded) that does: a stem need not
     * start with what is typed ("datt" → "dattes" → "date"). Two index range reads, whatever the
     * vocabulary's size; whether a term is still held is checked on these few only.
     */
    private static String completions(Collection<String> prefixes, List<Object> params) {
        StringBuilder terms = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (String prefix : prefixes) {
            terms.append(terms.isEmpty() ? "" : " OR ").append("t.term LIKE ? ESCAPE '!'");
            params.add(escape(prefix) + "%");
        }
        for (String prefix : prefixes) {
            words.append(words.isEmpty() ? "" : " OR ").append("w.word_key LIKE ? ESCAPE '!'");
            params.add(escape(prefix) + "%");
        }
        params.add(COMPLETIONS_READ);
        return "(SELECT t.term, t.docs FROM search_term t WHERE " + terms + ") UNION (SELECT t.term, t.docs"
                + " FROM search_word w JOIN search_term t ON t.term = w.term WHERE " + words
                + ") ORDER BY docs DESC, term LIMIT ?";
    }

    private static String escape(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
