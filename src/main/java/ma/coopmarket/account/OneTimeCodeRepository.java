package ma.coopmarket.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OneTimeCodeRepository implements PanacheRepositoryBase<OneTimeCode, String> {

    /**
     * The newest usable code for a destination and purpose (and the signed-in account that asked for it,
     * or none), locked: parallel tries are counted one by one.
     */
    public Optional<OneTimeCode> findUsableForUpdate(String destination, CodePurpose purpose, String accountId,
            Instant now) {
        String owner = accountId == null ? "accountId is null" : "accountId = :account";
        var params = new java.util.HashMap<String, Object>(
                java.util.Map.of("destination", destination, "purpose", purpose, "now", now));
        if (accountId != null) {
            params.put("account", accountId);
        }
        return find("destination = :destination and purpose = :purpose and " + owner
                + " and usedAt is null and expiresAt > :now", Sort.descending("createdAt"), params)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Spends the codes still usable for a destination, purpose and account (a newer one replaces them). */
    public void spendAll(String destination, CodePurpose purpose, String accountId, Instant now) {
        if (accountId == null) {
            update("usedAt = ?1 where destination = ?2 and purpose = ?3 and accountId is null and usedAt is null",
                    now, destination, purpose);
        } else {
            update("usedAt = ?1 where destination = ?2 and purpose = ?3 and accountId = ?4 and usedAt is null",
                    now, destination, purpose, accountId);
        }
    }

    /** Deletes the codes sent to a phone or an address (its owner's account is deleted). */
    public void deleteSentTo(String destination) {
        delete("destination", destination);
    }

    /** Deletes the codes that expired before {@code before}. */
    public long deleteExpired(Instant before) {
        return delete("expiresAt < ?1", before);
    }

    public void deleteOfAccount(String accountId) {
        delete("accountId", accountId);
    }
}
