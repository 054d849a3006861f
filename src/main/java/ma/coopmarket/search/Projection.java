package ma.coopmarket.search;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a listing or a search reads of each product on its page, in the same statement that finds the
 * page: tables joined to the index's document row {@code d}, the columns selected from them, and how
 * one row becomes an item. The catalogue's owner supplies it, so the index knows no product column.
 *
 * @param joins   SQL joined after {@code search_document d} (inner joins: a row without them is left out)
 * @param columns the columns selected, read by {@code mapper} from {@code firstColumn} on
 * @param mapper  one row of those columns as an item
 */
public record Projection<T>(String joins, String columns, Mapper<T> mapper) {

    /** Reads an item from the projection's columns, the first of them at {@code firstColumn}. */
    @FunctionalInterface
    public interface Mapper<T> {
        T read(ResultSet row, int firstColumn) throws SQLException;
    }
}
