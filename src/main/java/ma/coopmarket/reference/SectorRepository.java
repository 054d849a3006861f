package ma.coopmarket.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SectorRepository implements PanacheRepositoryBase<Sector, String> {

    public List<Sector> listByCode() {
        return listAll(Sort.by("code"));
    }
}
