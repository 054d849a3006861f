package ma.coopmarket.product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import ma.coopmarket.search.SearchIndex;
import ma.coopmarket.shared.changes.ChangeTracker;
import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.error.InsufficientStockException;
import ma.coopmarket.shared.error.Shortage;
import ma.coopmarket.shared.error.UnprocessableException;

/**
 * Stock movements for orders: taken all-or-nothing without overselling, given back exactly when
 * the caller says so. The product feature owns the product table; orders come through here.
 * Each move bumps the product's version, records it for the delta feed and announces it.
 */
@ApplicationScoped
public class StockService {

    private final ProductRepository products;
    private final ChangeTracker changes;
    private final Event<ProductChanged> changed;
    private final SearchIndex search;

    public StockService(ProductRepository products, ChangeTracker changes, Event<ProductChanged> changed,
            SearchIndex search) {
        this.search = search;
        this.products = products;
        this.changes = changes;
        this.changed = changed;
    }

    /**
     * Takes stock for every request, or none: conditional UPDATEs in ascending product id, so that
     * crossing multi-line orders lock rows in one order and cannot deadlock. Unknown or inactive
     * products are a 422 naming {@code field}[i].productId; short lines a 409 listing each.
     * Must run inside the caller's transaction, which a failure rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StockedProduct> takeStock(List<StockRequest> requests, String field) {
        Map<String, Object[]> known = new HashMap<>();
        products.availability(requests.stream().map(StockRequest::productId).toList())
                .forEach(row -> known.put((String) row[0], row));
        List<FieldError> unusable = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Object[] row = known.get(requests.get(i).productId());
            if (row == null) {
                unusable.add(new FieldError(field + "[" + i + "].productId", "unknown product"));
            } else if (row[1] != ProductStatus.ACTIVE || row[2] != null) {
                unusable.add(new FieldError(field + "[" + i + "].productId", "product is not for sale (" + row[1] + ")"));
            }
        }
        if (!unusable.isEmpty()) {
            throw new UnprocessableException("products-unavailable", "Products unavailable",
                    "Some lines name products that are unknown or not for sale.", unusable);
        }
        // Short already in the last committed stock: a 409 at once, without waiting for the row lock (once
        // a hot product sells out, its other buyers no longer queue on it).
        List<Shortage> shortages = new ArrayList<>();
        for (StockRequest request : requests) {
            int available = (Integer) known.get(request.productId())[3];
            if (available < request.quantity()) {
                shortages.add(new Shortage(request.productId(), request.quantity(), available));
            }
        }
        if (!shortages.isEmpty()) {
            throw new InsufficientStockException(shortages);
        }
        Instant now = Instant.now();
        List<StockRequest> ordered = requests.stream().sorted(Comparator.comparing(StockRequest::productId)).toList();
        for (StockRequest request : ordered) {
            if (!products.takeStock(request.productId(), request.quantity(), now)) {
                shortages.add(new Shortage(request.productId(), request.quantity(), products.stockOf(request.productId())));
            }
        }
        if (!shortages.isEmpty()) {
            throw new InsufficientStockException(shortages);
        }
        Map<String, StockMove> moved = new HashMap<>();
        recordMoves(known.keySet()).forEach(m -> moved.put(m.productId(), m));
        // Sold out: the products move to the search's out-of-stock tier.
        search.stockMoved(moved.values().stream().filter(m -> m.stock() == 0).map(StockMove::productId).toList());
        return requests.stream().map(r -> moved.get(r.productId()).stocked(r.quantity())).toList();
    }

    /**
     * Locks these products in ascending id order, before a batch (the expiry job's) gives several parts'
     * stock back: each part alone gives back in id order, but one part after another would lock out of
     * order, and deadlock with a writer that locks a range of products in order (the search backfill).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForGiveBack(Collection<String> productIds) {
        products.lockRowsInIdOrder(productIds);
    }

    /** Gives units back to stock (an order part refused, cancelled or expired). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveBackStock(List<StockRequest> requests) {
        Instant now = Instant.now();
        requests.stream().sorted(Comparator.comparing(StockRequest::productId))
                .forEach(r -> products.giveBackStock(r.productId(), r.quantity(), now));
        List<String> ids = requests.stream().map(StockRequest::productId).distinct().toList();
        recordMoves(ids);
        search.stockMoved(ids);
    }

    private List<StockMove> recordMoves(Collection<String> productIds) {
        changes.changed(ProductChangeStamper.KIND, productIds);
        List<StockMove> moves = products.stockMoves(productIds);
        moves.forEach(m -> changed.fire(m.changed()));
        return moves;
    }
}
