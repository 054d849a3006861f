package ma.coopmarket.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of Morocco's 12 regions, keyed by its ISO 3166-2:MA code. Loaded by migration. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    public String code;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
