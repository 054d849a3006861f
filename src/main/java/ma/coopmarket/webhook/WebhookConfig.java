package ma.coopmarket.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Partner webhooks' settings ({@code coopmarket.webhooks.*}; defaults in application.properties). */
@ConfigMapping(prefix = "coopmarket.webhooks")
public interface WebhookConfig {

    /** Attempts per delivery before it is FAILED; with the backoff below, spans at least 24 hours. */
    int maxAttempts();

    /** First delay between attempts; it doubles after each failure (with jitter), up to {@link #maxBackoff()}. */
    Duration baseBackoff();

    Duration maxBackoff();

    Duration connectTimeout();

    /** Time allowed for the partner's server to answer one delivery. */
    Duration requestTimeout();

    /** An endpoint is disabled after this many failed attempts in a row ... */
    int disableAfterFailures();

    /** ... that have gone on for at least this long. */
    Duration disableAfter();

    /**
     * Hosts exempt from the SSRF guard (private, loopback and link-local addresses, plain http):
     * for tests and local development only; empty in production.
     */
    Optional<List<String>> privateTargetAllowlist();
}
