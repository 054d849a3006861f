package ma.coopmarket.order;

import java.util.Collection;

/**
 * The status of a whole order, derived from its parts: PENDING while any part awaits its
 * cooperative's confirmation; IN_PROGRESS while parts are confirmed or on their way; COMPLETED
 * when every part is final and at least one was delivered; CANCELLED when every part was refused,
 * cancelled or expired.
 */
public enum OrderStatus {
    PENDING, IN_PROGRESS, COMPLETED, CANCELLED;

    static OrderStatus of(Collection<PartStatus> parts) {
        if (parts.contains(PartStatus.PENDING_CONFIRMATION)) {
            return PENDING;
        }
        if (parts.stream().anyMatch(p -> !p.isFinal())) {
            return IN_PROGRESS;
        }
        return parts.contains(PartStatus.DELIVERED) ? COMPLETED : CANCELLED;
    }
}
