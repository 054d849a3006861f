package ma.coopmarket.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;

import ma.coopmarket.shared.lifecycle.Draining;

/**
 * Delivers due outbox messages. Several instances may run it at once: a batch is claimed in a
 * short transaction (SKIP LOCKED, then status SENDING with a lease), sent outside any transaction,
 * and each result is written back only if the claim is still this instance's. Each message's
 * lease is renewed just before its send, so a slow batch (webhooks wait on partners' servers)
 * never lets another instance take over a message that is about to be sent. A message whose
 * lease ran out (its instance crashed) is claimed again. Failures are retried with exponential
 * backoff and jitter (the channel's own, or {@code coopmarket.outbox.*}), up to the channel's
 * maximum attempts, then FAILED.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final String instanceId = "dispatcher-" + UUID.randomUUID();
    private final OutboxRepository messages;
    private final Draining draining;
    private final Map<String, OutboxChannel> channels;
    private final MeterRegistry metrics;
    private final int batchSize;
    private final Duration lease;
    private final Duration baseBackoff;
    private final Duration maxBackoff;

    public OutboxDispatcher(OutboxRepository messages, Instance<OutboxChannel> channels, MeterRegistry metrics,
            OutboxConfig config, Draining draining) {
        this.messages = messages;
        this.draining = draining;
        this.channels = channels.stream().collect(Collectors.toMap(OutboxChannel::name, Function.identity()));
        this.metrics = metrics;
        this.batchSize = config.batchSize();
        this.lease = config.lease();
        this.baseBackoff = config.baseBackoff();
        this.maxBackoff = config.maxBackoff();
    }

    @Scheduled(every = "${coopmarket.outbox.dispatch-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!draining.isDraining()) {
            dispatch(instanceId);
        }
    }

    /** One round as dispatcher {@code owner}: claims, sends and records a batch; returns how many were sent. */
    public int dispatch(String owner) {
        List<String> claimed = QuarkusTransaction.requiringNew().call(() -> claim(owner));
        int sent = 0;
        for (String id : claimed) {
            if (draining.isDraining()) {
                // Stopping: what was claimed but not sent goes back at once, not after its lease.
                QuarkusTransaction.requiringNew().call(() -> messages.releaseLease(id, owner, Instant.now()));
                continue;
            }
            // A batch is sent one message after another: renew this message's lease just before its
            // send, so that a long batch never outlives a claim and gets the message sent twice.
            boolean stillOurs = QuarkusTransaction.requiringNew()
                    .call(() -> messages.renewLease(id, owner, Instant.now().plus(lease)));
            if (!stillOurs) {
                LOG.warnf("Outbox message %s was taken over by another dispatcher before its send; skipping it", id);
                continue;
            }
            OutboxMessage message = QuarkusTransaction.requiringNew().call(() -> messages.findById(id));
            OutboxChannel channel = channels.get(message.channel);
            OutboxChannel.DeliveryResult result;
            if (channel == null) {
                result = OutboxChannel.DeliveryResult.fail("no channel '" + message.channel + "' in this instance");
            } else {
                try {
                    result = channel.deliver(message.delivery());
                } catch (RuntimeException e) {
                    result = OutboxChannel.DeliveryResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            OutboxChannel.DeliveryResult outcome = result;
            int maxAttempts = channel == null ? 1 : channel.maxAttempts();
            OutboxChannel.Backoff backoff = channel == null ? null : channel.backoff().orElse(null);
            if (QuarkusTransaction.requiringNew().call(() -> record(id, owner, outcome, maxAttempts, backoff))) {
                sent++;
            }
        }
        return sent;
    }

    private List<String> claim(String owner) {
        Instant now = Instant.now();
        List<OutboxMessage> due = messages.lockDue(now, batchSize);
        for (OutboxMessage message : due) {
            message.claim(owner, now, now.plus(lease));
        }
        return due.stream().map(m -> m.id).toList();
    }

    /** Writes an attempt's result if the claim is still ours; true if the message was sent. */
    private boolean record(String id, String owner, OutboxChannel.DeliveryResult result, int maxAttempts,
            OutboxChannel.Backoff backoff) {
        OutboxMessage message = messages.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.status != OutboxStatus.SENDING || !owner.equals(message.leaseOwner)) {
            LOG.warnf("Outbox message %s was taken over by another dispatcher; dropping this result", id);
            return false;
        }
        Instant now = Instant.now();
        int attempt = message.attempts + 1;
        String error = OutboxService.truncate(result.error());
        switch (result.outcome()) {
            case SENT -> {
                message.sent(result.providerRef(), now);
                metrics.counter("coopmarket.outbox.sent", "channel", message.channel).increment();
                return true;
            }
            case RETRY -> {
                if (attempt >= maxAttempts) {
                    fail(message, error, now);
                } else {
                    message.retryAt(now.plus(backoff == null ? backoff(attempt)
                            : backoff(attempt, backoff.base(), backoff.max())), error, now);
                }
            }
            case FAIL -> fail(message, error, now);
        }
        return false;
    }

    private void fail(OutboxMessage message, String error, Instant now) {
        message.fail(error, now);
        metrics.counter("coopmarket.outbox.failed", "channel", message.channel).increment();
        LOG.warnf("Outbox message %s (%s) failed after %d attempt(s): %s", message.id, message.channel,
                message.attempts, message.lastError);
    }

    /** Exponential backoff with jitter: a random delay between half and all of base × 2^(attempt-1), capped. */
    Duration backoff(int attempt) {
        return backoff(attempt, baseBackoff, maxBackoff);
    }

    static Duration backoff(int attempt, Duration base, Duration max) {
        long cap = cap(attempt, base, max);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }

    /**
     * The shortest time from a message's first attempt to its last, with {@code attempts}
     * attempts and the shortest jitter each time: how long a channel keeps trying, at least.
     */
    public static Duration minimumRetrySpan(int attempts, Duration base, Duration max) {
        long millis = 0;
        for (int attempt = 1; attempt < attempts; attempt++) {
            millis += cap(attempt, base, max) / 2;
        }
        return Duration.ofMillis(millis);
    }

    private static long cap(int attempt, Duration base, Duration max) {
        return Math.min(max.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
    }
}
