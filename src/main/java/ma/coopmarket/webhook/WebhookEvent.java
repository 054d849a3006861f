package ma.coopmarket.webhook;

/** What a partner's endpoint can subscribe to; each concerns a cooperative of the partner's scope. */
public enum WebhookEvent {
    PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_ARCHIVED, STOCK_CHANGED, ORDER_PART_CREATED, ORDER_PART_STATUS_CHANGED;

    /** The type of the test event a partner can ask for; it is not subscribed to. */
    public static final String PING = "PING";
}
