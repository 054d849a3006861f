package ma.coopmarket.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ma.coopmarket.shared.persistence.Ids;

/** One recorded status change of an order part: from, to, who, when. Append-only. */
@Entity
@Table(name = "order_part_transition")
public class PartTransition {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id", nullable = false, updatable = false)
    public OrderPart part;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PartStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public PartStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    public Actor.Kind actorKind;

    @Column(name = "actor_id")
    public String actorId;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static PartTransition record(OrderPart part, PartStatus from, PartStatus to, Actor actor, String note) {
        PartTransition t = new PartTransition();
        t.id = Ids.newId();
        t.part = part;
        t.fromStatus = from;
        t.toStatus = to;
        t.actorKind = actor.kind();
        t.actorId = actor.id();
        t.note = note;
        t.createdAt = Instant.now();
        return t;
    }
}
