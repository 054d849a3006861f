package ma.coopmarket.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepositoryBase<UserAccount, String> {

    public Optional<UserAccount> findByEmail(String email) {
        return find("email", email.strip().toLowerCase()).firstResultOptional();
    }

    public Optional<UserAccount> findByVerifiedPhone(String phone) {
        return find("verifiedPhone", phone).firstResultOptional();
    }

    /** The account, locked: two changes of one account (or its deletion) run one after the other. */
    public Optional<UserAccount> findByIdForUpdate(String id) {
        return find("id", id).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The account, share-locked: it cannot be deleted until the caller's transaction ends. */
    public Optional<UserAccount> findByIdShared(String id) {
        return find("id", id).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    public boolean anyWithRole(AccountRole role) {
        return count("role", role) > 0;
    }
}
