package ma.coopmarket.account;

/**
 * What a one-time code is for. {@code SIGN_IN} (which also opens an account for a new number) and
 * {@code RESET_PASSWORD} are asked for without signing in; the others by the signed-in person.
 */
public enum CodePurpose {
    SIGN_IN, RESET_PASSWORD, VERIFY_PHONE, VERIFY_EMAIL, DELETE_ACCOUNT
}
