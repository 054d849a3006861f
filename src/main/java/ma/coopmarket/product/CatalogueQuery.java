package ma.coopmarket.product;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import ma.coopmarket.search.CatalogueListing;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.text.SearchText;
import ma.coopmarket.shared.web.PageParams;

/**
 * One catalogue listing as JPQL over the alias {@code p} (product): the filter, the sort, and
 * optionally a keyset position to resume after. The count uses the filter only; a page adds the
 * position, so reading on by cursor costs the same at any depth, where an offset would walk every
 * row before it.
 *
 * <p>The cooperative's conditions are subqueries on purpose, not a join. With a join (or EXISTS,
 * which MariaDB turns into one) the optimizer starts from the cooperatives and must then read and
 * sort every product of the matching ones (seconds on the national data set); as a scalar
 * subquery per product, and NOT EXISTS for archived cooperatives (a set of about a hundred ids,
 * built once per query), it walks a product index in the listing's order and stops after one page.
 * Counting is the opposite case: every match must be visited, and when the cooperative's region,
 * sector or kind narrows the result, starting from those cooperatives (the join) counts a few
 * thousand index entries instead of a whole category's.
 *
 * <p>A cursor is the sort and the last row's sort value and id, base64url-encoded; it is opaque to
 * clients, and a cursor of another sort is refused.
 */
final class CatalogueQuery {

    /**
     * A listing order (the catalogue's own, {@link CatalogueListing.Sort}) on the Product entity: its
     * path, and how a cursor writes and reads its value; {@code id} breaks ties so that every order is total.
     */
    private record Order(CatalogueListing.Sort sort, String path, Function<Product, String> write,
            Function<String, Object> read) {

        static Order of(String param) {
            CatalogueListing.Sort sort = CatalogueListing.Sort.of(param);
            return switch (sort) {
                case NEWEST -> new Order(sort, "p.createdAt", p -> p.createdAt.toString(), Instant::parse);
                case PRICE, PRICE_DESC -> new Order(sort, "p.price", p -> p.price.toPlainString(), BigDecimal::new);
                case NAME -> new Order(sort, "p.nameFr", p -> p.nameFr, v -> v);
            };
        }

        String param() {
            return sort.param();
        }

        boolean ascending() {
            return sort.ascending();
        }

        String orderBy() {
            String direction = ascending() ? " asc" : " desc";
            return path + direction + ", p.id" + direction;
        }
    }

    private static final String VERSION = "v1";

    private final String where;
    private final String countFrom;
    private final Map<String, Object> params;
    private final Order sort;
    private String keyset;
    private final Map<String, Object> keysetParams = new HashMap<>();

    private CatalogueQuery(String where, String countFrom, Map<String, Object> params, Order sort) {
        this.where = where;
        this.countFrom = countFrom;
        this.params = params;
        this.sort = sort;
    }

