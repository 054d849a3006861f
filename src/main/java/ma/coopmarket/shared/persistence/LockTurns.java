package ma.coopmarket.shared.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import ma.coopmarket.shared.error.RetryLaterException;

/**
 * Turns on a hot row, in this instance's memory: at most {@link #PER_ROW} transactions that will lock
 * one row (a product's stock, a training's seats) run at a time; the others wait here holding no
 * database connection, instead of holding one each while they queue on the row lock (200 buyers of
 * one product would exhaust the pool, and the last ones would get 503s on a busy machine). Taken
 * before the transaction's first statement, in key order (so that two callers needing several rows
 * cannot deadlock), first come first served.
 */
@ApplicationScoped
public class LockTurns {

    /** Transactions on one row at a time per instance: the row lock serialises them anyway. */
    static final int PER_ROW = 4;
    /** The longest wait for a turn before a 503 to retry: well inside an order's transaction timeout. */
    private static final long WAIT_SECONDS = 10;

    private final Cache<String, Semaphore> turns = Caffeine.newBuilder().weakValues().build();

    /** Runs {@code work} once it holds a turn on each of {@code rows} (keys such as "product:42"). */
    public <T> T inTurn(Collection<String> rows, Supplier<T> work) {
        List<Semaphore> held = new ArrayList<>();
        try {
            for (String row : rows.stream().distinct().sorted().toList()) {
                Semaphore turn = turns.get(row, k -> new Semaphore(PER_ROW, true));
                if (!turn.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw busy();
                }
                held.add(turn);
            }
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            held.forEach(Semaphore::release);
        }
    }

    private static RetryLaterException busy() {
        return new RetryLaterException(503, "retry-later", "Temporarily unavailable",
                "Many requests are waiting for the same product or training; retry (an order with the same"
                        + " Idempotency-Key: it is placed once).");
    }
}
