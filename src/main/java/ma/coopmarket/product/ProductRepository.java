package ma.coopmarket.product;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.hibernate.jpa.HibernateHints;

import ma.coopmarket.shared.readcache.CountCache;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {

    private final CountCache counts;

    public ProductRepository(CountCache counts) {
        this.counts = counts;
    }

    /** A product that is not archived, with its cooperative, or empty. */
    public Optional<Product> findLive(String id) {
        // Its photos in the same statement: read afterwards, they were a second round trip for every
        // product (a fifth of the app's CPU on a product read without the read cache).
        return find("from Product p join fetch p.cooperative c left join fetch p.photos where p.id = ?1"
                + " and p.status <> ?2 and c.archivedAt is null", id, ProductStatus.ARCHIVED).singleResultOptional();
    }

    /**
     * A product that is not archived, read with a row lock held until commit, so that a version
     * check (If-Match) and the write that follows cannot be overtaken by another writer.
     */
    public Optional<Product> findLiveForUpdate(String id) {
        return Optional.ofNullable(getEntityManager().find(Product.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(p -> !p.isArchived() && !p.cooperative.isArchived());
    }

    /** A partner's live product by the partner's own reference, with its cooperative, or empty. */
    public Optional<Product> findLiveByRef(String partnerId, String externalRef) {
        return find("from Product p join fetch p.cooperative c where p.partnerId = ?1 and p.externalRef = ?2"
                + " and p.status <> ?3 and c.archivedAt is null", partnerId, externalRef, ProductStatus.ARCHIVED)
                .firstResultOptional();
    }

    /** Ids of a partner's products (archived ones included) by reference. */
    public Map<String, String> idsByRef(String partnerId, Collection<String> externalRefs) {
        Map<String, String> ids = new java.util.HashMap<>();
        getEntityManager().createQuery("select p.externalRef, p.id from Product p where p.partnerId = :partner"
                + " and p.externalRef in :refs", Object[].class)
                .setParameter("partner", partnerId).setParameter("refs", externalRefs).getResultList()
                .forEach(row -> ids.put((String) row[0], (String) row[1]));
        return ids;
    }

    /** These products, locked in ascending id order (the order stock moves use, so neither can deadlock the other). */
    public List<Product> lockInIdOrder(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select p from Product p where p.id in :ids order by p.id", Product.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * Locks these products' rows in ascending id order without loading them: entities loaded here would
     * stay in the persistence context with the stock they had before a bulk stock update.
     */
    public void lockRowsInIdOrder(Collection<String> ids) {
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("SELECT id FROM product WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                    .setParameter("ids", ids).getResultList();
        }
    }

    /** (cooperative id, SKU) to the id of the product holding it, for these cooperatives and SKUs. */
    public Map<List<String>, String> skuHolders(Collection<String> cooperativeIds, Collection<String> skus) {
        Map<List<String>, String> holders = new java.util.HashMap<>();
        if (cooperativeIds.isEmpty() || skus.isEmpty()) {
            return holders;
        }
        getEntityManager().createQuery("select p.cooperative.id, p.sku, p.id from Product p"
                + " where p.cooperative.id in :cooperatives and p.sku in :skus", Object[].class)
                .setParameter("cooperatives", cooperativeIds).setParameter("skus", skus).getResultList()
                .forEach(row -> holders.put(List.of((String) row[0], (String) row[1]), (String) row[2]));
        return holders;
    }

    /** Ids of a cooperative's products, locked in ascending id order. */
    public List<String> lockIdsOfCooperative(String cooperativeId) {
        List<String> ids = getEntityManager().createQuery("select p.id from Product p where p.cooperative.id = :c",
                String.class).setParameter("c", cooperativeId).getResultList();
        List<String> sorted = ids.stream().sorted().toList();
        lockRowsInIdOrder(sorted);
        return sorted;
    }

    /** Products after a feed position, in (change sequence, id) order, cooperatives fetched. */
    public List<Product> changesAfter(long sequence, String id, String where, Map<String, Object> params, int limit) {
        var query = getEntityManager().createQuery("select p from Product p join fetch p.cooperative c"
                + " where p.changeSeq >= :seq and (p.changeSeq > :seq or p.id > :id)" + where
                + " order by p.changeSeq, p.id", Product.class)
                .setParameter("seq", sequence).setParameter("id", id);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Products whose stock just moved, read once under the rows' locks: what their change events
     * and the order lines need. A projection, not entities: a bulk UPDATE leaves entities already in
     * the session stale.
     */
    public List<StockMove> stockMoves(Collection<String> ids) {
        return getEntityManager().createQuery("select new ma.coopmarket.product.StockMove(p.id, c.id, p.partnerId,"
                + " p.externalRef, p.version, p.stock, p.status, p.sku, p.nameFr, p.nameAr, p.price, c.nameFr, c.nameAr)"
                + " from Product p join p.cooperative c where p.id in :ids order by p.id", StockMove.class)
                .setParameter("ids", ids).getResultList();
    }

    public boolean skuTaken(String cooperativeId, String sku, String exceptId) {
        return count("cooperative.id = ?1 and sku = ?2 and id <> ?3", cooperativeId, sku,
                exceptId == null ? "" : exceptId) > 0;
    }

    /**
     * One page of the listing, cooperatives fetched, in two steps: the page's ids (a walk of one of
     * V8's listing indexes in the page's order, reading no product row), then those rows by primary key.
     */
    public List<Product> page(CatalogueQuery query, int offset, int limit) {
        var ids = getEntityManager().createQuery(
                "select p.id from Product p where " + query.pageWhere() + " order by "
                        + query.orderBy(), String.class);
        query.pageParams().forEach(ids::setParameter);
        List<String> page = ids.setFirstResult(query.resumes() ? 0 : offset).setMaxResults(limit).getResultList();
        return inOrder(page);
    }

    /** These products with their cooperatives, in the order of {@code ids} (missing ones left out). */
    public List<Product> inOrder(List<String> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Product> byId = getEntityManager()
                .createQuery("select p from Product p join fetch p.cooperative c where p.id in :ids", Product.class)
                .setParameter("ids", page)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return page.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Takes {@code quantity} units if that many are in stock, in one conditional UPDATE (which
     * also locks the row until commit). Returns false, and changes nothing, when stock is short.
     */
    public boolean takeStock(String productId, int quantity, Instant now) {
        return update("stock = stock - ?1, version = version + 1, updatedAt = ?2"
                + " where id = ?3 and stock >= ?1 and status = ?4", quantity, now, productId, ProductStatus.ACTIVE) == 1;
    }

    public void giveBackStock(String productId, int quantity, Instant now) {
        update("stock = stock + ?1, version = version + 1, updatedAt = ?2 where id = ?3", quantity, now, productId);
    }

    public int stockOf(String productId) {
        return getEntityManager().createQuery("select p.stock from Product p where p.id = :id", Integer.class)
                .setParameter("id", productId).getSingleResult();
    }

    /** Id, status, cooperative state and stock of these products (last committed, no lock), without loading entities. */
    public List<Object[]> availability(Collection<String> ids) {
        return getEntityManager().createQuery("select p.id, p.status, c.archivedAt, p.stock from Product p join p.cooperative c"
                + " where p.id in :ids", Object[].class).setParameter("ids", ids).getResultList();
    }

    /** The total of the listing; large totals may be a few seconds old (see {@link CountCache}). */
    public long count(CatalogueQuery query) {
        return counts.count(query.countQuery(), query.params(), () -> {
            var count = getEntityManager().createQuery(query.countQuery(), Long.class);
            query.params().forEach(count::setParameter);
            return count.getSingleResult();
        });
    }
}
