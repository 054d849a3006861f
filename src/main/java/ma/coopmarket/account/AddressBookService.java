package ma.coopmarket.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.order.CustomerAccounts;
import ma.coopmarket.order.DeliveryAddress;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.PhoneNumbers;

/**
 * A customer's address book: up to {@value #MAX} delivery addresses, one of them the default. Changes
 * lock the account's row, so that parallel additions cannot pass the limit or leave two defaults.
 */
@ApplicationScoped
public class AddressBookService implements CustomerAccounts {

    static final int MAX = 10;

    private final SavedAddressRepository addresses;
    private final UserAccountRepository accounts;
    private final ReferenceDataService reference;

    public AddressBookService(SavedAddressRepository addresses, UserAccountRepository accounts,
            ReferenceDataService reference) {
        this.addresses = addresses;
        this.accounts = accounts;
        this.reference = reference;
    }

    @Transactional
    public List<SavedAddressView> list(String accountId) {
        return addresses.ofAccount(accountId).stream().map(SavedAddressView::of).toList();
    }

    @Transactional
    public SavedAddressView add(String accountId, SavedAddressFields fields) {
        reference.requireRegion("regionCode", fields.regionCode());
        lockAccount(accountId);
        List<SavedAddress> book = addresses.ofAccount(accountId);
        if (book.size() >= MAX) {
            throw new ConflictException("address-book-full", "Address book full",
                    "An account keeps at most " + MAX + " addresses; delete one first.");
        }
        SavedAddress address = new SavedAddress();
        address.accountId = accountId;
        copy(fields, address);
        address.isDefault = book.isEmpty() || Boolean.TRUE.equals(fields.isDefault());
        if (address.isDefault) {
            book.forEach(a -> a.isDefault = false);
        }
        addresses.persist(address);
        addresses.flush();
        return SavedAddressView.of(address);
    }

    @Transactional
    public SavedAddressView replace(String accountId, String id, SavedAddressFields fields) {
        reference.requireRegion("regionCode", fields.regionCode());
        lockAccount(accountId);
        SavedAddress address = owned(accountId, id);
        copy(fields, address);
        if (Boolean.TRUE.equals(fields.isDefault()) && !address.isDefault) {
            addresses.ofAccount(accountId).forEach(a -> a.isDefault = a.id.equals(id));
        }
        addresses.flush();
        return SavedAddressView.of(address);
    }

    /** Deletes an address; if it was the default, the oldest of the others becomes it. */
    @Transactional
    public void delete(String accountId, String id) {
        lockAccount(accountId);
        SavedAddress address = owned(accountId, id);
        addresses.delete(address);
        if (address.isDefault) {
            addresses.ofAccount(accountId).stream().filter(a -> !a.id.equals(id)).findFirst()
                    .ifPresent(a -> a.isDefault = true);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireActive(String customerId) {
        accounts.findByIdShared(customerId).orElseThrow(() -> new NotFoundException("Account", customerId)).active();
    }

    @Override
    @Transactional
    public Optional<DeliveryAddress> savedAddress(String customerId, String addressId) {
        return addresses.findOf(customerId, addressId).map(a -> new DeliveryAddress(a.recipientName, a.phone, a.city,
                a.regionCode, a.addressLine, a.landmark));
    }

    private SavedAddress owned(String accountId, String id) {
        return addresses.findOf(accountId, id).orElseThrow(() -> new NotFoundException("Address", id));
    }

    private void lockAccount(String accountId) {
        accounts.findByIdForUpdate(accountId).orElseThrow(() -> new NotFoundException("Account", accountId)).active();
    }

    private static void copy(SavedAddressFields fields, SavedAddress address) {
        address.label = blankToNull(fields.label());
        address.recipientName = fields.recipientName().strip();
        address.phone = PhoneNumbers.normalize(fields.phone());
        address.regionCode = fields.regionCode();
        address.city = fields.city().strip();
        address.addressLine = fields.addressLine().strip();
        address.landmark = blankToNull(fields.landmark());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
