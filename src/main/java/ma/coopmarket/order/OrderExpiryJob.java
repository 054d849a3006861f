package ma.coopmarket.order;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;


/** Expires order parts that their cooperative did not confirm in time, and warns before, in batches. */
@ApplicationScoped
public class OrderExpiryJob {

    private static final Logger LOG = Logger.getLogger(OrderExpiryJob.class);
    private static final int BATCH = 100;

    private final OrderLifecycleService lifecycle;
    private final OrderConfig config;

    public OrderExpiryJob(OrderLifecycleService lifecycle, OrderConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    @Scheduled(every = "{coopmarket.orders.expiry-check-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDueParts() {
        int expired;
        int total = 0;
        do {
            expired = lifecycle.expireDue(BATCH);
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            LOG.infof("Expired %d order part(s) not confirmed in time", total);
        }
        while (lifecycle.warnExpiring(config.expiryWarningBefore(), BATCH) == BATCH) {
            // keep warning until every part due for a warning has one
        }
    }
}
