package ma.coopmarket.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.text.SearchText;

/**
 * The linguistic analysis of the catalogue's texts and of shoppers' queries, by Apache Lucene's
 * analysis module; the same chains at index and at query time.
 *
 * <ul>
 * <li>Every text is cut into words by Unicode's word rules (Lucene's StandardTokenizer), lower-cased,
 * its Arabic-Indic digits made ASCII, and French, English and Arabic stop words dropped.
 * <li>Arabic-script words: Lucene's Arabic normalisation (hamza forms of alef, alef maqsura, teh
 * marbuta, diacritics and tatweel) and light stemmer (the article ال and the proclitics و, بال, كال,
 * فال, لل; common suffixes), so that الأركان, أركان and اركان are one term.
 * <li>Latin-script words: French elision (l', d', qu'...), then the field's light stemmer (French:
 * plurals and common endings; English: plurals only), then accents folded.
 * </ul>
 *
 * <p>A text in French or Arabic is indexed with the French chain, an English text with the English
 * one; a query word is looked up under what both chains make of it, so "dates" finds "Dattes".
 */
public final class TextAnalysis {

    /**
     * Bumped whenever the analysis or what a document stores changes: the backfill then re-indexes
     * every product. 2: the product card (V11), so that a document written during a rolling deploy by
     * an instance that predates the card is written again with it. 3: the postings in blocks (V14),
     * with the filter values.
     */
    public static final int VERSION = 3;

    /** Longest term kept (the search_block.term column). */
    static final int MAX_TERM = 64;

    private static final CharArraySet STOP_WORDS = stopWords();

    /** French texts, Arabic texts and language-neutral ones (names, towns, SKUs). */
    static final Analyzer FRENCH = chain(FrenchLightStemFilter::new);

    /** English texts: plurals only. */
    static final Analyzer ENGLISH = chain(EnglishMinimalStemFilter::new);

    /** Words as typed, only folded: what a typed prefix is also compared with. */
    static final Analyzer FOLDED = chain(in -> in);

    /** Words as typed: cut by Unicode's rules, nothing else changed (the tokenizer reused per thread). */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private TextAnalysis() {
    }

    /** The analyser of a text in {@code language}. */
    static Analyzer of(Language language) {
        return language == Language.en ? ENGLISH : FRENCH;
    }

    /** The terms of {@code text}, in order (repeats kept). */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(clip(term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The words of a query as a shopper typed them (Unicode word rules, no other change), stop words included. */
    static List<String> words(String text) {
        return terms(WORDS, text);
    }

    /**
     * What one typed word is looked up as: the terms the French and the English chains make of it
     * (one, or two when the stemmers differ); empty for a stop word.
     */
    static Set<String> alternatives(String word) {
        Set<String> terms = new LinkedHashSet<>(terms(FRENCH, word));
        terms.addAll(terms(ENGLISH, word));
        return terms;
    }

    /** The word folded but not stemmed (for prefixes of a word still being typed); empty for a stop word. */
    static String folded(String word) {
        List<String> folded = terms(FOLDED, word);
        return folded.isEmpty() ? "" : folded.get(0);
    }

    /** Whether {@code word} is written in Arabic script. */
    static boolean isArabic(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // Nothing below U+0600 is Arabic: Latin words never reach the script table's binary search.
            if (c >= '\u0600' && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** A word as vocabulary shows it: lower case, as written otherwise (accents and hamza kept). */
    static String display(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
        if (apostrophe > 0 && apostrophe <= 2 && !isArabic(lower)) {
            lower = lower.substring(apostrophe + 1); // d'argan -> argan
        }
        return clip(lower);
    }

    /** Folds like the stored search columns (for comparing a display word with a typed one). */
    static String fold(String text) {
        return SearchText.fold(text);
    }

    private static String clip(String term) {
        return term.length() <= MAX_TERM ? term : term.substring(0, MAX_TERM);
    }

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(1024, false);
        stop.addAll(FrenchAnalyzer.getDefaultStopSet());
        stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stop.addAll(ArabicAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(stop);
    }

    private static Analyzer chain(Function<TokenStream, TokenStream> latinStemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new DecimalDigitFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new ScriptFilter(stream, true, in -> new ArabicStemFilter(new ArabicNormalizationFilter(in)));
                stream = new ScriptFilter(stream, false, in -> new ASCIIFoldingFilter(latinStemmer.apply(in)));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Applies a chain only to the words of one script (Arabic, or everything else). */
    private static final class ScriptFilter extends ConditionalTokenFilter {
        private final boolean arabic;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ScriptFilter(TokenStream input, boolean arabic, Function<TokenStream, TokenStream> chain) {
            super(input, chain);
            this.arabic = arabic;
        }

        @Override
        protected boolean shouldFilter() {
            return isArabic(term) == arabic;
        }
    }
}
