package ma.coopmarket.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ma.coopmarket.shared.error.ConflictException;

/** An order part's life and its order's derived status, without Quarkus or a database. */
class OrderPartStatesTest {

    private static final Actor MANAGER = new Actor(Actor.Kind.MANAGER, "m1");

    private static CustomerOrder orderOf(int parts) {
        CustomerOrder order = new CustomerOrder();
        for (int i = 0; i < parts; i++) {
            OrderPart part = new OrderPart();
            part.code = "10" + i;
            part.order = order;
            part.status = PartStatus.PENDING_CONFIRMATION;
            order.parts.add(part);
        }
        order.refreshStatus();
        return order;
    }

    @Test
    void theHappyPathIsRecordedStepByStep() {
        CustomerOrder order = orderOf(1);
        OrderPart part = order.parts.get(0);
        assertEquals(OrderStatus.PENDING, order.status);
        part.moveTo(PartStatus.CONFIRMED, MANAGER, null);
        assertEquals(OrderStatus.IN_PROGRESS, order.status);
        part.moveTo(PartStatus.SHIPPED, MANAGER, "by CTM");
        part.moveTo(PartStatus.DELIVERED, MANAGER, null);
        assertEquals(OrderStatus.COMPLETED, order.status);
        assertEquals(3, part.history.size());
        PartTransition last = part.history.get(2);
        assertEquals(PartStatus.SHIPPED, last.fromStatus);
        assertEquals(PartStatus.DELIVERED, last.toStatus);
        assertEquals(Actor.Kind.MANAGER, last.actorKind);
    }

    @Test
    void noStepIsSkippedAndNoFinalStateIsLeft() {
        for (PartStatus from : PartStatus.values()) {
            for (PartStatus to : PartStatus.values()) {
                CustomerOrder order = orderOf(1);
                OrderPart part = order.parts.get(0);
                part.status = from; // the starting point of this case, as the database would hold it
                if (from.next().contains(to)) {
                    part.moveTo(to, MANAGER, null);
                    assertEquals(to, part.status);
                } else {
                    assertThrows(ConflictException.class, () -> part.moveTo(to, MANAGER, null), from + " -> " + to);
                    assertEquals(from, part.status, "a refused move changes nothing");
                    assertTrue(part.history.isEmpty());
                }
            }
        }
        Set<PartStatus> finals = EnumSet.of(PartStatus.DELIVERED, PartStatus.REFUSED, PartStatus.CANCELLED,
                PartStatus.EXPIRED);
        for (PartStatus status : PartStatus.values()) {
            assertEquals(finals.contains(status), status.isFinal(), status.name());
            assertEquals(EnumSet.of(PartStatus.REFUSED, PartStatus.CANCELLED, PartStatus.EXPIRED).contains(status),
                    status.returnsStock(), status.name());
        }
    }

    @Test
    void anOrderIsCancelledOnlyWhenEveryPartIsAndCompletedWhenOneWasDelivered() {
        CustomerOrder order = orderOf(2);
        order.parts.get(0).moveTo(PartStatus.REFUSED, MANAGER, "out of season");
        assertEquals(OrderStatus.PENDING, order.status, "the other part still awaits its cooperative");
        order.parts.get(1).moveTo(PartStatus.EXPIRED, Actor.SYSTEM, null);
        assertEquals(OrderStatus.CANCELLED, order.status);

        CustomerOrder mixed = orderOf(2);
        mixed.parts.get(0).moveTo(PartStatus.CONFIRMED, MANAGER, null);
        mixed.parts.get(0).moveTo(PartStatus.SHIPPED, MANAGER, null);
        mixed.parts.get(0).moveTo(PartStatus.DELIVERED, MANAGER, null);
        assertEquals(OrderStatus.IN_PROGRESS, mixed.status, "delivered and awaiting is in progress, not pending");
        mixed.parts.get(1).moveTo(PartStatus.CANCELLED, new Actor(Actor.Kind.CUSTOMER, "c1"), null);
        assertEquals(OrderStatus.COMPLETED, mixed.status);
    }
}
