package ma.coopmarket.shared.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    private final AtomicLong version = new AtomicLong(7);
    private final VersionedCache<String, String> cache = new VersionedCache<>(version::get, 100, true);

    @Test
    void servedUntilTheVersionMoves() {
        AtomicInteger loads = new AtomicInteger();
        assertEquals("v1", cache.get("page", k -> "v" + loads.incrementAndGet()));
        assertEquals("v1", cache.get("page", k -> "v" + loads.incrementAndGet()));
        version.incrementAndGet();
        assertEquals("v2", cache.get("page", k -> "v" + loads.incrementAndGet()));
        assertEquals(2, loads.get());
    }

    @Test
    void nothingIsKeptBeforeTheVersionIsKnownNorWhenDisabled() {
        AtomicInteger loads = new AtomicInteger();
        VersionedCache<String, String> unknown = new VersionedCache<>(() -> -1, 100, true);
        VersionedCache<String, String> off = new VersionedCache<>(version::get, 100, false);
        unknown.get("page", k -> "x" + loads.incrementAndGet());
        unknown.get("page", k -> "x" + loads.incrementAndGet());
        off.get("page", k -> "x" + loads.incrementAndGet());
        off.get("page", k -> "x" + loads.incrementAndGet());
        assertEquals(4, loads.get());
    }

    @Test
    void concurrentMissesOfOneKeyLoadItOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> cache.get("deep page", k -> {
                    loads.incrementAndGet();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new String("rows");
                })));
            }
            Thread.sleep(200); // every request has missed and is waiting on the one load
            release.countDown();
            String first = answers.get(0).get(5, TimeUnit.SECONDS);
            for (Future<String> answer : answers) {
                assertSame(first, answer.get(5, TimeUnit.SECONDS), "the same loaded object");
            }
            assertEquals(1, loads.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedLoadFailsItsWaitersAndIsNotKept() {
        IllegalStateException failure = new IllegalStateException("database busy");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> cache.get("page", k -> {
            throw failure;
        })));
        assertEquals("loaded", cache.get("page", k -> "loaded"));
    }
}
