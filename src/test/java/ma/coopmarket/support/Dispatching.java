package ma.coopmarket.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import ma.coopmarket.outbox.OutboxDispatcher;
import ma.coopmarket.outbox.OutboxStatus;

/** Runs the outbox dispatcher as the tests need it (its schedule is off in tests). */
public final class Dispatching {

    private Dispatching() {
    }

    /** Dispatches as dispatcher "test" until the message's status is final for a send (SENT or FAILED), 3 s at most. */
    public static void drain(OutboxDispatcher dispatcher, String id, Supplier<OutboxStatus> status) {
        await("message " + id + " sent or failed").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(30))
                .until(() -> {
                    dispatcher.dispatch("test");
                    OutboxStatus s = status.get();
                    return s == OutboxStatus.SENT || s == OutboxStatus.FAILED;
                });
    }

    /** Runs {@code rounds} dispatch rounds as each of {@code owners} at once, one thread each (instances side by side). */
    public static void inParallel(OutboxDispatcher dispatcher, List<String> owners, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(owners.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String owner : owners) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        dispatcher.dispatch(owner);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
