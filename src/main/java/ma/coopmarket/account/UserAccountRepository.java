package ma.coopmarket.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepositoryBase<UserAccount, String> {

    public Optional<UserAccount> findByEmail(String email) {
        return find("email", email.strip().toLowerCase()).firstResultOptional();
    }

    public boolean anyWithRole(AccountRole role) {
        return count("role", role) > 0;
    }
}
