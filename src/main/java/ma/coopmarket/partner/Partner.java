package ma.coopmarket.partner;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.persistence.StringListConverter;

/** A partner platform: granted permissions on a set of cooperatives, authenticated by API keys. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** {@link ma.coopmarket.security.Permission} names. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> permissions = List.of();

    @ElementCollection
    @CollectionTable(name = "partner_cooperative", joinColumns = @JoinColumn(name = "partner_id"))
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
