package ma.coopmarket.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One HTTP attempt of a delivery, as the partner's delivery log shows it. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    public String id;

    /** The outbox message (the delivery, whose id is the event id). */
    @Column(name = "delivery_id", nullable = false)
    public String deliveryId;

    @Column(name = "endpoint_id", nullable = false)
    public String endpointId;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;

    /** The HTTP status the endpoint answered, or null if it did not answer. */
    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(nullable = false)
    public boolean succeeded;

    public String error;
}
