package ma.coopmarket.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    public List<Region> listByCode() {
        return listAll(Sort.by("code"));
    }
}
