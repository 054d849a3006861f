package ma.coopmarket.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SavedAddressRepository implements PanacheRepositoryBase<SavedAddress, String> {

    /** The default first, then the oldest first. */
    public List<SavedAddress> ofAccount(String accountId) {
        return list("accountId", Sort.descending("isDefault").and("createdAt").and("id"), accountId);
    }

    public Optional<SavedAddress> findOf(String accountId, String id) {
        return find("accountId = ?1 and id = ?2", accountId, id).firstResultOptional();
    }

    public void deleteOfAccount(String accountId) {
        delete("accountId", accountId);
    }
}
