package ma.coopmarket.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import ma.coopmarket.search.Projection;
import ma.coopmarket.shared.persistence.StringListConverter;

/**
 * The cards of a catalogue page or a search, read by the same statement that finds the page from the
 * index's document rows ({@code search_document d}, which store the card: V11), without entities and
 * without joins: one row per product. Only visible documents are listed (ACTIVE products of live
 * cooperatives), hence the status. Instants in UTC, as Hibernate writes them
 * ({@code quarkus.hibernate-orm.jdbc.timezone}).
 */
final class ProductCards {

    private static final String COLUMNS = "d.product_id, d.cooperative_id, d.cooperative_name_fr, d.cooperative_name_ar,"
            + " d.region_code, d.sector_code, d.women, d.sku, d.name_fr, d.name_ar, d.name_en, d.category_code, d.price,"
            + " d.unit, d.unit_quantity, d.in_stock, d.image_urls, d.labels, d.created_at";

    private static final StringListConverter LISTS = new StringListConverter();

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** The page's cards, read from the index rows that place them. */
    static final Projection<ProductCard> PROJECTION = new Projection<>("", COLUMNS, ProductCards::read);

    private ProductCards() {
    }

    /** A card from the columns of {@link #COLUMNS}, the first at {@code at}. */
    private static ProductCard read(ResultSet r, int at) throws SQLException {
        int c = at - 1;
        ProductView.CooperativeSummary cooperative = new ProductView.CooperativeSummary(r.getString(c + 2),
                r.getString(c + 3), r.getString(c + 4), r.getString(c + 5), r.getString(c + 6), r.getBoolean(c + 7));
        String labels = r.getString(c + 18);
        // A document written by an instance that predates the card (during a rolling deploy, until the
        // backfill of TextAnalysis.VERSION 2 writes it again) has none: its card fields are absent.
        String unit = r.getString(c + 14);
        BigDecimal quantity = r.getBigDecimal(c + 15);
        return new ProductCard(r.getString(c + 1), r.getString(c + 2), cooperative, r.getString(c + 8),
                r.getString(c + 9), r.getString(c + 10), r.getString(c + 11), r.getString(c + 12), r.getBigDecimal(c + 13),
                ProductView.CURRENCY, unit == null ? null : Unit.valueOf(unit),
                quantity == null ? null : quantity.stripTrailingZeros(),
                r.getBoolean(c + 16), ProductStatus.ACTIVE, LISTS.convertToEntityAttribute(r.getString(c + 17)),
                labels.isEmpty() ? List.of() : Arrays.stream(labels.split(",")).map(ProductLabel::valueOf).toList(),
                r.getTimestamp(c + 19, Calendar.getInstance(UTC)).toInstant());
    }
}
