package ma.coopmarket.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProductCategoryRepository implements PanacheRepositoryBase<ProductCategory, String> {

    public List<ProductCategory> listByCode() {
        return listAll(Sort.by("code"));
    }
}
