package ma.coopmarket.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order as the caller may see it: customers and admins see every part; a cooperative's
 * manager sees only its own parts, and {@code total} is then the sum of those parts.
 */
@Schema(name = "Order")
public record OrderView(
        String id,
        @Schema(description = "Short reference to quote to support.", example = "CM7K3F9Q2A") String reference,
        @Schema(description = "Derived from the parts: PENDING while no part is confirmed yet; IN_PROGRESS once one is "
                + "confirmed, shipped or delivered while others are open; COMPLETED when all are final and one was "
                + "delivered; CANCELLED when all were refused, cancelled or expired. Each part has its own status.")
        OrderStatus status,
        PaymentMethod paymentMethod,
        @Schema(example = "MAD") String currency,
        @Schema(example = "361.00") BigDecimal total,
        DeliveryAddress delivery,
        @Schema(description = "Absent when the customer left none.") String note,
        List<Part> parts,
        Instant createdAt,
        @Schema(description = "The order's last change: the latest of its own and its parts' (every confirm, ship, "
                + "delivery, refusal or cancellation moves it).") Instant updatedAt) {

    /** One cooperative's part. */
    @Schema(name = "OrderPart")
    public record Part(
            String id,
            String cooperativeId,
            @Schema(description = "The cooperative's name in French, as when the order was placed.",
                    example = "Coopérative Tifaout") String cooperativeNameFr,
            @Schema(description = "The cooperative's name in Arabic, as when the order was placed.",
                    example = "تعاونية تيفاوت") String cooperativeNameAr,
            @Schema(description = "Code the cooperative quotes to answer by SMS.", example = "482193") String code,
            PartStatus status,
            @Schema(example = "241.00") BigDecimal subtotal,
            @Schema(description = "Cash the courier collects on delivery.", example = "241.00") BigDecimal amountToCollect,
            @Schema(description = "When the part expires if not confirmed.") Instant expiresAt,
            @Schema(description = "Absent until the part is delivered.") String cashCollectedBy,
            @Schema(description = "Absent until the part is delivered.") Instant cashCollectedAt,
            @Schema(description = "Absent unless the cooperative refused the part and said why.") String refusalReason,
            List<Line> lines,
            List<Transition> history) {
    }

    /** A line, with the price and names as they were when ordered. */
    @Schema(name = "OrderLine")
    public record Line(String productId, @Schema(example = "ARGAN-250ML") String sku,
            @Schema(example = "Huile d'argan alimentaire 250 ml") String nameFr,
            @Schema(example = "زيت أركان غذائي 250 مل") String nameAr,
            @Schema(example = "120.50") BigDecimal unitPrice, @Schema(example = "2") int quantity,
            @Schema(example = "241.00") BigDecimal lineTotal) {
    }

    /** A recorded status change. */
    @Schema(name = "OrderPartTransition")
    public record Transition(
            @Schema(description = "The status before; absent on the part's first entry (its creation).") PartStatus from,
            PartStatus to, Actor.Kind by, Instant at,
            @Schema(description = "The reason given (a refusal, a cancellation); absent when none was.") String note) {
    }

    static OrderView of(CustomerOrder o, Predicate<OrderPart> visible) {
        List<Part> parts = o.parts.stream().filter(visible).map(OrderView::part).toList();
        BigDecimal total = parts.size() == o.parts.size() ? o.total
                : parts.stream().map(Part::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        // The order changes when any of its parts moves: its last change is the latest of its own and its parts'.
        Instant updatedAt = o.parts.stream().filter(visible).map(p -> p.updatedAt)
                .reduce(o.updatedAt, (a, b) -> b != null && b.isAfter(a) ? b : a);
        return new OrderView(o.id, o.reference, o.status, o.paymentMethod, o.currency, total,
                new DeliveryAddress(o.deliveryName, o.deliveryPhone, o.deliveryCity, o.deliveryRegionCode,
                        o.deliveryAddress, o.deliveryLandmark),
                o.note, parts, o.createdAt, updatedAt);
    }

    private static Part part(OrderPart p) {
        return new Part(p.id, p.cooperativeId, p.cooperativeNameFr, p.cooperativeNameAr, p.code, p.status, p.subtotal, p.amountToCollect, p.expiresAt,
                p.cashCollectedBy, p.cashCollectedAt, p.refusalReason,
                p.lines.stream().map(l -> new Line(l.productId, l.sku, l.nameFr, l.nameAr, l.unitPrice, l.quantity,
                        l.lineTotal)).toList(),
                p.history.stream().map(t -> new Transition(t.fromStatus, t.toStatus, t.actorKind, t.createdAt, t.note))
                        .toList());
    }
}
