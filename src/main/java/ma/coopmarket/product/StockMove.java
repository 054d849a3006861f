package ma.coopmarket.product;

import java.math.BigDecimal;

/** A product as it stands right after its stock moved, under the move's row lock. */
public record StockMove(String productId, String cooperativeId, String partnerId, String externalRef, long version,
        int stock, ProductStatus status, String sku, String nameFr, String nameAr, BigDecimal price,
        String cooperativeNameFr, String cooperativeNameAr) {

    ProductChanged changed() {
        return new ProductChanged(ProductChanged.Kind.STOCK_CHANGED, productId, cooperativeId, partnerId, externalRef,
                version, stock, status, null);
    }

    /** What an order line of {@code quantity} units keeps of the product: prices and names cannot change until commit. */
    StockedProduct stocked(int quantity) {
        return new StockedProduct(productId, cooperativeId, sku, nameFr, nameAr, price, quantity, cooperativeNameFr,
                cooperativeNameAr);
    }
}
