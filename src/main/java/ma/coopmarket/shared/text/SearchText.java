package ma.coopmarket.shared.text;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds text for search the same way on every database: lower case, Latin accents removed
 * ({@code é} → {@code e}), Arabic diacritics and tatweel removed, and the common Arabic letter
 * variants unified (أ إ آ → ا, ى → ي, ة → ه). Stored texts and queries go through the same fold.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "OE"), Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                default -> Character.toLowerCase(c);
            });
        }
        return SPACES.matcher(Normalizer.normalize(out, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /** The stored search column: every given text folded, joined by a separator, capped in length. */
    public static String index(int maxLength, String... texts) {
        String joined = Stream.of(texts).filter(Objects::nonNull).map(SearchText::fold)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" | "));
        return joined.length() <= maxLength ? joined : joined.substring(0, maxLength);
    }

    /** A LIKE pattern for a folded query, with LIKE's wildcards escaped. */
    public static String likePattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
