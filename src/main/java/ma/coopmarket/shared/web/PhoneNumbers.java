package ma.coopmarket.shared.web;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as Moroccans type them ({@code 06 12 34 56 78}, {@code +212 6-12-34-56-78},
 * {@code 00212612345678}), read by libphonenumber and stored in E.164 ({@code +212612345678}).
 */
public final class PhoneNumbers {

    /** What a typed number turned out to be. */
    public enum Verdict {
        MOROCCAN_MOBILE, MOROCCAN_OTHER, FOREIGN, MALFORMED
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static Verdict judge(String typed) {
        Optional<PhoneNumber> number = parse(typed);
        if (number.isEmpty() || !UTIL.isValidNumber(number.get())) {
            return Verdict.MALFORMED;
        }
        if (!"MA".equals(UTIL.getRegionCodeForNumber(number.get()))) {
            return Verdict.FOREIGN;
        }
        return UTIL.getNumberType(number.get()) == PhoneNumberType.MOBILE ? Verdict.MOROCCAN_MOBILE
                : Verdict.MOROCCAN_OTHER;
    }

    /** The number in E.164, for a number {@link #judge} found valid; null for null. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        return parse(typed).map(n -> UTIL.format(n, PhoneNumberFormat.E164))
                .orElseThrow(() -> new IllegalArgumentException("not a phone number"));
    }

    private static Optional<PhoneNumber> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 32) {
            return Optional.empty();
        }
        try {
            return Optional.of(UTIL.parse(typed.strip(), "MA"));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
