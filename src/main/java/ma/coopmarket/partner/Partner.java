package ma.coopmarket.partner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ma.coopmarket.shared.persistence.AuditedEntity;
import ma.coopmarket.shared.persistence.StringListConverter;

/** A partner platform: granted permissions on a set of cooperatives, authenticated by API keys. */
@Entity
@Table(name = "partner")
public class Partner extends AuditedEntity {

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

}
