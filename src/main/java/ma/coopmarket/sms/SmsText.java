package ma.coopmarket.sms;

/**
 * A message text with its encoding and the number of SMS segments it costs. GSM-7 texts fit 160
 * characters in one SMS and 153 per segment beyond (extension characters such as € count twice);
 * anything else (Arabic) is UCS-2: 70 characters, then 67 per segment.
 */
public record SmsText(String text, Encoding encoding, int units, int segments) {

    public enum Encoding {
        GSM_7, UCS_2
    }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static SmsText of(String text) {
        int septets = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length() && gsm; i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                gsm = false;
            }
        }
        if (gsm) {
            return new SmsText(text, Encoding.GSM_7, septets, septets <= 160 ? 1 : (septets + 152) / 153);
        }
        int units = text.length();
        return new SmsText(text, Encoding.UCS_2, units, units <= 70 ? 1 : (units + 66) / 67);
    }
}
