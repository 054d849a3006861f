package ma.coopmarket.shared.readcache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Large totals reused for a while ({@code coopmarket.count-cache.*}). */
@ConfigMapping(prefix = "coopmarket.count-cache")
public interface CountCacheConfig {

    /** Totals of at least this many rows may be reused; smaller ones are always counted. */
    @WithDefault("1000")
    long minimum();

    /** How long a large total is reused (it is recounted after half of it). */
    @WithDefault("PT60S")
    Duration ttl();
}
