package ma.coopmarket.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;


/**
 * Deletes finished messages (SENT, DELIVERED, FAILED) once {@code coopmarket.outbox.retention} has
 * passed since they were created: a million orders a year leave millions of SMS and webhook rows,
 * which the delivery log and the replay of failed deliveries only need for a few weeks. Pending
 * and in-flight messages are never touched. Works in small batches, each its own transaction, so
 * that it never holds many locks; features that keep rows about a message (the webhook delivery
 * attempts) delete theirs on {@link OutboxPurged}, in the same transaction.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    private static final List<OutboxStatus> FINISHED =
            List.of(OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.FAILED);
    static final int BATCH = 500;

    private final OutboxRepository messages;
    private final List<String> channels;
    private final Event<OutboxPurged> purged;
    private final OutboxConfig config;

    public OutboxRetention(OutboxRepository messages, Instance<OutboxChannel> channels, Event<OutboxPurged> purged,
            OutboxConfig config) {
        this.messages = messages;
        this.channels = channels.stream().map(OutboxChannel::name).sorted().toList();
        this.purged = purged;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long deleted = purgeBefore(Instant.now().minus(config.retention()));
        if (deleted > 0) {
            LOG.infof("outbox retention: deleted %d finished messages", deleted);
        }
    }

    /** Deletes the finished messages created before {@code cutoff}; returns how many. */
    public long purgeBefore(Instant cutoff) {
        long deleted = 0;
        for (String channel : channels) {
            for (OutboxStatus status : FINISHED) {
                int batch;
                do {
                    batch = QuarkusTransaction.requiringNew().call(() -> purgeBatch(channel, status, cutoff));
                    deleted += batch;
                } while (batch == BATCH);
            }
        }
        return deleted;
    }

    private int purgeBatch(String channel, OutboxStatus status, Instant cutoff) {
        List<String> ids = messages.finishedBefore(channel, status, cutoff, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        purged.fire(new OutboxPurged(channel, ids));
        messages.deleteAll(ids);
        return ids.size();
    }
}
