package ma.coopmarket.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sign-in to an account, or one refused (a wrong password): the owner sees them in her export. */
@Entity
@Table(name = "sign_in_event")
public class SignInEvent {

    @Schema(name = "SignInMethod")
    public enum Method {
        PASSWORD, SMS_CODE
    }

    @Id
    public String id;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Method method;

    @Column(nullable = false)
    public boolean succeeded;

    @Column(name = "client_ip")
    public String clientIp;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
