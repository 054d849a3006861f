package ma.coopmarket.sms;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signature of a webhook call already accepted: the same call again is a replay. */
@Entity
@Table(name = "sms_webhook_receipt")
public class SmsWebhookReceipt {

    @Id
    public String signature;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
