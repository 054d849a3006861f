package ma.coopmarket.webhook;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import ma.coopmarket.shared.persistence.AuditedEntity;
import ma.coopmarket.shared.persistence.StringListConverter;

/**
 * A partner's webhook endpoint. Its failure streak is kept by atomic UPDATEs from the
 * dispatchers (see {@link WebhookEndpointRepository}); dynamic updates keep a partner's edit from
 * writing back a stale streak.
 */
@Entity
@Table(name = "webhook_endpoint")
@DynamicUpdate
public class WebhookEndpoint extends AuditedEntity {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WebhookEndpointStatus")
    public enum Status {
        ACTIVE, DISABLED
    }

    @Column(name = "partner_id", nullable = false, updatable = false)
    public String partnerId;

    @Column(nullable = false)
    public String url;

    public String description;

    /** {@link WebhookEvent} names. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> events = List.of();

    /** The HMAC key: kept as is, since signing needs it. Shown to the partner once. */
    @Column(nullable = false)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    public boolean subscribesTo(String eventType) {
        return events.contains(eventType);
    }

    /** Back in service after the partner fixed it: the failure streak starts again from zero. */
    void enable() {
        status = Status.ACTIVE;
        consecutiveFailures = 0;
        failingSince = null;
        disabledAt = null;
        disabledReason = null;
    }
}
