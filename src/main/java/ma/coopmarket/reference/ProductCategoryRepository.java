package ma.coopmarket.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.util.List;

@ApplicationScoped
public class ProductCategoryRepository implements PanacheRepositoryBase<ProductCategory, String> {

    public List<ProductCategory> listByCode() {
        return listAll(Sort.by("code"));
    }
}
