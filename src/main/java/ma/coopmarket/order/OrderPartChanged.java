package ma.coopmarket.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * Fired synchronously, inside the transaction, when an order part is created ({@code from} is
 * null) or moves. Observers (SMS, partner webhooks) write their outbox messages in that same
 * transaction, so a rolled-back move sends nothing and a committed one loses nothing.
 */
public record OrderPartChanged(String orderId, String orderReference, String partId, String partCode,
        String cooperativeId, String customerId, PartStatus from, PartStatus to, BigDecimal amountToCollect,
        List<Item> items) {

    /** A line, as a notification shows it. */
    public record Item(String nameFr, String nameAr, int quantity) {
    }

    static OrderPartChanged of(OrderPart part, PartStatus from) {
        return new OrderPartChanged(part.order.id, part.order.reference, part.id, part.code, part.cooperativeId,
                part.order.customerId, from, part.status, part.amountToCollect,
                part.lines.stream().map(l -> new Item(l.nameFr, l.nameAr, l.quantity)).toList());
    }
}
