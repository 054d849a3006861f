package ma.coopmarket.account;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ma.coopmarket.shared.persistence.AuditedEntity;

/** One delivery address of a customer's address book. */
@Entity
@Table(name = "saved_address")
public class SavedAddress extends AuditedEntity {

    @Column(name = "account_id", nullable = false)
    public String accountId;

    public String label;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(nullable = false)
    public String phone;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String city;

    @Column(name = "address_line", nullable = false)
    public String addressLine;

    public String landmark;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

}
