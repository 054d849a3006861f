package ma.coopmarket.sms;

/** What the outbox stores for an SMS: the text, its language, encoding and segment count. */
public record SmsPayload(String text, String language, SmsText.Encoding encoding, int segments) {

    static SmsPayload of(String text, String language) {
        SmsText sms = SmsText.of(text);
        return new SmsPayload(text, language, sms.encoding(), sms.segments());
    }
}
