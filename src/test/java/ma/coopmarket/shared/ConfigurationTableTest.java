package ma.coopmarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's configuration table against application.properties, where every environment variable
 * and its default are declared once: each variable the production configuration reads is in the table
 * with the same default, and each variable of the table is read.
 */
class ConfigurationTableTest {

    private static final Pattern READ = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

    @Test
    void theReadmeTableListsEveryVariableWithItsDefault() throws IOException {
        Map<String, String> read = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            if (line.startsWith("%") || line.startsWith("#")) {
                continue; // other profiles' values, comments
            }
            Matcher m = READ.matcher(line);
            while (m.find()) {
                read.putIfAbsent(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
        }
        Map<String, String> documented = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.equals("| variable | default | meaning |")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break; // the table ended
            }
            String[] cells = line.split("\\|");
            if (!inTable || cells.length < 4 || !cells[1].contains("`")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher m = NAME.matcher(cells[1]);
            while (m.find()) {
                names.add(m.group(1));
            }
            if (names.isEmpty() || names.get(0).startsWith("COOPMARKET_")) {
                continue; // set by their Quarkus names, not read through application.properties
            }
            // One default for every name of the row, or one each ("a, b" or "a / b").
            String[] defaults = cells[2].split(",\\s|\\s/\\s");
            assertTrue(defaults.length == 1 || defaults.length == names.size(),
                    "README row " + names + ": " + defaults.length + " defaults for " + names.size() + " variables");
            for (int i = 0; i < names.size(); i++) {
                documented.put(names.get(i), normalise(defaults[defaults.length == 1 ? 0 : i]));
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        read.forEach((name, value) -> {
            if (!documented.containsKey(name)) {
                missing.add(name);
            } else if (!documented.get(name).equals(normalise(value))) {
                wrong.add(name + ": README " + documented.get(name) + ", application.properties " + normalise(value));
            }
        });
        assertEquals(List.of(), missing, "variables read by application.properties but missing from the README table");
        assertEquals(List.of(), wrong, "defaults that differ");
        List<String> stale = documented.keySet().stream()
                .filter(name -> !read.containsKey(name) && !name.startsWith("COOPMARKET_")).toList();
        assertEquals(List.of(), stale, "variables in the README table that nothing reads");
        assertTrue(read.size() > 30, "the properties were read");
    }

    /** A default as written in either place: without backticks and units' case, "none"/"empty" as nothing. */
    private static String normalise(String value) {
        String v = value.replace("`", "").trim();
        return v.equals("none") || v.equals("empty") || v.startsWith("none ") ? "" : v.toLowerCase();
    }
}
