package ma.coopmarket.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.redis.client.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;

/**
 * Rate limits shared through the real Redis of these machines (127.0.0.1:6379), each run under its
 * own key prefix. An "instance" here is a {@link RateLimitBuckets} of its own: instances share
 * nothing but Redis.
 */
@QuarkusTest
@TestProfile(SharedRateLimitTest.WithRedis.class)
class SharedRateLimitTest extends ApiTest {

    static final String PREFIX = "coopmarket-test:" + UUID.randomUUID() + ":";

    public static class WithRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:6379",
                    "coopmarket.rate-limit.redis-prefix", PREFIX,
                    "coopmarket.rate-limit.anonymous-per-minute", "6");
        }
    }

    @Inject
    RedisDataSource redis;

    private RateLimitBuckets anotherInstance() {
        return new RateLimitBuckets(Optional.of(new RedisBuckets(redis, PREFIX)));
    }

    @Test
    void twoInstancesUnderParallelRequestsGrantOneBudget() throws Exception {
        List<RateLimitBuckets> instances = List.of(anotherInstance(), anotherInstance());
        String client = "user:" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                RateLimitBuckets instance = instances.get(t % 2);
                granted.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = 0; i < 5; i++) {
                        if (instance.tryConsume(client, 20).isConsumed()) {
                            n++;
                        }
                    }
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> future : granted) {
                total += future.get();
            }
            assertEquals(20, total, "80 attempts on two instances, 20 a minute in all");
        } finally {
            pool.shutdownNow();
        }
        assertFalse(instances.get(1).tryConsume(client, 20).isConsumed());
    }

    @Test
    void theApiSpendsTheBudgetThatOtherInstancesSpend() {
        given().when().get("/api/v1/regions").then().statusCode(200).header("RateLimit-Limit", "6");
        List<String> keys = new ArrayList<>();
        for (Response key : redis.execute("KEYS", PREFIX + "ip:*")) {
            keys.add(key.toString());
        }
        assertEquals(1, keys.size(), "the caller's bucket is in Redis: " + keys);
        String client = keys.get(0).substring(PREFIX.length(), keys.get(0).lastIndexOf('/'));
        // Another instance serves the same address three times.
        RateLimitBuckets other = anotherInstance();
        for (int i = 0; i < 3; i++) {
            assertTrue(other.tryConsume(client, 6).isConsumed());
        }
        given().when().get("/api/v1/regions").then().statusCode(200).header("RateLimit-Remaining", "1");
        given().when().get("/api/v1/regions").then().statusCode(200).header("RateLimit-Remaining", "0");
        given().when().get("/api/v1/regions").then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void withRedisDownEachInstanceStillLimitsInItsOwnMemory() {
        RateLimitBuckets instance = new RateLimitBuckets(Optional.of(new Unreachable()));
        int granted = 0;
        for (int i = 0; i < 8; i++) {
            if (instance.tryConsume("ip:test-client", 5).isConsumed()) {
                granted++;
            }
        }
        assertEquals(5, granted);
    }

    /** A Redis that refuses every command, as one that is down does. */
    static final class Unreachable extends AbstractCompareAndSwapBasedProxyManager<String> {
        Unreachable() {
            super(ClientSideConfig.getDefault());
        }

        @Override
        protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
            throw new io.vertx.core.VertxException("Connection refused: 127.0.0.1:1");
        }

        @Override
        protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeProxy(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected CompletableFuture<Void> removeAsync(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isAsyncModeSupported() {
            return false;
        }
    }
}
