package ma.coopmarket.order;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Orders' settings ({@code coopmarket.orders.*}; defaults in application.properties). */
@ConfigMapping(prefix = "coopmarket.orders")
public interface OrderConfig {

    /** How long a cooperative has to confirm its part before it expires. */
    Duration confirmationTimeout();

    /** How long before expiry the cooperative is warned (by SMS). */
    Duration expiryWarningBefore();

    /** How often the expiry job looks for parts past their deadline (read by {@code @Scheduled}). */
    String expiryCheckInterval();
}
