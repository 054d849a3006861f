package ma.coopmarket.product;

/** Labels and certifications shown on a product (Moroccan distinctive signs and common labels). */
public enum ProductLabel {
    ORGANIC, PGI, PDO, LABEL_AGRICOLE, FAIR_TRADE, HALAL, ONSSA_APPROVED, HANDMADE
}