    /** The listing of {@code status} products that {@code filter} asks for (its cursor included). */
    static CatalogueQuery of(ProductFilter filter, ProductStatus status) {
        StringBuilder where = new StringBuilder("p.status = :status");
        StringBuilder joined = new StringBuilder("p.status = :status and c.archivedAt is null");
        Map<String, Object> params = new HashMap<>();
        params.put("status", status);
        if (filter.cooperativeId != null) {
            where.append(" and p.cooperative.id = :cooperative");
            joined.append(" and c.id = :cooperative");
            params.put("cooperative", filter.cooperativeId);
        }
        if (filter.region != null) {
            where.append(" and ").append(ofCooperative("regionCode")).append(" = :region");
            joined.append(" and c.regionCode = :region");
            params.put("region", filter.region);
        }
        if (filter.sector != null) {
            where.append(" and ").append(ofCooperative("sectorCode")).append(" = :sector");
            joined.append(" and c.sectorCode = :sector");
            params.put("sector", filter.sector);
        }
        if (filter.women != null) {
            where.append(" and ").append(ofCooperative("womenCooperative")).append(" = :women");
            joined.append(" and c.womenCooperative = :women");
            params.put("women", filter.women);
        }
        boolean byCooperative = params.size() > 1;
        where.append(" and not exists (select 1 from Cooperative a where a.id = p.cooperative.id"
                + " and a.archivedAt is not null)");
        StringBuilder productOnly = new StringBuilder();
        if (filter.category != null) {
            productOnly.append(" and p.categoryCode = :category");
            params.put("category", filter.category);
        }
        if (filter.minPrice != null) {
            productOnly.append(" and p.price >= :minPrice");
            params.put("minPrice", filter.minPrice);
        }
        if (filter.maxPrice != null) {
            productOnly.append(" and p.price <= :maxPrice");
            params.put("maxPrice", filter.maxPrice);
        }
        if (Boolean.TRUE.equals(filter.inStock)) {
            productOnly.append(" and p.stock > 0");
        } else if (Boolean.FALSE.equals(filter.inStock)) {
            productOnly.append(" and p.stock = 0");
        }
        if (filter.q != null && !filter.q.isBlank()) {
            productOnly.append(" and p.searchText like :q");
            params.put("q", SearchText.likePattern(filter.q));
        }
        where.append(productOnly);
        joined.append(productOnly);
        // Counting: when the cooperative narrows the result (and no text search has to read every
        // product), start from the matching cooperatives and count their products on
        // ix_product_cooperative; otherwise walk a product index, as a page does.
        boolean fromCooperatives = byCooperative && !params.containsKey("q");
        String countFrom = fromCooperatives
                ? "from Product p join p.cooperative c where " + joined
                : "from Product p where " + where;
        CatalogueQuery query = new CatalogueQuery(where.toString(), countFrom, params, Order.of(filter.sort));
        if (filter.cursor != null) {
            query.resumeAfter(filter.cursor);
        }
        return query;
    }

    private static String ofCooperative(String attribute) {
        return "(select c." + attribute + " from Cooperative c where c.id = p.cooperative.id)";
    }

    /** The filter alone, for counting the whole result. */
    String where() {
        return where;
    }

    /** The JPQL that counts the whole result. */
    String countQuery() {
        return "select count(p) " + countFrom;
    }

    Map<String, Object> params() {
        return params;
    }

    /** The filter and the keyset position, for one page. */
    String pageWhere() {
        return keyset == null ? where : where + " and " + keyset;
    }

    Map<String, Object> pageParams() {
        if (keyset == null) {
            return params;
        }
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(keysetParams);
        return all;
    }

    String orderBy() {
        return sort.orderBy();
    }

    /** What identifies the page {@code paging} of this listing, for the read cache: everything the query depends on. */
    String cacheKey(PageParams paging) {
        return pageWhere() + "|" + new TreeMap<>(pageParams()) + "|" + orderBy() + "|"
                + (resumes() ? 0 : paging.offset()) + "|" + paging.page + "|" + paging.size;
    }

    /** Whether the page starts after a cursor (so the offset does not apply). */
    boolean resumes() {
        return keyset != null;
    }

    /** The cursor to the page after {@code rows}, or null when they end the result. */
    String nextCursor(List<Product> rows, PageParams paging, long total) {
        if (rows.size() < paging.size || (!resumes() && paging.offset() + rows.size() >= total)) {
            return null;
        }
        Product last = rows.get(rows.size() - 1);
        String raw = String.join("\n", VERSION, sort.param(), last.id, sort.write().apply(last));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private void resumeAfter(String cursor) {
        String[] parts;
        Object value;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 4);
            value = parts.length == 4 ? sort.read().apply(parts[3]) : null;
        } catch (RuntimeException e) {
            parts = new String[0];
            value = null;
        }
        if (value == null || !VERSION.equals(parts[0]) || !sort.param().equals(parts[1])) {
            throw new InvalidRequestException("cursor", "is not a cursor of this listing with sort=" + sort.param()
                    + "; take nextCursor from a page of the same sort");
        }
        String after = sort.ascending() ? ">" : "<";
        keyset = "(" + sort.path() + " " + after + " :afterValue or (" + sort.path() + " = :afterValue and p.id " + after
                + " :afterId))";
        keysetParams.put("afterValue", value);
        keysetParams.put("afterId", parts[2]);
    }
}
