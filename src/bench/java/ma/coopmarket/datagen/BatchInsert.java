package ma.coopmarket.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Multi-row {@code INSERT ... VALUES (...), (...)} of up to {@code rowsPerStatement} rows, committed
 * per statement. Built by hand rather than relying on a driver's batch rewriting, so it is fast with
 * MariaDB Connector/J and MySQL Connector/J alike.
 */
final class BatchInsert implements AutoCloseable {

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int width;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;
    private long rows;

    BatchInsert(Connection connection, String table, int rowsPerStatement, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = String.join(", ", columns);
        this.width = columns.length;
        this.rowsPerStatement = rowsPerStatement;
    }

    void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
        }
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
            if (full == null) {
                full = connection.prepareStatement(sql(rowsPerStatement));
            }
            execute(full);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement last = connection.prepareStatement(sql(pending.size()))) {
                execute(last);
            }
        }
        if (full != null) {
            full.close();
        }
    }

    private void execute(PreparedStatement statement) throws SQLException {
        int i = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                statement.setObject(i++, value);
            }
        }
        statement.executeUpdate();
        connection.commit();
        rows += pending.size();
        pending.clear();
    }

    private String sql(int rowCount) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES "
                + String.join(", ", Collections.nCopies(rowCount, row));
    }
}
