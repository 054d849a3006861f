package ma.coopmarket.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.quarkus.redis.datasource.RedisDataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import ma.coopmarket.shared.error.TooManyRequestsException;

/**
 * Where the rate limit's token buckets live. With {@code REDIS_URL} set, in Redis: every instance
 * behind the load balancer spends the same budget per client. Without it, in this instance's memory.
 * While Redis does not answer, this instance falls back to its own buckets (and tries Redis again
 * after a few seconds): a rate limiter must not take the API down with it.
 */
@ApplicationScoped
public class RateLimitBuckets {

    private static final Logger LOG = Logger.getLogger(RateLimitBuckets.class);
    /** How long this instance counts in memory after Redis failed, before it asks Redis again. */
    private static final long RETRY_REDIS_NANOS = Duration.ofSeconds(5).toNanos();

    /** A bucket: whose, how many tokens, refilled over what period. */
    private record Key(String client, int capacity, Duration period) {

        /** The bucket's name in Redis ("client/perMinute" for the request budgets, as before). */
        String name() {
            return period.equals(MINUTE) ? client + "/" + capacity : client + "/" + capacity + "/" + period.toSeconds();
        }
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** A bucket unused for twice its period (at least 5 minutes) is full again: it may go. */
    private final Cache<Key, Bucket> local = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfter(com.github.benmanes.caffeine.cache.Expiry.<Key, Bucket>accessing(
                    (key, bucket) -> key.period().multipliedBy(2).compareTo(Duration.ofMinutes(5)) < 0
                            ? Duration.ofMinutes(5) : key.period().multipliedBy(2)))
            .build();
    private final Optional<ProxyManager<String>> shared;
    private volatile long redisRetryAt;
    private volatile boolean redisFailing;

    @Inject
    public RateLimitBuckets(@ConfigProperty(name = "quarkus.redis.hosts") Optional<String> redisHosts,
            RateLimitConfig config, Instance<RedisDataSource> redis) {
        this(redisHosts.filter(hosts -> !hosts.isBlank())
                .map(hosts -> new RedisBuckets(redis.get(), config.redisPrefix())));
    }

    /** Buckets in {@code shared} when present (with the in-memory fallback), in memory otherwise. */
    public RateLimitBuckets(Optional<ProxyManager<String>> shared) {
        this.shared = shared;
        shared.ifPresent(store -> LOG.info("Rate limits are shared between instances through Redis"));
    }

    /** Takes one token from the client's bucket of {@code perMinute} tokens a minute. */
    public ConsumptionProbe tryConsume(String client, int perMinute) {
        return tryConsume(client, perMinute, MINUTE);
    }

    /**
     * Takes one token from the bucket of {@code capacity} tokens refilled over {@code period}, or refuses
     * with a 429 problem of this kind, with {@code Retry-After}, when none is left.
     */
    public void spend(String client, int capacity, Duration period, String slug, String title, String detail) {
        ConsumptionProbe probe = tryConsume(client, capacity, period);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new TooManyRequestsException(slug, title, detail, seconds);
        }
    }

    /** Takes one token from the client's bucket of {@code capacity} tokens, refilled over {@code period}. */
    public ConsumptionProbe tryConsume(String client, int capacity, Duration period) {
        Key key = new Key(client, capacity, period);
        if (shared.isPresent() && (!redisFailing || System.nanoTime() - redisRetryAt >= 0)) {
            try {
                ConsumptionProbe probe = shared.get().getProxy(key.name(), configuration(key))
                        .tryConsumeAndReturnRemaining(1);
                if (redisFailing) {
                    redisFailing = false;
                    LOG.info("Redis answers again: rate limits are shared between instances again");
                }
                return probe;
            } catch (RuntimeException e) {
                if (!redisFailing) {
                    LOG.warnf("Redis did not answer (%s): this instance counts rate limits in its own memory until it does",
                            e.toString());
                }
                redisFailing = true;
                redisRetryAt = System.nanoTime() + RETRY_REDIS_NANOS;
            }
        }
        return local.get(key, k -> Bucket.builder().addLimit(limit(k)).build()).tryConsumeAndReturnRemaining(1);
    }

    private static Supplier<BucketConfiguration> configuration(Key key) {
        return () -> BucketConfiguration.builder().addLimit(limit(key)).build();
    }

    private static Bandwidth limit(Key key) {
        return Bandwidth.builder().capacity(key.capacity()).refillGreedy(key.capacity(), key.period()).build();
    }
}
