package ma.coopmarket.search;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs the index's native queries with positional parameters. */
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
