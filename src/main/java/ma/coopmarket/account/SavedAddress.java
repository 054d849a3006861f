package ma.coopmarket.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ma.coopmarket.shared.persistence.Ids;

/** One delivery address of a customer's address book. */
@Entity
@Table(name = "saved_address")
public class SavedAddress {

    @Id
    public String id;

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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = Ids.newId();
        }
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }
}
