package ma.coopmarket.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;

/**
 * The texts a person accepts, by version. A new wording gets a new version; the records keep the
 * version and the exact text shown, in the language it was shown in.
 */
public final class ConsentTexts {

    /** The current text of a consent, in the three languages. */
    @Schema(name = "ConsentText")
    public record Text(ConsentPurpose purpose, @Schema(example = "2026-12") String version, String fr, String ar,
            String en) {

        public String in(Language language) {
            return switch (language) {
                case ar -> ar;
                case en -> en;
                case fr -> fr;
            };
        }
    }

    static final Text MARKETING_SMS = new Text(ConsentPurpose.MARKETING_SMS, "2026-12",
            "J'accepte de recevoir par SMS les offres et nouveautes des cooperatives de CoopMarket. Je peux "
                    + "retirer cet accord a tout moment dans mon compte.",
            "أوافق على تلقي عروض ومستجدات تعاونيات كوب ماركت عبر الرسائل القصيرة، ويمكنني سحب هذه الموافقة في أي وقت من حسابي.",
            "I agree to receive CoopMarket cooperatives' offers and news by SMS. I can withdraw this consent at "
                    + "any time in my account.");

    private ConsentTexts() {
    }

    public static Text current(ConsentPurpose purpose) {
        return switch (purpose) {
            case MARKETING_SMS -> MARKETING_SMS;
        };
    }
}
