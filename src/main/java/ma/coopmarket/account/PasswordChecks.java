package ma.coopmarket.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.security.RateLimitBuckets;
import ma.coopmarket.shared.error.InvalidRequestException;

/**
 * Checks the password of a signed-in person before a sensitive change (password, phone, e-mail,
 * deletion). Each check spends one of the account's 10 an hour, so that a stolen access token is
 * no oracle for guessing the password.
 */
@ApplicationScoped
public class PasswordChecks {

    private static final int PER_HOUR = 10;

    private final RateLimitBuckets buckets;
    private final PasswordHasher passwords;

    public PasswordChecks(RateLimitBuckets buckets, PasswordHasher passwords) {
        this.buckets = buckets;
        this.passwords = passwords;
    }

    /** Requires {@code password} (named {@code field}) to be the account's, when it has one. */
    public void requireCurrent(UserAccount account, String password, String field) {
        if (account.passwordHash == null) {
            return;
        }
        buckets.spend("password-check:" + account.id, PER_HOUR, Duration.ofHours(1), "too-many-attempts",
                "Too many attempts", "Too many password checks for this account; retry later.");
        if (password == null || !passwords.matches(password, account.passwordHash)) {
            throw new InvalidRequestException(field, password == null ? "is required" : "is wrong");
        }
    }
}
