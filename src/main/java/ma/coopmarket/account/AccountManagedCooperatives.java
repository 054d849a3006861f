package ma.coopmarket.account;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.security.ManagedCooperatives;

/** A manager's cooperatives, read from their account for the access policy. */
@ApplicationScoped
public class AccountManagedCooperatives implements ManagedCooperatives {

    private final UserAccountRepository accounts;

    public AccountManagedCooperatives(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public Set<String> of(String userId) {
        return accounts.findByIdOptional(userId).map(a -> Set.copyOf(a.cooperativeIds)).orElse(Set.of());
    }
}
