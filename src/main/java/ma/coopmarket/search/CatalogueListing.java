package ma.coopmarket.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.readcache.CountCache;

/**
 * The public catalogue without a query (ACTIVE products of live cooperatives, filtered and sorted),
 * read from the index's search_document rows: they hold every filter and sort column, are written
 * in the product's transaction, and V10's indexes walk each common filter (category, region, both,
 * none) in each order, so a page reads about as many entries as it shows and a count only its
 * filter's entries. Ties are broken by doc_id (the order products entered the index); a keyset cursor
 * (the sort value and doc_id of a page's last row) reads on at the same cost at any depth.
 */
@ApplicationScoped
public class CatalogueListing {

    private static final String CURSOR_VERSION = "c1";

    /** The catalogue's orders: the column, its direction, and how a cursor writes and reads its value. */
    public enum Sort {
        NEWEST("newest", "d.created_at", false, v -> ((Timestamp) v).toInstant().toString(),
                s -> Timestamp.from(Instant.parse(s))),
        PRICE("price", "d.price", true, v -> ((BigDecimal) v).toPlainString(), BigDecimal::new),
        PRICE_DESC("-price", "d.price", false, v -> ((BigDecimal) v).toPlainString(), BigDecimal::new),
        NAME("name", "d.name_fr", true, v -> (String) v, s -> s);

        final String param;
        final String column;
        final boolean ascending;
        final Function<Object, String> write;
        final Function<String, Object> read;

        Sort(String param, String column, boolean ascending, Function<Object, String> write,
                Function<String, Object> read) {
            this.param = param;
            this.column = column;
            this.ascending = ascending;
            this.write = write;
            this.read = read;
        }

        /** The value of the {@code sort} parameter that asks for this order. */
        public String param() {
            return param;
        }

        public boolean ascending() {
            return ascending;
        }

        public static Sort of(String param) {
            for (Sort sort : values()) {
                if (sort.param.equals(param)) {
                    return sort;
                }
            }
            return NEWEST;
        }

        String orderBy() {
            return orderBy(column, "d.doc_id");
        }

        /** This order on a value column and a doc_id column. */
        String orderBy(String value, String docId) {
            String direction = ascending ? " ASC" : " DESC";
            return value + direction + ", " + docId + direction;
        }
    }

    /** The listing indexes (V10, ending with in_stock since V12): each walks one filter (category, region, both, none) in one sort's order. */
    private static final Set<String> INDEXES = Set.of("category_region_price", "category_region_created",
            "category_region_name", "category_price", "category_created", "region_price", "region_created", "price",
            "created", "name");

    /**
     * The index hint for a page ({@code sort} given) or a count (null) when only the category and the
     * region filter (and stock, checked in the index): the listing index that walks that filter in that
     * order. The optimizer would pick the same one, but only after estimating the range in each of the
     * ten indexes that could serve, which cost a page more than reading it (187 buffer pool pages
     * instead of 75 on the national data set). Other filters: no hint, the optimizer chooses.
     */
    static String indexHint(ProductSearch.Filters filters, Sort sort) {
        if (filters.cooperativeId() != null || filters.sector() != null || filters.women() != null
                || filters.minPrice() != null || filters.maxPrice() != null) {
            return "";
        }
        String order = sort == null ? "price" : switch (sort) {
            case NEWEST -> "created";
            case PRICE, PRICE_DESC -> "price";
            case NAME -> "name";
        };
        String name = (filters.category() != null ? "category_" : "") + (filters.region() != null ? "region_" : "")
                + order;
        return INDEXES.contains(name) ? " USE INDEX (ix_search_document_" + name + ")" : "";
    }

    /** A page of items in order, the total, and the cursor to the next page (null on the last). */
    public record Listing<T>(List<T> items, long total, String nextCursor) {
    }

    private final DataSource dataSource;
    private final CountCache counts;

