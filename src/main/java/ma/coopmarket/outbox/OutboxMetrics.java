package ma.coopmarket.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Queue gauges for the outbox: how many messages wait, how many failed, and the age of the
 * oldest waiting one (sent and failed counts are counters kept by the dispatcher).
 */
@ApplicationScoped
public class OutboxMetrics {

    private final OutboxRepository messages;

    public OutboxMetrics(OutboxRepository messages) {
        this.messages = messages;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry, Instance<OutboxChannel> channels) {
        // The dispatcher's counters exist from start-up at 0, so that an alert on their rate sees the first one.
        for (OutboxChannel channel : channels) {
            registry.counter("coopmarket.outbox.sent", "channel", channel.name());
            registry.counter("coopmarket.outbox.failed", "channel", channel.name());
        }
        Gauge.builder("coopmarket.outbox.pending", this, m -> m.count(OutboxStatus.PENDING))
                .description("Outbox messages waiting for an attempt").register(registry);
        Gauge.builder("coopmarket.outbox.failed.current", this, m -> m.count(OutboxStatus.FAILED))
                .description("Outbox messages that gave up").register(registry);
        Gauge.builder("coopmarket.outbox.oldest.pending.age.seconds", this, OutboxMetrics::oldestPendingAge)
                .description("Age of the oldest message not yet sent").register(registry);
    }

    private double count(OutboxStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> messages.countByStatus(status));
    }

    private double oldestPendingAge() {
        Instant oldest = QuarkusTransaction.requiringNew().call(messages::oldestPending);
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds();
    }
}
