package ma.coopmarket.sms;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cooperative's reply: a word that confirms or refuses, and an order part code. Accepted
 * words, in any case and with or without accents: OK, OUI, YES, CONFIRME, نعم, موافق, أكد to
 * confirm; NON, NO, REFUSE, لا, رفض to refuse. Arabic-Indic digits are read as digits.
 */
public record SmsCommand(boolean confirm, String code) {

    private static final Pattern FORM = Pattern.compile("^\\s*(\\S+)\\s+#?(\\d{4,8})\\s*$");

    public static Optional<SmsCommand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(digits(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = Normalizer.normalize(m.group(1), Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").toUpperCase();
        return switch (word) {
            case "OK", "OUI", "YES", "CONFIRME", "CONFIRMER", "نعم", "موافق", "اكد" -> Optional.of(new SmsCommand(true, m.group(2)));
            case "NON", "NO", "REFUSE", "REFUSER", "لا", "رفض" -> Optional.of(new SmsCommand(false, m.group(2)));
            default -> Optional.empty();
        };
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0x0660 && c <= 0x0669) {
                out.append((char) ('0' + c - 0x0660));
            } else if (c >= 0x06F0 && c <= 0x06F9) {
                out.append((char) ('0' + c - 0x06F0));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
