package ma.coopmarket.shared.text;

/** A preferred language (of a person, of a cooperative's SMS), as a BCP 47 primary tag. */
public enum Language {
    fr, ar, en;

    /** The first supported language of an Accept-Language header, or French. */
    public static Language fromAcceptLanguage(String header) {
        if (header != null) {
            for (String part : header.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                for (Language language : values()) {
                    if (language.name().equals(primary)) {
                        return language;
                    }
                }
            }
        }
        return fr;
    }
}
