package ma.coopmarket.shared.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import ma.coopmarket.shared.config.AppConfig;

/**
 * Totals of large listings, reused for a short while. Counting a result of tens of thousands of rows
 * means visiting every one of them, on every page request, for a number that a page shows as "about
 * 45,000 products". So a total of at least {@code minimum} is kept for {@code ttl}; a smaller one
 * is counted exactly every time, so small results (a cooperative's catalogue, a rare word) are
 * always exact. Concurrent requests for the same total wait for one count instead of each running it.
 */
@ApplicationScoped
public class CountCache {

    private final long minimum;
    private final Cache<String, Long> totals;

    @Inject
    public CountCache(AppConfig config) {
        this(config.countCache().minimum(), config.countCache().ttl());
    }

    CountCache(long minimum, Duration ttl) {
        this.minimum = minimum;
        long ttlNanos = ttl.toNanos();
        this.totals = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfter(new Expiry<String, Long>() {
                    @Override
                    public long expireAfterCreate(String key, Long total, long now) {
                        return total >= CountCache.this.minimum ? ttlNanos : 0;
                    }

                    @Override
                    public long expireAfterUpdate(String key, Long total, long now, long remaining) {
                        return expireAfterCreate(key, total, now);
                    }

                    @Override
                    public long expireAfterRead(String key, Long total, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
    }

    /** The total of {@code query} with {@code params}: reused if large and recent, else {@code count}ed now. */
    public long count(String query, Map<String, Object> params, LongSupplier count) {
        return totals.get(query + " " + new TreeMap<>(params), key -> count.getAsLong());
    }
}
