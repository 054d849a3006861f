package ma.coopmarket.partner;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One API key of a partner. The key is shown once at creation; only its SHA-256 is stored (keys
 * are 256-bit random, so a fast hash is enough). The prefix is public and finds the row.
 */
@Entity
@Table(name = "partner_api_key")
public class PartnerApiKey {

    @Id
    public String id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(nullable = false)
    public String prefix;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
