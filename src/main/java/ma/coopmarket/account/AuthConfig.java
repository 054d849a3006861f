package ma.coopmarket.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in settings ({@code coopmarket.auth.*}; defaults in application.properties or below). */
@ConfigMapping(prefix = "coopmarket.auth")
public interface AuthConfig {

    /** Lifetime of an access token (short: it cannot be revoked). */
    Duration accessTokenTtl();

    /** Lifetime of a refresh token (rotated on use, revocable). */
    Duration refreshTokenTtl();

    /** bcrypt work factor for password hashes. */
    int bcryptCost();

    Codes codes();

    /** One-time codes sent by SMS or e-mail (sign-in, recovery, verification, deletion). */
    interface Codes {
        /** How long a code may be used. */
        @WithDefault("PT5M")
        Duration ttl();

        /** Wrong tries before a code is spent (and further tries for its number get 429). */
        @WithDefault("5")
        int maxAttempts();

        /** Codes sent to one phone or e-mail address per hour. */
        @WithDefault("5")
        int perDestinationPerHour();

        /** Time between two codes to one phone or e-mail address. */
        @WithDefault("PT60S")
        Duration resendAfter();

        /** Codes asked for by one client address per hour (a whole cybercafé shares one address). */
        @WithDefault("30")
        int perClientPerHour();
    }
}
