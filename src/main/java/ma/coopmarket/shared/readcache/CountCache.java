package ma.coopmarket.shared.readcache;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;


/**
 * Totals of large listings, reused for a short while. Counting a result of tens of thousands of rows
 * means visiting every one of them, on every page request, for a number that a page shows as "about
 * 45,000 products". So a total of at least {@code minimum} is kept for {@code ttl}; a smaller one
 * is counted exactly every time, so small results (a cooperative's catalogue, a rare word) are
 * always exact.
 *
 * <p>No request waits for a recount of a known total: after half the {@code ttl} one request counts
 * again while the others keep using the previous total, which is never older than {@code ttl}. A
 * total nobody has asked for yet is counted once, the concurrent requests for it waiting for that one.
 */
@ApplicationScoped
public class CountCache {

    private record Total(long value, long countedAt) {
    }

    private final long minimum;
    private final long refreshNanos;
    private final Ticker ticker;
    private final Cache<String, Total> totals;
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();

    @Inject
    public CountCache(CountCacheConfig config) {
        this(config.minimum(), config.ttl(), Ticker.systemTicker());
    }

    CountCache(long minimum, Duration ttl, Ticker ticker) {
        this.minimum = minimum;
        this.refreshNanos = ttl.toNanos() / 2;
        this.ticker = ticker;
        long ttlNanos = ttl.toNanos();
        this.totals = Caffeine.newBuilder()
                .maximumSize(10_000)
                .ticker(ticker)
                .expireAfter(new Expiry<String, Total>() {
                    @Override
                    public long expireAfterCreate(String key, Total total, long now) {
                        return total.value() >= CountCache.this.minimum ? ttlNanos : 0;
                    }

                    @Override
                    public long expireAfterUpdate(String key, Total total, long now, long remaining) {
                        return expireAfterCreate(key, total, now);
                    }

                    @Override
                    public long expireAfterRead(String key, Total total, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
    }

    /** The total of {@code query} with {@code params}: reused if large and recent, else {@code count}ed now. */
    public long count(String query, Map<String, Object> params, LongSupplier count) {
        String key = query + " " + new TreeMap<>(params);
        Total known = totals.getIfPresent(key);
        if (known == null) {
            return totals.get(key, k -> new Total(count.getAsLong(), ticker.read())).value();
        }
        if (ticker.read() - known.countedAt() < refreshNanos || !recounting.add(key)) {
            return known.value();
        }
        try {
            Total fresh = new Total(count.getAsLong(), ticker.read());
            totals.put(key, fresh);
            return fresh.value();
        } finally {
            recounting.remove(key);
        }
    }
}
