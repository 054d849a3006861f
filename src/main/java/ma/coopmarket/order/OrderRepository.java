package ma.coopmarket.order;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<CustomerOrder, String> {

    public boolean referenceTaken(String reference) {
        return count("reference", reference) > 0;
    }
}
