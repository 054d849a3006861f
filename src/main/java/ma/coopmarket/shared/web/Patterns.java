package ma.coopmarket.shared.web;

/** Input formats shared by several features. */
public final class Patterns {

    /** A Moroccan number in E.164: +212 then 9 digits, landline (5) or mobile (6, 7). */
    public static final String MOROCCAN_PHONE = "\\+212[5-7][0-9]{8}";
    public static final String MOROCCAN_PHONE_MESSAGE = "{coopmarket.moroccanPhone}";

    private Patterns() {
    }
}
