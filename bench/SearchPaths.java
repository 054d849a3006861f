import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the long tail of search and type-ahead requests for bench/run from the generated data: the
 * words shoppers would type, taken from product, cooperative and town names of the database, fixed
 * seed. Writes two files of request paths:
 *
 * <ul>
 * <li>search_tail: at least 1,500 distinct queries, 55% French and 45% Arabic; single words (Arabic
 * with and without the article ال), word pairs, a word followed by a prefix of 3+ letters being
 * typed, and 10% misspelt (one letter replaced, dropped or swapped in a word of 5+ letters);
 * <li>suggest: at least 1,000 distinct prefixes of 3 to 6 letters, some after a first word.
 * </ul>
 *
 * Usage: java -cp mariadb-java-client.jar bench/SearchPaths.java jdbc-url user password out-dir
 */
public class SearchPaths {

    private static final Set<String> STOP = Set.of("de", "du", "des", "la", "le", "les", "en", "au", "aux", "à", "et",
            "من", "في", "على", "و", "a", "of", "the", "and", "in", "from");

    public static void main(String[] args) throws SQLException, IOException {
        String url = args[0];
        Path out = Path.of(args[3]);
        List<List<String>> french = new ArrayList<>();
        List<List<String>> arabic = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2]);
                Statement statement = connection.createStatement()) {
            read(statement, "SELECT p.name_fr, p.name_ar, c.city, c.name_fr FROM product p"
                    + " JOIN cooperative c ON c.id = p.cooperative_id WHERE p.status = 'ACTIVE'"
                    + " ORDER BY RAND(12) LIMIT 6000", french, arabic);
        }
        Random random = new Random(20261202L);
        Set<String> search = new LinkedHashSet<>();
        while (search.size() < 1600) {
            List<List<String>> names = random.nextInt(100) < 55 ? french : arabic;
            List<String> name = names.get(random.nextInt(names.size()));
            if (name.isEmpty()) {
                continue;
            }
            boolean isArabic = names == arabic;
            int kind = random.nextInt(100);
            String query;
            if (kind < 10) {
                query = misspell(pick(name, random, 5), random);
            } else if (kind < 40) {
                query = article(pick(name, random, 3), isArabic, random);
            } else if (kind < 70 && name.size() >= 2) {
                int at = random.nextInt(name.size() - 1);
                query = article(name.get(at), isArabic, random) + " " + article(name.get(at + 1), isArabic, random);
            } else {
                String first = name.get(0);
                String typing = pick(name, random, 4);
                String prefix = typing.substring(0, 3 + random.nextInt(Math.max(1, typing.length() - 3)));
                query = name.size() >= 2 && random.nextBoolean() && !first.equals(typing) ? first + " " + prefix : prefix;
            }
            if (query != null && !query.isBlank()) {
                search.add("/api/v1/products?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            }
        }
        Set<String> suggest = new LinkedHashSet<>();
        while (suggest.size() < 1000) {
            List<List<String>> names = random.nextInt(100) < 55 ? french : arabic;
            List<String> name = names.get(random.nextInt(names.size()));
            String word = pick(name, random, 4);
            if (word == null) {
                continue;
            }
            String prefix = word.substring(0, Math.min(word.length(), 3 + random.nextInt(4)));
            String query = random.nextInt(100) < 20 && name.size() >= 2 && !name.get(0).equals(word)
                    ? name.get(0) + " " + prefix : prefix;
            suggest.add("/api/v1/products/suggestions?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        Files.write(out.resolve("search_tail.txt"), shuffled(search, random));
        Files.write(out.resolve("suggest.txt"), shuffled(suggest, random));
        System.out.printf("search_tail: %d distinct queries, suggest: %d distinct prefixes%n", search.size(),
                suggest.size());
    }

    private static void read(Statement statement, String sql, List<List<String>> french, List<List<String>> arabic)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                french.add(words(rows.getString(1)));
                arabic.add(words(rows.getString(2)));
                french.add(words(rows.getString(3) + " " + rows.getString(4).replaceFirst("^Coopérative ", "")));
            }
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String w : text.toLowerCase().split("[\\s\\p{Punct}–،]+")) {
            String word = w.replaceFirst("^[dl]'", "");
            if (word.length() >= 2 && !STOP.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A word of the name with at least {@code min} letters, or null. */
    private static String pick(List<String> name, Random random, int min) {
        List<String> long_ = name.stream().filter(w -> w.codePointCount(0, w.length()) >= min).toList();
        return long_.isEmpty() ? null : long_.get(random.nextInt(long_.size()));
    }

    /** Arabic words with and without the article, as shoppers type them. */
    private static String article(String word, boolean isArabic, Random random) {
        if (word == null || !isArabic) {
            return word;
        }
        if (word.startsWith("ال")) {
            return random.nextBoolean() ? word.substring(2) : word;
        }
        return random.nextBoolean() ? "ال" + word : word;
    }

    private static String misspell(String word, Random random) {
        if (word == null) {
            return null;
        }
        StringBuilder w = new StringBuilder(word);
        int at = 1 + random.nextInt(w.length() - 2);
        switch (random.nextInt(3)) {
            case 0 -> w.setCharAt(at, w.charAt(at) == 'e' ? 'a' : w.charAt(at) == 'ا' ? 'و' : w.charAt(at) < 128 ? 'e' : 'ا');
            case 1 -> w.deleteCharAt(at);
            default -> {
                char c = w.charAt(at);
                w.setCharAt(at, w.charAt(at + 1));
                w.setCharAt(at + 1, c);
            }
        }
        return w.toString();
    }

    private static List<String> shuffled(Set<String> paths, Random random) {
        List<String> list = new ArrayList<>(paths);
        java.util.Collections.shuffle(list, random);
        return list;
    }
}
