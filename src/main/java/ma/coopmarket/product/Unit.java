package ma.coopmarket.product;

/** The unit a product is sold in; with the unit quantity it says e.g. "250 ML" or "1 KG". */
public enum Unit {
    KG, G, L, ML, PIECE
}
