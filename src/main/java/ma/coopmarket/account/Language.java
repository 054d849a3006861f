package ma.coopmarket.account;

/** A person's preferred language, as a BCP 47 primary tag. */
public enum Language {
    fr, ar, en
}
