package ma.coopmarket.order;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/**
 * A customer's orders under her data rights (Law 09-08): all of them for her export, the ones still
 * open (which block the deletion of her account), and their anonymisation once she is deleted:
 * orders stay for the cooperatives' accounts, without her name, phone, address or note.
 */
@ApplicationScoped
public class CustomerDataService {

    static final String ERASED_NAME = "Client supprimé";
    static final String ERASED_PHONE = "+212500000000";
    static final String ERASED_ADDRESS = "-";

    private final OrderRepository orders;

    public CustomerDataService(OrderRepository orders) {
        this.orders = orders;
    }

    @Transactional
    public List<OrderView> ordersOf(String customerId) {
        return orders.list("customerId", Sort.ascending("createdAt", "id"), customerId).stream()
                .map(o -> OrderView.of(o, part -> true)).toList();
    }

    /** The references of the customer's orders with a part not yet delivered, refused, cancelled or expired. */
    @Transactional
    public List<String> openOrderReferences(String customerId) {
        return orders.list("customerId", Sort.ascending("createdAt", "id"), customerId).stream()
                .filter(o -> o.parts.stream().anyMatch(p -> !p.status.isFinal()))
                .map(o -> o.reference).toList();
    }

    /**
     * Replaces the customer's personal data in her orders, and the notes she wrote on their parts
     * (a cancellation's reason); city and region stay (accounts, statistics).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymise(String customerId) {
        orders.getEntityManager()
                .createQuery("update PartTransition t set t.note = null where t.actorKind = :kind and t.actorId = :id")
                .setParameter("kind", Actor.Kind.CUSTOMER).setParameter("id", customerId).executeUpdate();
        return orders.update("deliveryName = ?1, deliveryPhone = ?2, deliveryAddress = ?3, deliveryLandmark = null,"
                + " note = null where customerId = ?4", ERASED_NAME, ERASED_PHONE, ERASED_ADDRESS, customerId);
    }
}
