package ma.coopmarket.shared.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Idempotency keys' settings ({@code coopmarket.idempotency.*}; defaults in application.properties). */
@ConfigMapping(prefix = "coopmarket.idempotency")
public interface IdempotencyConfig {

    /** Keys are kept at least this long. */
    Duration retention();

    /**
     * How long a request holds its Idempotency-Key while it runs: after that a retry with the same
     * body takes the key over. The work's transaction times out at half of it, so a request whose
     * lease lapsed can no longer commit.
     */
    Duration lease();
}
