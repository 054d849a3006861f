package ma.coopmarket.shared.lifecycle;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;

import org.jboss.logging.Logger;

/**
 * Whether this instance is shutting down (SIGTERM in a rolling deploy), for its background work: the
 * outbox dispatcher stops taking work and hands back what it claimed but has not sent. The requests
 * are Quarkus' own: its "Graceful Shutdown" readiness check goes DOWN at once, so that the load
 * balancer stops sending, while the instance keeps serving for the drain delay
 * ({@code quarkus.shutdown.delay}); then it stops accepting and lets the requests in flight finish
 * within {@code quarkus.shutdown.timeout}.
 */
@ApplicationScoped
public class Draining {

    private static final Logger LOG = Logger.getLogger(Draining.class);

    private final AtomicBoolean draining = new AtomicBoolean();

    /** True from the first sign of shutdown on. */
    public boolean isDraining() {
        return draining.get();
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        start();
    }

    /** Without a drain delay (dev, tests) the shutdown itself is the first sign. */
    void onShutdown(@Observes ShutdownEvent event) {
        start();
    }

    /** Marks the instance as draining (the shutdown events call it; tests may too). */
    public void start() {
        if (draining.compareAndSet(false, true)) {
            LOG.info("Shutting down: readiness is DOWN; serving the requests in flight");
        }
    }

    /** Serving again (only tests, after {@link #start}). */
    public void stop() {
        draining.set(false);
    }
}
