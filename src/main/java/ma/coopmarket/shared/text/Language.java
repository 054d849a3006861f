package ma.coopmarket.shared.text;

/** A preferred language (of a person, of a cooperative's SMS), as a BCP 47 primary tag. */
public enum Language {
    fr, ar, en
}
