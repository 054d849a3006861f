package ma.coopmarket.account;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.persistence.Ids;

/** A person who signs in: a customer, a cooperative manager or an admin. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    public String id;

    @Column(nullable = false)
    public String email;

    public String phone;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** bcrypt; never leaves this class's table, never logged. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false)
    public Language preferredLanguage;

    /** For managers: the cooperatives they manage. */
    @ElementCollection
    @CollectionTable(name = "manager_cooperative", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "cooperative_id")
    public Set<String> cooperativeIds = new HashSet<>();

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
