package ma.coopmarket.security;

import io.smallrye.config.ConfigMapping;

/** Request budgets per minute ({@code coopmarket.rate-limit.*}; defaults in application.properties). */
@ConfigMapping(prefix = "coopmarket.rate-limit")
public interface RateLimitConfig {

    int anonymousPerMinute();

    int userPerMinute();

    int partnerPerMinute();

    int authPerMinute();

    /** Where the shared buckets' keys start in Redis (when {@code quarkus.redis.hosts} is set). */
    String redisPrefix();
}