    public CatalogueListing(DataSource dataSource, CountCache counts) {
        this.dataSource = dataSource;
        this.counts = counts;
    }

    /**
     * A page of the listing: its rows found and read in one statement (an index range in the sort's
     * order, each row joined to what {@code projection} reads), and the total.
     */
    public <T> Listing<T> list(ProductSearch.Filters filters, Sort sort, int offset, int size, String cursor,
            Projection<T> projection) {
        Object[] after = cursor == null ? null : decode(cursor, sort);
        StringBuilder where = new StringBuilder("d.visible = TRUE");
        List<Object> params = new ArrayList<>();
        ProductSearch.Matcher.filters(where, params, filters, "d");
        try (Connection connection = dataSource.getConnection()) {
            List<Object> pageParams = new ArrayList<>(params);
            StringBuilder pageWhere = new StringBuilder(where);
            if (after != null) {
                String op = sort.ascending ? ">" : "<";
                pageWhere.append(" AND ").append(sort.column).append(sort.ascending ? " >= ?" : " <= ?")
                        .append(" AND (").append(sort.column).append(" ").append(op).append(" ? OR d.doc_id ")
                        .append(op).append(" ?)");
                pageParams.add(after[0]);
                pageParams.add(after[0]);
                pageParams.add(after[1]);
            }
            pageParams.add(size + 1); // one more row says whether a next page exists
            pageParams.add(after == null ? offset : 0);
            List<T> items = new ArrayList<>();
            Object[] last = new Object[2];
            boolean[] more = new boolean[1];
            // The page's places first, from the index alone (skipped rows cost an index entry each), then
            // its rows joined to what the projection reads.
            Sql.query(connection, "SELECT k.v, k.doc_id, " + projection.columns() + " FROM (SELECT " + sort.column
                    + " AS v, d.doc_id FROM search_document d" + indexHint(filters, sort) + " WHERE " + pageWhere + " ORDER BY " + sort.orderBy()
                    + " LIMIT ? OFFSET ?) k JOIN search_document d ON d.doc_id = k.doc_id " + projection.joins()
                    + " ORDER BY " + sort.orderBy("k.v", "k.doc_id"),
                    pageParams, r -> {
                        if (items.size() < size) {
                            items.add(projection.mapper().read(r, 3));
                            last[0] = r.getObject(1);
                            last[1] = r.getInt(2);
                        } else {
                            more[0] = true;
                        }
                    });
            String countSql = "SELECT COUNT(*) FROM search_document d" + indexHint(filters, null) + " WHERE " + where;
            Map<String, Object> key = new TreeMap<>();
            for (int i = 0; i < params.size(); i++) {
                key.put(String.valueOf(i), params.get(i));
            }
            long total = counts.count(countSql, key, () -> {
                long[] n = new long[1];
                try {
                    Sql.query(connection, countSql, params, r -> n[0] = r.getLong(1));
                } catch (SQLException e) {
                    throw new IllegalStateException("count failed", e);
                }
                return n[0];
            });
            return new Listing<>(items, total, more[0] ? encode(sort, last) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("catalogue listing failed", e);
        }
    }

    private static String encode(Sort sort, Object[] last) {
        Object value = last[0] instanceof java.time.LocalDateTime t ? Timestamp.valueOf(t) : last[0];
        String raw = String.join("\n", CURSOR_VERSION, sort.param, String.valueOf(last[1]), sort.write.apply(value));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Object[] decode(String cursor, Sort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 4);
            if (parts.length == 4 && CURSOR_VERSION.equals(parts[0]) && sort.param.equals(parts[1])) {
                return new Object[] { sort.read.apply(parts[3]), Integer.parseInt(parts[2]) };
            }
        } catch (RuntimeException e) {
            // falls through to the problem below
        }
        throw new InvalidRequestException("cursor", "is not a cursor of this listing with sort=" + sort.param
                + "; take nextCursor from a page of the same sort");
    }
}
