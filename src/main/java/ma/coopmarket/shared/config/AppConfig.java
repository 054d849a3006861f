package ma.coopmarket.shared.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The application's own settings (prefix {@code coopmarket}), each overridable by environment variable. */
@ConfigMapping(prefix = "coopmarket")
public interface AppConfig {

    Auth auth();

    Admin admin();

    RateLimit rateLimit();

    Bench bench();

    CountCache countCache();

    HttpCache httpCache();

    interface Auth {
        /** Lifetime of an access token (short: it cannot be revoked). */
        Duration accessTokenTtl();

        /** Lifetime of a refresh token (rotated on use, revocable). */
        Duration refreshTokenTtl();

        /** bcrypt work factor for password hashes. */
        int bcryptCost();
    }

    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }

    interface RateLimit {
        int anonymousPerMinute();

        int userPerMinute();

        int partnerPerMinute();

        int authPerMinute();
    }

    interface Bench {
        /** Serves the benchmark's in-memory ceiling endpoint; off except when bench/run starts the app. */
        @WithDefault("false")
        boolean enabled();
    }

    interface CountCache {
        /** Totals of at least this many rows may be reused; smaller ones are always counted. */
        @WithDefault("1000")
        long minimum();

        /** How long a large total is reused (it is recounted after half of it). */
        @WithDefault("PT60S")
        Duration ttl();
    }

    interface HttpCache {
        /** How long browsers and shared caches may keep an anonymous public read (catalogue, directory...). */
        @WithDefault("PT60S")
        Duration maxAge();
    }
}
