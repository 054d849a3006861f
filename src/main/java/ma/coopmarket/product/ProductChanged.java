package ma.coopmarket.product;

/**
 * Fired synchronously, inside the transaction, when a product is created, updated or archived,
 * or when its stock moves (orders, updates). Observers (partner webhooks) write their outbox
 * messages in that same transaction, so a rolled-back change announces nothing.
 *
 * @param partnerId the partner that pushed the product by its own reference, or null
 * @param product the product as the API shows it, for CREATED and UPDATED; null otherwise
 */
public record ProductChanged(Kind kind, String productId, String cooperativeId, String partnerId, String externalRef,
        long version, int stock, ProductStatus status, ProductView product) {

    public enum Kind {
        CREATED, UPDATED, ARCHIVED, STOCK_CHANGED
    }

    static ProductChanged of(Kind kind, Product p) {
        return new ProductChanged(kind, p.id, p.cooperative.id, p.partnerId, p.externalRef, p.version, p.stock,
                p.status, kind == Kind.CREATED || kind == Kind.UPDATED ? ProductView.of(p) : null);
    }
}
