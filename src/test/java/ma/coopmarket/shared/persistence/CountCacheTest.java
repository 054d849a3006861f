package ma.coopmarket.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Which totals are reused and which are always counted (no clock involved: the TTL is never reached). */
class CountCacheTest {

    private final CountCache cache = new CountCache(1000, Duration.ofHours(1));

    @Test
    void smallTotalsAreCountedEveryTime() {
        AtomicLong counted = new AtomicLong();
        for (int i = 0; i < 3; i++) {
            assertEquals(999, cache.count("q", Map.of("a", 1), () -> {
                counted.incrementAndGet();
                return 999;
            }));
        }
        assertEquals(3, counted.get());
    }

    @Test
    void largeTotalsAreReusedForTheSameQueryAndParameters() {
        AtomicLong counted = new AtomicLong();
        for (int i = 0; i < 3; i++) {
            assertEquals(45_000, cache.count("q", Map.of("a", 1, "b", "x"), () -> {
                counted.incrementAndGet();
                return 45_000;
            }));
        }
        assertEquals(1, counted.get());
        assertEquals(7_000, cache.count("q", Map.of("a", 2, "b", "x"), () -> 7_000));
        assertEquals(8_000, cache.count("other", Map.of("a", 1, "b", "x"), () -> 8_000));
    }
}
