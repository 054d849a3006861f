package ma.coopmarket.account;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;


/** bcrypt password hashes; passwords longer than bcrypt's 72 bytes are pre-hashed, not cut. */
@ApplicationScoped
public class PasswordHasher {

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final int cost;
    /** Checked against when the account does not exist, so both paths take the same time. */
    private final String decoy;

    public PasswordHasher(AuthConfig config) {
        this.cost = config.bcryptCost();
        this.decoy = hash("decoy-password-for-timing");
    }

    public String hash(String password) {
        return new String(hasher.hash(cost, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    public boolean matches(String password, String hash) {
        return verifyer.verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? decoy : hash).getBytes(StandardCharsets.UTF_8)).verified && hash != null;
    }

    /** A sane policy: length (checked by validation), letters, and a digit or symbol; not the email. */
    static String policyViolation(String password, String email) {
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c) && !Character.isWhitespace(c));
        if (!letter || !other) {
            return "must contain letters and at least one digit or symbol";
        }
        if (email != null && password.equalsIgnoreCase(email.strip())) {
            return "must not be the email address";
        }
        return null;
    }
}
