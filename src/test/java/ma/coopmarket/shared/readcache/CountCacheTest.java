package ma.coopmarket.shared.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Which totals are reused, and when they are counted again (on a hand-driven clock, never a real one). */
class CountCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CountCache cache = new CountCache(1000, Duration.ofSeconds(30), nanos::get);

    private long count(String query, long total, AtomicLong counted) {
        return cache.count(query, Map.of("a", 1), () -> {
            counted.incrementAndGet();
            return total;
        });
    }

    @Test
    void smallTotalsAreCountedEveryTime() {
        AtomicLong counted = new AtomicLong();
        for (int i = 0; i < 3; i++) {
            assertEquals(999, count("q", 999, counted));
        }
        assertEquals(3, counted.get());
    }

    @Test
    void largeTotalsAreReusedForTheSameQueryAndParameters() {
        AtomicLong counted = new AtomicLong();
        for (int i = 0; i < 3; i++) {
            assertEquals(45_000, count("q", 45_000, counted));
        }
        assertEquals(1, counted.get());
        assertEquals(7_000, cache.count("q", Map.of("a", 2), () -> 7_000));
        assertEquals(8_000, cache.count("other", Map.of("a", 1), () -> 8_000));
    }

    @Test
    void aLargeTotalIsCountedAgainAfterHalfItsLifeAndForgottenAfterIt() {
        AtomicLong counted = new AtomicLong();
        count("q", 45_000, counted);
        nanos.set(Duration.ofSeconds(14).toNanos());
        assertEquals(45_000, count("q", 46_000, counted), "still fresh");
        assertEquals(1, counted.get());
        nanos.set(Duration.ofSeconds(16).toNanos());
        assertEquals(46_000, count("q", 46_000, counted), "recounted by the first request after 15 s");
        assertEquals(2, counted.get());
        nanos.set(Duration.ofSeconds(16 + 31).toNanos());
        assertEquals(47_000, count("q", 47_000, counted), "gone after 30 s: counted again");
        assertEquals(3, counted.get());
    }
}
