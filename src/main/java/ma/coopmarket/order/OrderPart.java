package ma.coopmarket.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.persistence.AuditedEntity;

/**
 * One cooperative's share of an order: its lines, subtotal and the cash to collect. It guards
 * its own transitions: {@link #moveTo} refuses any move that {@link PartStatus#next()} does not
 * allow, so no caller can skip a step or leave a final state.
 */
@Entity
@Table(name = "order_part")
public class OrderPart extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    public CustomerOrder order;

    @Column(name = "cooperative_id", nullable = false)
    public String cooperativeId;

    /** The cooperative's names when the order was placed, as a front end shows the part (V17). */
    @Column(name = "cooperative_name_fr")
    public String cooperativeNameFr;

    @Column(name = "cooperative_name_ar")
    public String cooperativeNameAr;

    /** Short numeric code a cooperative quotes to answer by SMS. Unique per cooperative. */
    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartStatus status;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal subtotal;

    @Column(name = "amount_to_collect", nullable = false, precision = 14, scale = 2)
    public BigDecimal amountToCollect;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "cash_collected_by")
    public String cashCollectedBy;

    @Column(name = "cash_collected_at")
    public Instant cashCollectedAt;

    @Column(name = "refusal_reason")
    public String refusalReason;

    /** When the cooperative was warned that the part will expire (once). */
    @Column(name = "expiry_warned_at")
    public Instant expiryWarnedAt;

    @OneToMany(mappedBy = "part", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "part", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    public List<PartTransition> history = new ArrayList<>();

    /**
     * Moves to {@code target} if the current status allows it, records who did it, and refreshes
     * the order's derived status. Throws a 409 problem for an illegal move.
     */
    public PartTransition moveTo(PartStatus target, Actor actor, String note) {
        if (!status.next().contains(target)) {
            throw new ConflictException("illegal-transition", "Illegal status change",
                    "Order part " + code + " is " + status + " and cannot become " + target + "; allowed: "
                            + (status.next().isEmpty() ? "none (final)" : status.next()) + ".");
        }
        PartTransition transition = PartTransition.record(this, status, target, actor, note);
        status = target;
        history.add(transition);
        order.refreshStatus();
        return transition;
    }

    public boolean isExpiredAt(Instant now) {
        return status == PartStatus.PENDING_CONFIRMATION && expiresAt.isBefore(now);
    }
}
