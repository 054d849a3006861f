package ma.coopmarket.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The outbox dispatcher's settings ({@code coopmarket.outbox.*}; defaults in application.properties). */
@ConfigMapping(prefix = "coopmarket.outbox")
public interface OutboxConfig {

    /** How often each instance's dispatcher runs ({@code off} disables it, as in tests). */
    String dispatchInterval();

    int batchSize();

    /** How long a claimed message stays with its dispatcher before another may take it over. */
    Duration lease();

    Duration baseBackoff();

    Duration maxBackoff();

    /** Finished messages (sent, delivered, failed) are deleted this long after they were created. */
    Duration retention();
}
