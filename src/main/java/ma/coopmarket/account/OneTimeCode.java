package ma.coopmarket.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ma.coopmarket.shared.crypto.Hashes;

/**
 * A 6-digit code sent to a phone or an e-mail address. Only a hash salted with the row's id is
 * kept; the code is spent by its first right use, after its last allowed wrong one, when it expires,
 * or when a newer code for the same purpose is sent.
 */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CodePurpose purpose;

    /** The phone (E.164) or e-mail address (lower case) it was sent to. */
    @Column(nullable = false)
    public String destination;

    /** The signed-in account that asked for it, for the codes of a signed-in person. */
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    static String hash(String id, String code) {
        return Hashes.sha256Hex(id + ":" + code);
    }

    boolean matches(String code) {
        return Hashes.same(codeHash, hash(id, code));
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Counts a wrong try; the last allowed one spends the code. */
    void wrongTry(int maxAttempts, Instant now) {
        attempts++;
        if (attempts >= maxAttempts) {
            usedAt = now;
        }
    }
}
