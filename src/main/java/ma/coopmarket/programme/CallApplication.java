package ma.coopmarket.programme;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.persistence.AuditedEntity;

/** A cooperative's application to a call; one per cooperative and call. It guards its own decisions. */
@Entity
@Table(name = "call_application")
public class CallApplication extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    public ProgrammeCall call;

    @Column(name = "cooperative_id", nullable = false, updatable = false)
    public String cooperativeId;

    public String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status = ApplicationStatus.SUBMITTED;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** SUBMITTED to SELECTED; the caller takes the place in the call's quota in the same transaction. */
    public void select(Instant now) {
        decide(ApplicationStatus.SELECTED, now);
    }

    /** SUBMITTED to REJECTED. */
    public void reject(Instant now) {
        decide(ApplicationStatus.REJECTED, now);
    }

    private void decide(ApplicationStatus target, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("illegal-transition", "Illegal status change",
                    "An application that is " + status + " cannot become " + target + "; decisions are final.");
        }
        status = target;
        decidedAt = now;
    }
}
