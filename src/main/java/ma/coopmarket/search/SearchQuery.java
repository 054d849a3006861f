package ma.coopmarket.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A shopper's query as the index sees it: its words, each with the terms it is looked up as. Every
 * word must match (in any order); the last one also matches as the prefix of an indexed word while
 * it is being typed (from {@value #MIN_PREFIX} characters on). Stop words and punctuation are
 * dropped; wildcard or operator characters mean nothing here (the tokenizer drops them).
 */
record SearchQuery(List<Word> words) {

    /** A typed prefix shorter than this matches whole words only. */
    static final int MIN_PREFIX = 3;

    /**
     * One typed word: the terms that match it as a whole word ({@code exact}), and for the last word
     * the prefixes its completions start with.
     */
    record Word(String typed, Set<String> exact, Set<String> prefixes) {
    }

    static SearchQuery parse(String q) {
        List<String> typed = TextAnalysis.words(q);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String word = typed.get(i);
            Set<String> exact = TextAnalysis.alternatives(word);
            if (exact.isEmpty()) {
                continue; // a stop word
            }
            Set<String> prefixes = new LinkedHashSet<>();
            if (i == typed.size() - 1 && word.codePointCount(0, word.length()) >= MIN_PREFIX) {
                prefixes.addAll(exact);
                String folded = TextAnalysis.folded(word);
                if (!folded.isEmpty()) {
                    prefixes.add(folded);
                }
            }
            words.add(new Word(word, exact, prefixes));
        }
        return new SearchQuery(List.copyOf(words));
    }

    /** Nothing to look up: only stop words or punctuation. */
    boolean isEmpty() {
        return words.isEmpty();
    }
}
