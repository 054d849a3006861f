package ma.coopmarket.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product category of the catalogue (argan oil, honey, rugs, ...). Reference data. */
@Entity
@Table(name = "product_category")
public class ProductCategory extends ReferenceEntry {
}
