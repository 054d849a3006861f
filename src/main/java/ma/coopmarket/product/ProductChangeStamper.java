package ma.coopmarket.product;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import ma.coopmarket.cooperative.CooperativeArchived;
import ma.coopmarket.shared.changes.ChangeStamper;
import ma.coopmarket.shared.changes.ChangeTracker;

/**
 * Writes the change sequence on product rows for the delta feed. When a cooperative is archived,
 * its products leave the catalogue without changing themselves: they are stamped too, so that
 * the feed shows their tombstones.
 */
@ApplicationScoped
public class ProductChangeStamper implements ChangeStamper {

    public static final String KIND = "product";

    private final ProductRepository products;

    public ProductChangeStamper(ProductRepository products) {
        this.products = products;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String table() {
        return "product";
    }

    void onCooperativeArchived(@Observes CooperativeArchived event, ChangeTracker changes) {
        // Locked now, before the sequence row is taken at commit (see ChangeTracker).
        changes.changed(KIND, products.lockIdsOfCooperative(event.cooperativeId()));
    }
}
