package ma.coopmarket.shared.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * What every entity of the features carries: its id (a time-ordered UUID given at insert unless set
 * before), when it was created and last updated (stamped by the callbacks below, never by hand) and
 * its version for optimistic locking. An entity that must do more on insert or update (a default
 * status, its search text) adds its own {@code @PrePersist}/{@code @PreUpdate} method, which runs
 * after these.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Id
    public String id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void stampInsert() {
        if (id == null) {
            id = Ids.newId();
        }
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now();
    }
}
