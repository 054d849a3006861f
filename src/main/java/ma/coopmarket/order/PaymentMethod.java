package ma.coopmarket.order;

/** How the customer pays. Cash on delivery today; online payment can be added as another value. */
public enum PaymentMethod {
    CASH_ON_DELIVERY
}
