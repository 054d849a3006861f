package ma.coopmarket.order;

/** What became of a cooperative's answer by SMS. */
public enum SmsAnswer {
    CONFIRMED, REFUSED, UNKNOWN_CODE, NOT_ALLOWED_NOW
}
