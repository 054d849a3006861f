package ma.coopmarket.order;

import java.util.Collection;

/**
 * The status of a whole order, derived from its parts, as a front end shows it: PENDING while no part
 * has been confirmed yet and some still await their cooperative; IN_PROGRESS once a part is confirmed,
 * on its way or delivered while others are still open (a part delivered and another awaiting
 * confirmation is IN_PROGRESS, not PENDING); COMPLETED when every part is final and at least one was
 * delivered; CANCELLED when every part was refused, cancelled or expired. Each part keeps its own
 * status.
 */
public enum OrderStatus {
    PENDING, IN_PROGRESS, COMPLETED, CANCELLED;

    static OrderStatus of(Collection<PartStatus> parts) {
        if (parts.stream().allMatch(PartStatus::isFinal)) {
            return parts.contains(PartStatus.DELIVERED) ? COMPLETED : CANCELLED;
        }
        boolean accepted = parts.contains(PartStatus.CONFIRMED) || parts.contains(PartStatus.SHIPPED)
                || parts.contains(PartStatus.DELIVERED);
        return accepted ? IN_PROGRESS : PENDING;
    }
}
