package ma.coopmarket.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import ma.coopmarket.search.Projection;
import ma.coopmarket.shared.persistence.StringListConverter;

/**
 * The products of a catalogue page or a search, read as views by the same statement that finds the
 * page (a {@link Projection} of the index's rows), without entities: a page shows them and changes
 * nothing, and building twenty entities with their cooperatives (persistence context, converters,
 * proxies) cost a listing more than the database did. Columns as {@link Product} and
 * {@link ma.coopmarket.cooperative.Cooperative} map them; instants in UTC, as Hibernate writes them
 * ({@code quarkus.hibernate-orm.jdbc.timezone}).
 */
final class ProductViews {

    private static final String COLUMNS = "p.id, p.cooperative_id, c.name_fr, c.name_ar, c.region_code, c.sector_code,"
            + " c.women_cooperative, p.sku, p.name_fr, p.name_ar, p.name_en, p.description_fr, p.description_ar,"
            + " p.description_en, p.category_code, p.price, p.unit, p.unit_quantity, p.stock, p.status, p.image_urls,"
            + " p.labels, p.created_at, p.updated_at, p.version";

    private static final StringListConverter LISTS = new StringListConverter();

    private static final String JOINS = "JOIN product p ON p.id = d.product_id JOIN cooperative c ON c.id = p.cooperative_id";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** The page's products read with the index rows that place them (search_document {@code d}). */
    static final Projection<ProductView> PROJECTION = new Projection<>(JOINS, COLUMNS, ProductViews::read);

    private ProductViews() {
    }

    /** A view from the columns of {@link #COLUMNS}, the first at {@code at}. */
    private static ProductView read(ResultSet r, int at) throws SQLException {
        int c = at - 1;
        int stock = r.getInt(c + 19);
        ProductView.CooperativeSummary cooperative = new ProductView.CooperativeSummary(r.getString(c + 2),
                r.getString(c + 3), r.getString(c + 4), r.getString(c + 5), r.getString(c + 6), r.getBoolean(c + 7));
        return new ProductView(r.getString(c + 1), r.getString(c + 2), cooperative, r.getString(c + 8),
                r.getString(c + 9), r.getString(c + 10), r.getString(c + 11), r.getString(c + 12), r.getString(c + 13),
                r.getString(c + 14), r.getString(c + 15), r.getBigDecimal(c + 16), ProductView.CURRENCY,
                Unit.valueOf(r.getString(c + 17)), r.getBigDecimal(c + 18).stripTrailingZeros(), stock, stock > 0,
                ProductStatus.valueOf(r.getString(c + 20)), LISTS.convertToEntityAttribute(r.getString(c + 21)),
                LISTS.convertToEntityAttribute(r.getString(c + 22)).stream().map(ProductLabel::valueOf).toList(),
                instant(r, c + 23), instant(r, c + 24), r.getLong(c + 25));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        java.sql.Timestamp t = r.getTimestamp(column, Calendar.getInstance(UTC));
        return t == null ? null : t.toInstant();
    }
}
