package ma.coopmarket.datagen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the secondary keys and foreign keys off tables about to receive millions of rows, and puts
 * them back, exactly as Flyway created them, once the rows are in. Keys on random values (an
 * order's reference, a line's product, a part's cooperative) would otherwise cost a random page
 * read per row as soon as they outgrow InnoDB's buffer pool (128 MB by default, and MariaDB no
 * longer buffers changes): building them afterwards is one sort each.
 *
 * <p>The definitions are read from {@code SHOW CREATE TABLE} before, and the same statement must
 * give the same text after, or the run fails. Foreign keys are put back with
 * {@code foreign_key_checks = 0}, so they are not re-validated: {@code bench/check-data.sql}
 * checks the references.
 */
final class DeferredKeys {

    private final Connection connection;
    private final Map<String, String> created = new LinkedHashMap<>();
    private final Map<String, List<String>> keys = new LinkedHashMap<>();
    private final Map<String, List<String>> foreignKeys = new LinkedHashMap<>();

    private DeferredKeys(Connection connection) {
        this.connection = connection;
    }

    /** Drops the secondary and foreign keys of {@code tables} (foreign keys first: they need their index). */
    static DeferredKeys drop(Connection connection, String... tables) throws SQLException {
        DeferredKeys deferred = new DeferredKeys(connection);
        for (String table : tables) {
            String ddl = showCreate(connection, table);
            deferred.created.put(table, ddl);
            List<String> tableKeys = new ArrayList<>();
            List<String> tableForeignKeys = new ArrayList<>();
            for (String line : ddl.split("\n")) {
                String definition = line.strip().replaceAll(",$", "");
                if (definition.startsWith("KEY ") || definition.startsWith("UNIQUE KEY ")) {
                    tableKeys.add(definition);
                } else if (definition.startsWith("CONSTRAINT ") && definition.contains(" FOREIGN KEY ")) {
                    tableForeignKeys.add(definition);
                } else if (definition.startsWith("FULLTEXT ") || definition.startsWith("SPATIAL ")) {
                    throw new IllegalStateException(table + ": cannot defer " + definition);
                }
            }
            deferred.keys.put(table, tableKeys);
            deferred.foreignKeys.put(table, tableForeignKeys);
        }
        for (String table : tables) {
            deferred.alter(table, deferred.foreignKeys.get(table), d -> "DROP FOREIGN KEY " + name(d));
        }
        for (String table : tables) {
            deferred.alter(table, deferred.keys.get(table), d -> "DROP INDEX " + name(d));
        }
        return deferred;
    }

    /** Puts every key back (one ALTER per table, so one pass over its rows), then checks the tables' definitions. */
    void restore() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET foreign_key_checks = 0");
        }
        try {
            for (String table : created.keySet()) {
                alter(table, keys.get(table), d -> "ADD " + d);
            }
            for (String table : created.keySet()) {
                alter(table, foreignKeys.get(table), d -> "ADD " + d);
            }
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("SET foreign_key_checks = 1");
            }
        }
        for (Map.Entry<String, String> table : created.entrySet()) {
            String now = showCreate(connection, table.getKey());
            if (!now.equals(table.getValue())) {
                throw new IllegalStateException("Keys of " + table.getKey() + " not restored as they were:\n"
                        + table.getValue() + "\nbut\n" + now);
            }
        }
    }

    private void alter(String table, List<String> definitions, java.util.function.Function<String, String> clause)
            throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE " + table + " "
                    + String.join(", ", definitions.stream().map(clause).toList()));
        }
    }

    /** The backquoted name in {@code KEY `name` (...)} or {@code CONSTRAINT `name` FOREIGN KEY ...}. */
    private static String name(String definition) {
        int open = definition.indexOf('`');
        return definition.substring(open, definition.indexOf('`', open + 1) + 1);
    }

    private static String showCreate(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + table)) {
            rs.next();
            return rs.getString(2);
        }
    }
}
