package ma.coopmarket.product;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ma.coopmarket.shared.persistence.CountCache;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {

    private final CountCache counts;

    public ProductRepository(CountCache counts) {
        this.counts = counts;
    }

    /** A product that is not archived, with its cooperative, or empty. */
    public Optional<Product> findLive(String id) {
        return find("from Product p join fetch p.cooperative c where p.id = ?1 and p.status <> ?2 and c.archivedAt is null",
                id, ProductStatus.ARCHIVED).firstResultOptional();
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

    /** The total of the listing; large totals may be a few seconds old (see {@link CountCache}). */
    public long count(CatalogueQuery query) {
        return counts.count(query.countQuery(), query.params(), () -> {
            var count = getEntityManager().createQuery(query.countQuery(), Long.class);
            query.params().forEach(count::setParameter);
            return count.getSingleResult();
        });
    }
}
