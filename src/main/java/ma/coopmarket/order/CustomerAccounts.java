package ma.coopmarket.order;

import java.util.Optional;

/**
 * What orders need of customers' accounts, implemented by the account feature (so that orders need
 * not know accounts): that the customer still exists, and her saved delivery addresses.
 */
public interface CustomerAccounts {

    /**
     * Refuses (401) a customer whose account was deleted, and holds a shared lock on her account until
     * the transaction ends, so that an order and the account's deletion never cross.
     */
    void requireActive(String customerId);

    /** The customer's address with this id, if it is one of hers. */
    Optional<DeliveryAddress> savedAddress(String customerId, String addressId);
}
