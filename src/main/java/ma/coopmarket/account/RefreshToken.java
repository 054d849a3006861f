package ma.coopmarket.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A refresh token, stored only as its SHA-256. Each use rotates it: the used token is revoked and
 * a new one of the same family issued. Presenting a revoked token again means it leaked, so the
 * whole family is revoked (reuse detection).
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    public String id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "family_id", nullable = false)
    public String familyId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean isUsable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
