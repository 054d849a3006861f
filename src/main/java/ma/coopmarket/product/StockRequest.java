package ma.coopmarket.product;

/** Units of one product to take from, or give back to, stock. */
public record StockRequest(String productId, int quantity) {
}
