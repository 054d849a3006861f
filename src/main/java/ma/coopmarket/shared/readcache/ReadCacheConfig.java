package ma.coopmarket.shared.readcache;

import io.smallrye.config.ConfigMapping;

/** The catalogue's read cache ({@code coopmarket.read-cache.*}; defaults in application.properties or below). */
@ConfigMapping(prefix = "coopmarket.read-cache")
public interface ReadCacheConfig {

    /** Keeps public catalogue reads (products by id, catalogue pages) until the catalogue changes. */
    boolean enabled();

    /** How often other instances' catalogue changes are looked for (read by {@code @Scheduled}). */
    String pollInterval();

    /** How many products by id are kept. */
    @io.smallrye.config.WithDefault("20000")
    long products();

    /** How many catalogue pages are kept. */
    @io.smallrye.config.WithDefault("2000")
    long pages();
}
