package ma.coopmarket.search;

import java.util.Map;

import ma.coopmarket.shared.text.Language;

/** What a shopper may type for a product label (the codes of ProductLabel), in each language. */
final class LabelWords {

    private static final Map<String, Map<Language, String>> WORDS = Map.of(
            "ORGANIC", words("bio biologique", "عضوي بيولوجي", "organic"),
            "PGI", words("IGP indication géographique protégée", "بيان جغرافي محمي", "PGI protected geographical indication"),
            "PDO", words("AOP appellation d'origine protégée", "تسمية المنشأ المحمية", "PDO protected designation of origin"),
            "LABEL_AGRICOLE", words("label agricole", "علامة فلاحية", "agricultural label"),
            "FAIR_TRADE", words("commerce équitable", "تجارة عادلة", "fair trade"),
            "HALAL", words("halal", "حلال", "halal"),
            "ONSSA_APPROVED", words("agréé ONSSA", "معتمد أونسا", "ONSSA approved"),
            "HANDMADE", words("fait main artisanal", "صنع يدوي", "handmade"));

    private LabelWords() {
    }

    static Map<Language, String> of(String label) {
        return WORDS.getOrDefault(label, Map.of());
    }

    private static Map<Language, String> words(String fr, String ar, String en) {
        return Map.of(Language.fr, fr, Language.ar, ar, Language.en, en);
    }
}
