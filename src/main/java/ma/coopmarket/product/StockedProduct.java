package ma.coopmarket.product;

import java.math.BigDecimal;

/** What an order line needs to know of a product at the moment its stock was taken. */
public record StockedProduct(String productId, String cooperativeId, String sku, String nameFr, String nameAr,
        BigDecimal price, int quantity, String cooperativeNameFr, String cooperativeNameAr) {
}
