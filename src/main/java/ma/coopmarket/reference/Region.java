package ma.coopmarket.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of Morocco's 12 regions, keyed by its ISO 3166-2:MA code. Loaded by migration. */
@Entity
@Table(name = "region")
public class Region extends ReferenceEntry {
}
