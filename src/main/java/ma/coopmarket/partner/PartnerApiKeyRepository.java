package ma.coopmarket.partner;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PartnerApiKeyRepository implements PanacheRepositoryBase<PartnerApiKey, String> {

    public Optional<PartnerApiKey> findByPrefix(String prefix) {
        return find("prefix", prefix).firstResultOptional();
    }

    public List<PartnerApiKey> ofPartner(String partnerId) {
        return list("partnerId", Sort.by("createdAt"), partnerId);
    }
}
