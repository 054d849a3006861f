package ma.coopmarket.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, String> {

    /** The token row, locked so that two parallel refreshes with one token cannot both rotate it. */
    public Optional<RefreshToken> findByHashForUpdate(String hash) {
        return find("tokenHash", hash).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public void revokeAllOf(String userId, Instant now) {
        update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }

    public void deleteOfAccount(String userId) {
        delete("userId", userId);
    }

    public void revokeFamily(String familyId, Instant now) {
        update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }
}
