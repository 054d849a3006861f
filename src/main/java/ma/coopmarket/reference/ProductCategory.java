package ma.coopmarket.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product category of the catalogue (argan oil, honey, rugs, ...). Reference data. */
@Entity
@Table(name = "product_category")
public class ProductCategory {

    @Id
    public String code;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
