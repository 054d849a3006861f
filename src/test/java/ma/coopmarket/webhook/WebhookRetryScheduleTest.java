package ma.coopmarket.webhook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ma.coopmarket.outbox.OutboxDispatcher;

/** The shipped webhook settings keep retrying a delivery for at least 24 hours, as partners are promised. */
class WebhookRetryScheduleTest {

    @Test
    void theProductionBackoffSpansAtLeast24Hours() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        int attempts = Integer.parseInt(settings.getProperty("coopmarket.webhooks.max-attempts"));
        Duration base = Duration.parse(settings.getProperty("coopmarket.webhooks.base-backoff"));
        Duration max = Duration.parse(settings.getProperty("coopmarket.webhooks.max-backoff"));
        Duration span = OutboxDispatcher.minimumRetrySpan(attempts, base, max);
        assertTrue(span.compareTo(Duration.ofHours(24)) >= 0, "shortest retry span " + span);
        Duration disableAfter = Duration.parse(settings.getProperty("coopmarket.webhooks.disable-after"));
        assertTrue(disableAfter.compareTo(Duration.ofHours(24)) >= 0, "an endpoint is not disabled before 24 h");
    }

    @Test
    void theMinimumSpanAddsTheShortestJitteredDelays() {
        // Caps 10 s, 20 s, 40 s, 40 s: the shortest waits are half of each.
        assertTrue(OutboxDispatcher.minimumRetrySpan(5, Duration.ofSeconds(10), Duration.ofSeconds(40))
                .equals(Duration.ofSeconds(55)));
    }
}
