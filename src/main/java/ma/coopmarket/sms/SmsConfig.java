package ma.coopmarket.sms;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** SMS settings ({@code coopmarket.sms.*}; defaults and environment variables in application.properties). */
@ConfigMapping(prefix = "coopmarket.sms")
public interface SmsConfig {

    /** {@code log} (writes messages to the log; the quick start) or {@code http} (a provider's HTTP API). */
    String gateway();

    /** Lets the log gateway show one-time codes (local trials of the sign-in by SMS; never in production). */
    boolean logCodes();

    int maxAttempts();

    /** Shared secret the gateway signs its webhook calls with (HMAC-SHA256); none refuses every call. */
    Optional<String> webhookSecret();

    /** How old a signed webhook call may be. */
    Duration webhookTolerance();

    Http http();

    /** The HTTP provider's API. */
    interface Http {
        Optional<String> url();

        /** Header carrying the provider credential, e.g. {@code Authorization}. */
        String authHeader();

        Optional<String> authValue();

        Duration connectTimeout();

        Duration timeout();
    }
}
