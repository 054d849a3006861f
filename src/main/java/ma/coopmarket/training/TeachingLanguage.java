package ma.coopmarket.training;

/**
 * The language a training is taught in, as a BCP 47 tag: Standard Arabic, Moroccan Arabic
 * (Darija), Standard Moroccan Tamazight, French, English.
 */
public enum TeachingLanguage {
    ar, ary, zgh, fr, en
}
