package ma.coopmarket.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.coopmarket.shared.text.Language;

/**
 * The index's term dictionary held in memory, as a search engine holds its terms index: every held
 * term of search_term (its word, language and count of products) and every written form of
 * search_word, sorted, so that a prefix is a binary search and its completions a short range. An
 * immutable snapshot, read from the database in two range reads and replaced whole by the next
 * load; {@link Vocabulary} falls back to the database for whatever a snapshot does not know yet.
 *
 * <p>A term is held here when its count of products was above zero at the last count refresh: a term
 * that a write has just added is unknown until then, and the database answers for it.
 */
final class TermDictionary {

    private static final Comparator<Vocabulary.Row> BY_DOCS = Comparator.comparingLong(Vocabulary.Row::docs).reversed()
            .thenComparing(Vocabulary.Row::term);

    /** Held terms in order, with their rows. */
    private final String[] terms;
    private final Vocabulary.Row[] rows;
    /** Written forms (folded) in order, each with the index of its term in {@link #terms}. */
    private final String[] forms;
    private final int[] formTerms;

    private TermDictionary(String[] terms, Vocabulary.Row[] rows, String[] forms, int[] formTerms) {
        this.terms = terms;
        this.rows = rows;
        this.forms = forms;
        this.formTerms = formTerms;
    }

    /** Reads the held terms and their written forms (two range reads in key order). */
    static TermDictionary load(Connection connection) throws SQLException {
        List<Vocabulary.Row> held = new ArrayList<>();
        Sql.query(connection, "SELECT t.term, t.word, t.lang, t.docs FROM search_term t WHERE t.docs > 0", List.of(),
                r -> held.add(new Vocabulary.Row(r.getString(1), r.getString(2), Language.valueOf(r.getString(3)),
                        r.getLong(4))));
        // Sorted here rather than by the database: Java's order is the one the binary searches use.
        held.sort(Comparator.comparing(Vocabulary.Row::term));
        Vocabulary.Row[] rows = held.toArray(Vocabulary.Row[]::new);
        String[] terms = new String[rows.length];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            terms[i] = rows[i].term();
            index.put(terms[i], i);
        }
        List<String[]> written = new ArrayList<>();
        Sql.query(connection, "SELECT w.word_key, w.term FROM search_word w", List.of(), r -> {
            if (index.containsKey(r.getString(2))) {
                written.add(new String[] { r.getString(1), r.getString(2) });
            }
        });
        written.sort(Comparator.comparing((String[] f) -> f[0]).thenComparing(f -> f[1]));
        String[] forms = new String[written.size()];
        int[] formTerms = new int[written.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = written.get(i)[0];
            formTerms[i] = index.get(written.get(i)[1]);
        }
        return new TermDictionary(terms, rows, forms, formTerms);
    }

    int size() {
        return terms.length;
    }

    /** The row of a held term, or null. */
    Vocabulary.Row row(String term) {
        int at = Arrays.binarySearch(terms, term);
        return at >= 0 ? rows[at] : null;
    }

    /**
     * The {@code limit} most common held terms that start with one of {@code prefixes}, or whose
     * written form does, most common first (as {@link Vocabulary}'s database completions order them).
     */
    List<Vocabulary.Row> completions(Collection<String> prefixes, int limit) {
        Map<String, Vocabulary.Row> found = new LinkedHashMap<>();
        for (String prefix : prefixes) {
            for (int i = first(terms, prefix); i < terms.length && terms[i].startsWith(prefix); i++) {
                found.putIfAbsent(terms[i], rows[i]);
            }
            for (int i = first(forms, prefix); i < forms.length && forms[i].startsWith(prefix); i++) {
                Vocabulary.Row row = rows[formTerms[i]];
                found.putIfAbsent(row.term(), row);
            }
        }
        return found.values().stream().sorted(BY_DOCS).limit(limit).toList();
    }

    /** Held terms starting with {@code first} whose length is within {@code from} and {@code to} (code points). */
    List<Vocabulary.Row> startingWith(String first, int from, int to) {
        List<Vocabulary.Row> found = new ArrayList<>();
        for (int i = first(terms, first); i < terms.length && terms[i].startsWith(first); i++) {
            int length = terms[i].codePointCount(0, terms[i].length());
            if (length >= from && length <= to) {
                found.add(rows[i]);
            }
        }
        return found;
    }

    /** The first position in {@code sorted} whose value is not below {@code prefix}. */
    private static int first(String[] sorted, String prefix) {
        int at = Arrays.binarySearch(sorted, prefix);
        if (at >= 0) {
            while (at > 0 && sorted[at - 1].equals(prefix)) {
                at--;
            }
            return at;
        }
        return -at - 1;
    }
}
