package ma.coopmarket.order;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.product.StockRequest;
import ma.coopmarket.product.StockService;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Caller;
import ma.coopmarket.shared.error.NotFoundException;

/**
 * Moves order parts through their life. Each move locks the part row, lets the part check that
 * the move is legal, records it, and gives the stock back on the moves that end a part without
 * delivery. Because the part is locked and final states allow no further move, stock is
 * returned exactly once.
 */
@ApplicationScoped
public class OrderLifecycleService {

    private final OrderPartRepository parts;
    private final StockService stock;
    private final AccessPolicy access;
    private final OrderQueryService queries;

    public OrderLifecycleService(OrderPartRepository parts, StockService stock, AccessPolicy access,
            OrderQueryService queries) {
        this.parts = parts;
        this.stock = stock;
        this.access = access;
        this.queries = queries;
    }

    @Transactional
    public OrderView confirm(String orderId, String partId) {
        move(orderId, partId, PartStatus.CONFIRMED, false, null);
        return queries.get(orderId);
    }

    @Transactional
    public OrderView ship(String orderId, String partId) {
        move(orderId, partId, PartStatus.SHIPPED, false, null);
        return queries.get(orderId);
    }

    @Transactional
    public OrderView deliver(String orderId, String partId, String collectedBy) {
        OrderPart part = move(orderId, partId, PartStatus.DELIVERED, false, null);
        part.cashCollectedAt = Instant.now();
        part.cashCollectedBy = collectedBy == null || collectedBy.isBlank() ? null : collectedBy.strip();
        return queries.get(orderId);
    }

    @Transactional
    public OrderView refuse(String orderId, String partId, String reason) {
        OrderPart part = move(orderId, partId, PartStatus.REFUSED, false, reason);
        part.refusalReason = part.history.get(part.history.size() - 1).note;
        return queries.get(orderId);
    }

    @Transactional
    public OrderView cancel(String orderId, String partId, String reason) {
        move(orderId, partId, PartStatus.CANCELLED, true, reason);
        return queries.get(orderId);
    }

    /**
     * Expires up to {@code limit} parts whose confirmation deadline passed; returns how many.
     * Safe with several instances: rows are claimed with SKIP LOCKED and re-checked under lock.
     */
    @Transactional
    public int expireDue(int limit) {
        Instant now = Instant.now();
        List<OrderPart> due = parts.lockDueForExpiry(now, limit);
        int expired = 0;
        for (OrderPart part : due) {
            if (part.isExpiredAt(now)) {
                part.moveTo(PartStatus.EXPIRED, Actor.SYSTEM, "not confirmed in time");
                giveBackStock(part);
                expired++;
            }
        }
        return expired;
    }

    private OrderPart move(String orderId, String partId, PartStatus target, boolean byCustomer, String note) {
        OrderPart part = parts.findForUpdate(orderId, partId)
                .orElseThrow(() -> new NotFoundException("Order part", partId));
        access.requirePartMove(part.cooperativeId, part.order.customerId, byCustomer,
                () -> new NotFoundException("Order part", partId));
        part.moveTo(target, actor(), note == null || note.isBlank() ? null : note.strip());
        if (target.returnsStock()) {
            giveBackStock(part);
        }
        return part;
    }

    private void giveBackStock(OrderPart part) {
        stock.giveBackStock(part.lines.stream().map(l -> new StockRequest(l.productId, l.quantity)).toList());
    }

    private Actor actor() {
        Caller caller = access.caller();
        Actor.Kind kind = switch (caller.kind()) {
            case ADMIN -> Actor.Kind.ADMIN;
            case MANAGER -> Actor.Kind.MANAGER;
            default -> Actor.Kind.CUSTOMER;
        };
        return new Actor(kind, caller.id());
    }
}
