package ma.coopmarket.order;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
    private final Event<OrderPartChanged> partChanged;
    private final Event<OrderPartExpiring> partExpiring;

    public OrderLifecycleService(OrderPartRepository parts, StockService stock, AccessPolicy access,
            OrderQueryService queries, Event<OrderPartChanged> partChanged, Event<OrderPartExpiring> partExpiring) {
        this.partChanged = partChanged;
        this.partExpiring = partExpiring;
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
        stock.lockForGiveBack(due.stream().flatMap(p -> p.lines.stream()).map(l -> l.productId)
                .collect(Collectors.toCollection(TreeSet::new)));
        int expired = 0;
        for (OrderPart part : due) {
            if (part.isExpiredAt(now)) {
                apply(part, PartStatus.EXPIRED, Actor.SYSTEM, "not confirmed in time");
                expired++;
            }
        }
        return expired;
    }

    /**
     * Warns, once, about parts that will expire within {@code window}; returns how many. The SMS
     * channel observes the event. Safe on several instances (SKIP LOCKED, then marked).
     */
    @Transactional
    public int warnExpiring(java.time.Duration window, int limit) {
        Instant now = Instant.now();
        List<OrderPart> soon = parts.lockToWarn(now.plus(window), limit);
        for (OrderPart part : soon) {
            part.expiryWarnedAt = now;
            partExpiring.fire(new OrderPartExpiring(OrderPartChanged.of(part, part.status), part.expiresAt));
        }
        return soon.size();
    }

    /**
     * A cooperative's answer by SMS: confirm or refuse the part with {@code code} among the
     * cooperatives whose phone sent it. Same rules as the API: an illegal move changes nothing.
     */
    @Transactional
    public SmsAnswer answerBySms(java.util.Set<String> cooperativeIds, String code, boolean confirm, String phone) {
        if (cooperativeIds.isEmpty()) {
            return SmsAnswer.UNKNOWN_CODE;
        }
        OrderPart part = parts.findByCode(cooperativeIds, code).orElse(null);
        if (part == null) {
            return SmsAnswer.UNKNOWN_CODE;
        }
        PartStatus target = confirm ? PartStatus.CONFIRMED : PartStatus.REFUSED;
        if (!part.status.next().contains(target)) {
            return SmsAnswer.NOT_ALLOWED_NOW;
        }
        apply(part, target, new Actor(Actor.Kind.SMS, phone), confirm ? null : "refused by SMS");
        if (!confirm) {
            part.refusalReason = "refused by SMS";
        }
        return confirm ? SmsAnswer.CONFIRMED : SmsAnswer.REFUSED;
    }

    private OrderPart move(String orderId, String partId, PartStatus target, boolean byCustomer, String note) {
        OrderPart part = parts.findForUpdate(orderId, partId)
                .orElseThrow(() -> new NotFoundException("Order part", partId));
        access.requirePartMove(part.cooperativeId, part.order.customerId, byCustomer,
                () -> new NotFoundException("Order part", partId));
        apply(part, target, actor(), note == null || note.isBlank() ? null : note.strip());
        return part;
    }

    /**
     * The one place a part moves: the part checks the move, stock returns if the move ends the
     * part undelivered, and observers hear of it, all in the caller's transaction. Other ways to
     * move a part (an SMS reply) come through here too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(OrderPart part, PartStatus target, Actor actor, String note) {
        PartStatus from = part.status;
        part.moveTo(target, actor, note);
        if (target.returnsStock()) {
            stock.giveBackStock(part.lines.stream().map(l -> new StockRequest(l.productId, l.quantity)).toList());
        }
        partChanged.fire(OrderPartChanged.of(part, from));
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
