package ma.coopmarket.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An activity sector of cooperatives. Rows, not an enum: the list grows without a release. */
@Entity
@Table(name = "sector")
public class Sector {

    @Id
    public String code;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
