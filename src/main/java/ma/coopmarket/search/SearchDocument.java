package ma.coopmarket.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import ma.coopmarket.shared.text.Language;

/**
 * What one product is indexed as: its filter values, and its terms, each marked when it occurs in
 * the product's name, with the word it was seen as (for the vocabulary).
 *
 * <p>Indexed: the names and descriptions in French, Arabic and English; the category's names and
 * the region's names in the three languages; the labels' names; the SKU; the cooperative's names
 * and town. A term found in a name counts as a name term.
 *
 * <p>Stored: the filter and sort values, and the product's {@link Card}.
 */
record SearchDocument(String productId, String cooperativeId, boolean visible, boolean inStock, String categoryCode,
        String regionCode, String sectorCode, boolean women, BigDecimal price, Instant createdAt, String nameFr,
        String labels, Card card, Map<String, Term> terms) {

    /**
     * What a result shows of the product beyond the columns above (V11): stored with the document so
     * that a page reads one row per product. {@code imageUrls} as the product stores it (a JSON list).
     */
    record Card(String sku, String nameAr, String nameEn, String unit, BigDecimal unitQuantity, String imageUrls,
            String cooperativeNameFr, String cooperativeNameAr) {
    }

    /** A term of the document: whether it is in the name, and the word (and its language) it came from. */
    record Term(boolean inName, String word, Language language) {
    }

    /**
     * What the document is posted under, term to in-name: its terms, and its filter values as terms
     * that start with a control character, which no analysed word holds ({@link #filterTerm}).
     */
    Map<String, Boolean> postings() {
        Map<String, Boolean> postings = new LinkedHashMap<>();
        terms.forEach((term, t) -> postings.put(term, t.inName()));
        filterTerms(cooperativeId, categoryCode, regionCode, sectorCode, women).forEach(t -> postings.put(t, false));
        return postings;
    }

    /** The filter terms of a document with these values. */
    static List<String> filterTerms(String cooperativeId, String categoryCode, String regionCode, String sectorCode,
            boolean women) {
        return List.of(filterTerm(Filter.REGION, regionCode), filterTerm(Filter.CATEGORY, categoryCode),
                filterTerm(Filter.SECTOR, sectorCode), filterTerm(Filter.COOPERATIVE, cooperativeId),
                filterTerm(Filter.WOMEN, String.valueOf(women)));
    }

    /** The catalogue filters a document is posted under. */
    enum Filter {
        REGION('r'), CATEGORY('k'), SECTOR('s'), COOPERATIVE('c'), WOMEN('w');

        final char tag;

        Filter(char tag) {
            this.tag = tag;
        }
    }

    /**
     * The term a filter value is posted under: never an analysed word (those hold no control
     * character). Upper case, as the filter columns compare without case (utf8mb4_unicode_ci) and the
     * terms byte for byte.
     */
    static String filterTerm(Filter filter, String value) {
        return "\u0001" + filter.tag + value.toUpperCase(java.util.Locale.ROOT);
    }

    /** The stored form of {@link #postings()}: space-separated, a name term prefixed with '+' (never part of a term). */
    static String stored(Map<String, Boolean> postings) {
        StringBuilder out = new StringBuilder();
        postings.forEach((term, inName) -> out.append(out.isEmpty() ? "" : " ").append(inName ? "+" : "").append(term));
        return out.toString();
    }

    /** Reads {@link #stored} back: term to in-name. */
    static Map<String, Boolean> parseStored(String stored) {
        Map<String, Boolean> terms = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return terms;
        }
        for (String token : stored.split(" ")) {
            if (token.startsWith("+")) {
                terms.put(token.substring(1), true);
            } else if (!token.isEmpty()) {
                terms.put(token, false);
            }
        }
        return terms;
    }

    /** Collects a document's terms field by field. */
    static final class Builder {
        private final Map<String, Term> terms = new LinkedHashMap<>();

        Builder add(String text, Language language, boolean name) {
            if (text == null || text.isBlank()) {
                return this;
            }
            Analyzer analyzer = TextAnalysis.of(language);
            try (TokenStream stream = analyzer.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String value = term.toString();
                    if (value.length() > TextAnalysis.MAX_TERM) {
                        value = value.substring(0, TextAnalysis.MAX_TERM);
                    }
                    String word = TextAnalysis.display(text.substring(offset.startOffset(), offset.endOffset()));
                    Language wordLanguage = TextAnalysis.isArabic(word) ? Language.ar
                            : language == Language.ar ? Language.fr : language;
                    Term known = terms.get(value);
                    if (known == null || name && !known.inName()) {
                        terms.put(value, new Term(name || known != null && known.inName(),
                                known == null ? word : known.word(), known == null ? wordLanguage : known.language()));
                    }
                }
                stream.end();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return this;
        }

        Builder addAll(List<String> texts, Language language) {
            texts.forEach(text -> add(text, language, false));
            return this;
        }

        Map<String, Term> terms() {
            return terms;
        }
    }
}
