package ma.coopmarket.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row of reference data: a stable code and its label in French, Arabic and English. Loaded by migration. */
@MappedSuperclass
public abstract class ReferenceEntry {

    @Id
    public String code;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
