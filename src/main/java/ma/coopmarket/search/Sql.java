package ma.coopmarket.search;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs the index's native queries with positional parameters. The connection prepares statements on
 * the server and keeps them per connection (see application.properties): a statement is parsed once
 * and then only executed. Its text must therefore come from a small set: a list of values in an
 * {@code IN} is bound through {@link #in}, whose placeholders come in a few sizes; a list that may be
 * long (every match of a common word) is written as literals and run unprepared ({@link #unprepared}).
 */
final class Sql {

    /** Handles one row of a result. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** No search query runs longer than this (the client then gets a 503 it may retry). */
    private static final int TIMEOUT_SECONDS = 10;

    private Sql() {
    }

    /**
     * Appends {@code values} to {@code params} and returns the placeholders of an {@code IN} list for
     * them: up to 8 values, one each; above, the next power of two, the last value repeated (a value
     * twice in an {@code IN} list changes nothing), so that lists of 9 to 16 values share one statement.
     */
    static String in(Collection<?> values, List<Object> params) {
        List<?> padded = padded(List.copyOf(values));
        params.addAll(padded);
        return "(" + "?,".repeat(padded.size() - 1) + "?)";
    }

    /**
     * {@code values} padded as {@link #in} pads a list: up to 8 as they are, above to the next power
     * of two, the last one repeated. Also for the rows of a multi-row write whose repeated last row
     * changes nothing (an upsert of the same values again).
     */
    static <T> List<T> padded(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a list of values needs a value");
        }
        int size = values.size() <= 8 ? values.size() : Integer.highestOneBit(values.size() - 1) << 1;
        if (size == values.size()) {
            return values;
        }
        List<T> padded = new ArrayList<>(size);
        padded.addAll(values);
        T last = values.get(values.size() - 1);
        while (padded.size() < size) {
            padded.add(last);
        }
        return padded;
    }

    /**
     * Runs {@code sql}, whose values are written in it as literals (never text from a request), without
     * preparing it: one such text is seldom run twice.
     */
    static void unprepared(Connection connection, String sql, Row row) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }

    static void query(Connection connection, String sql, List<Object> params, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof Boolean b) {
                    statement.setBoolean(i + 1, b);
                } else if (value instanceof Integer n) {
                    statement.setInt(i + 1, n);
                } else if (value instanceof BigDecimal d) {
                    statement.setBigDecimal(i + 1, d);
                } else if (value instanceof java.sql.Timestamp t) {
                    statement.setTimestamp(i + 1, t);
                } else {
                    statement.setString(i + 1, (String) value);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }
}
