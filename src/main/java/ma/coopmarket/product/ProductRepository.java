package ma.coopmarket.product;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {

    /** A product that is not archived, with its cooperative, or empty. */
    public Optional<Product> findLive(String id) {
        return find("from Product p join fetch p.cooperative c where p.id = ?1 and p.status <> ?2 and c.archivedAt is null",
                id, ProductStatus.ARCHIVED).firstResultOptional();
    }

    public boolean skuTaken(String cooperativeId, String sku, String exceptId) {
        return count("cooperative.id = ?1 and sku = ?2 and id <> ?3", cooperativeId, sku,
                exceptId == null ? "" : exceptId) > 0;
    }

    /** One page of products matching {@code where} (over aliases p and c), cooperatives fetched. */
    public List<Product> page(String where, String orderBy, Map<String, Object> params, int offset, int limit) {
        var query = getEntityManager().createQuery(
                "select p from Product p join fetch p.cooperative c where " + where + " order by " + orderBy,
                Product.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
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

    /** Id, status and cooperative state of these products, without loading entities. */
    public List<Object[]> availability(Collection<String> ids) {
        return getEntityManager().createQuery("select p.id, p.status, c.archivedAt from Product p join p.cooperative c"
                + " where p.id in :ids", Object[].class).setParameter("ids", ids).getResultList();
    }

    /** Current price and names, read after the stock UPDATE locked the rows, so they cannot change until commit. */
    public List<StockedProduct> snapshots(Collection<String> ids) {
        return getEntityManager().createQuery("select new ma.coopmarket.product.StockedProduct(p.id, c.id, p.sku,"
                + " p.nameFr, p.nameAr, p.price, 0) from Product p join p.cooperative c where p.id in :ids",
                StockedProduct.class).setParameter("ids", ids).getResultList();
    }

    public long countWhere(String where, Map<String, Object> params) {
        var query = getEntityManager().createQuery(
                "select count(p) from Product p join p.cooperative c where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
