package ma.coopmarket.security;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;

/**
 * Bucket4j's distributed buckets kept in Redis through the Quarkus Redis client: Bucket4j computes
 * each bucket's state, this class only stores it, with a compare-and-swap (one Lua script, atomic in
 * Redis), so that instances sharing a Redis spend one budget per client. A key expires once its
 * bucket would be full again (plus a margin), so idle clients cost no memory.
 */
final class RedisBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    /** Sets the key to the new state only if it still holds the state read (or none, when none was read). */
    private static final String COMPARE_AND_SWAP = """
            local current = redis.call('GET', KEYS[1])
            if (current == false and ARGV[1] == '') or current == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              return 1
            end
            return 0
            """;

    private final RedisDataSource redis;
    private final String prefix;

    RedisBuckets(RedisDataSource redis, String prefix) {
        super(ClientSideConfig.getDefault()
                .withExpirationAfterWriteStrategy(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10))));
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        String redisKey = prefix + key;
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Response current = redis.execute("GET", redisKey);
                return current == null ? Optional.empty() : Optional.of(Base64.getDecoder().decode(current.toString()));
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                long ttl = getClientSideConfig().getExpirationAfterWriteStrategy().orElseThrow()
                        .calculateTimeToLiveMillis(newState, currentTimeNanos());
                Response swapped = redis.execute("EVAL", COMPARE_AND_SWAP, "1", redisKey,
                        originalData == null ? "" : Base64.getEncoder().encodeToString(originalData),
                        Base64.getEncoder().encodeToString(newData), String.valueOf(Math.max(1_000L, ttl)));
                return swapped != null && swapped.toInteger() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("the rate limit reads its buckets synchronously");
    }

    @Override
    public void removeProxy(String key) {
        redis.execute("DEL", prefix + key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("synchronous only"));
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
