package ma.coopmarket.product;

/** DRAFT products are not in the public catalogue; ARCHIVED is reached only by archiving. */
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED
}
