package ma.coopmarket.shared.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Public caching of anonymous reads ({@code coopmarket.http-cache.*}). */
@ConfigMapping(prefix = "coopmarket.http-cache")
public interface HttpCacheConfig {

    /** How long browsers and shared caches may keep an anonymous public read (catalogue, directory...). */
    @WithDefault("PT60S")
    Duration maxAge();
}
