package ma.coopmarket.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one cooperative's part of an order. The allowed moves are listed here once; the
 * part refuses any other. REFUSED, CANCELLED and EXPIRED give the stock back.
 */
public enum PartStatus {
    PENDING_CONFIRMATION, CONFIRMED, SHIPPED, DELIVERED, REFUSED, CANCELLED, EXPIRED;

    public Set<PartStatus> next() {
        return switch (this) {
            case PENDING_CONFIRMATION -> EnumSet.of(CONFIRMED, REFUSED, CANCELLED, EXPIRED);
            case CONFIRMED -> EnumSet.of(SHIPPED, REFUSED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, REFUSED, CANCELLED, EXPIRED -> EnumSet.noneOf(PartStatus.class);
        };
    }

    public boolean returnsStock() {
        return this == REFUSED || this == CANCELLED || this == EXPIRED;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
