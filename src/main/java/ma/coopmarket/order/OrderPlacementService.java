package ma.coopmarket.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import ma.coopmarket.product.StockRequest;
import ma.coopmarket.product.StockService;
import ma.coopmarket.product.StockedProduct;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.persistence.LockTurns;

/**
 * Places an order: validates the lines, takes the stock (all or nothing), snapshots prices,
 * splits the order into one part per cooperative, in one transaction.
 */
@ApplicationScoped
public class OrderPlacementService {

    private static final String CURRENCY = "MAD";
    private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final OrderRepository orders;
    private final OrderPartRepository parts;
    private final StockService stock;
    private final ReferenceDataService reference;
    private final OrderConfig config;
    private final Event<OrderPartChanged> partChanged;
    private final LockTurns turns;
    private final CustomerAccounts customers;

    public OrderPlacementService(OrderRepository orders, OrderPartRepository parts, StockService stock,
            ReferenceDataService reference, OrderConfig config, Event<OrderPartChanged> partChanged, LockTurns turns,
            CustomerAccounts customers) {
        this.customers = customers;
        this.partChanged = partChanged;
        this.turns = turns;
        this.orders = orders;
        this.parts = parts;
        this.stock = stock;
        this.reference = reference;
        this.config = config;
    }

    @Transactional
    public OrderView place(String customerId, OrderFields fields) {
        checkNoDuplicateLines(fields.lines());
        InvalidRequestException.requireExactlyOne("delivery", fields.delivery(), "deliveryAddressId",
                fields.deliveryAddressId());
        // A turn on each product before the first statement: buyers of a hot product queue here, not on
        // its row lock with a pooled connection each.
        return turns.inTurn(fields.lines().stream().map(l -> "product:" + l.productId()).toList(),
                () -> placeInTurn(customerId, fields));
    }

    private OrderView placeInTurn(String customerId, OrderFields fields) {
        customers.requireActive(customerId);
        DeliveryAddress delivery = deliveryOf(customerId, fields);
        reference.requireRegion("delivery.regionCode", delivery.regionCode());
        List<StockedProduct> taken = stock.takeStock(
                fields.lines().stream().map(l -> new StockRequest(l.productId(), l.quantity())).toList(), "lines");

        CustomerOrder order = new CustomerOrder();
        order.id = Ids.newId();
        order.reference = newReference();
        order.customerId = customerId;
        order.paymentMethod = fields.paymentMethod();
        order.currency = CURRENCY;
        order.deliveryName = delivery.name().strip();
        order.deliveryPhone = delivery.phone();
        order.deliveryCity = delivery.city().strip();
        order.deliveryRegionCode = delivery.regionCode();
        order.deliveryAddress = delivery.addressLine().strip();
        order.deliveryLandmark = delivery.landmark() == null || delivery.landmark().isBlank() ? null
                : delivery.landmark().strip();
        order.note = fields.note() == null || fields.note().isBlank() ? null : fields.note().strip();

        Map<String, List<StockedProduct>> byCooperative = new LinkedHashMap<>();
        taken.forEach(p -> byCooperative.computeIfAbsent(p.cooperativeId(), k -> new ArrayList<>()).add(p));
        Instant expiresAt = Instant.now().plus(config.confirmationTimeout());
        Actor customer = new Actor(Actor.Kind.CUSTOMER, customerId);
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, List<StockedProduct>> entry : byCooperative.entrySet()) {
            OrderPart part = newPart(order, entry.getKey(), entry.getValue(), expiresAt);
            part.history.add(PartTransition.record(part, null, PartStatus.PENDING_CONFIRMATION, customer, null));
            order.parts.add(part);
            total = total.add(part.subtotal);
        }
        order.total = total;
        order.refreshStatus();
        orders.persist(order);
        orders.flush();
        order.parts.forEach(part -> partChanged.fire(OrderPartChanged.of(part, null)));
        return OrderView.of(order, part -> true);
    }

    private OrderPart newPart(CustomerOrder order, String cooperativeId, List<StockedProduct> products,
            Instant expiresAt) {
        OrderPart part = new OrderPart();
        part.id = Ids.newId();
        part.order = order;
        part.cooperativeId = cooperativeId;
        part.cooperativeNameFr = products.get(0).cooperativeNameFr();
        part.cooperativeNameAr = products.get(0).cooperativeNameAr();
        part.code = newPartCode(cooperativeId);
        part.status = PartStatus.PENDING_CONFIRMATION;
        part.expiresAt = expiresAt;
        BigDecimal subtotal = BigDecimal.ZERO;
        for (StockedProduct p : products) {
            OrderLine line = new OrderLine();
            line.id = Ids.newId();
            line.part = part;
            line.productId = p.productId();
            line.sku = p.sku();
            line.nameFr = p.nameFr();
            line.nameAr = p.nameAr();
            line.unitPrice = p.price();
            line.quantity = p.quantity();
            line.lineTotal = p.price().multiply(BigDecimal.valueOf(p.quantity()));
            part.lines.add(line);
            subtotal = subtotal.add(line.lineTotal);
        }
        part.subtotal = subtotal;
        // Cash on delivery: the courier collects the whole subtotal.
        part.amountToCollect = order.paymentMethod == PaymentMethod.CASH_ON_DELIVERY ? subtotal : BigDecimal.ZERO;
        return part;
    }

    private DeliveryAddress deliveryOf(String customerId, OrderFields fields) {
        if (fields.delivery() != null) {
            return fields.delivery();
        }
        return customers.savedAddress(customerId, fields.deliveryAddressId()).orElseThrow(
                () -> new InvalidRequestException("deliveryAddressId", "is not one of your saved addresses"));
    }

    private static void checkNoDuplicateLines(List<OrderLineFields> lines) {
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).productId())) {
                errors.add(new FieldError("lines[" + i + "].productId",
                        "duplicate product; put the whole quantity on one line"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private String newReference() {
        String reference;
        do {
            StringBuilder s = new StringBuilder("CM");
            for (int i = 0; i < 8; i++) {
                s.append(REFERENCE_ALPHABET[ThreadLocalRandom.current().nextInt(REFERENCE_ALPHABET.length)]);
            }
            reference = s.toString();
        } while (orders.referenceTaken(reference));
        return reference;
    }

    /** Six digits, easy to type in an SMS reply; unique within the cooperative. */
    private String newPartCode(String cooperativeId) {
        String code;
        do {
            code = String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));
        } while (parts.codeTaken(cooperativeId, code));
        return code;
    }
}
