package ma.coopmarket.training;

/** A participant's gender, recorded so that women's participation can be reported. */
public enum Gender {
    FEMALE, MALE
}
