package ma.coopmarket.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An activity sector of cooperatives. Rows, not an enum: the list grows without a release. */
@Entity
@Table(name = "sector")
public class Sector extends ReferenceEntry {
}
