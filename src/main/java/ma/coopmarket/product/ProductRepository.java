package ma.coopmarket.product;

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

    public long countWhere(String where, Map<String, Object> params) {
        var query = getEntityManager().createQuery(
                "select count(p) from Product p join p.cooperative c where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
