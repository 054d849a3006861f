package ma.coopmarket.shared.readcache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Public catalogue reads, kept until the catalogue changes. Each entry remembers the
 * {@link CatalogueVersion} read just before it was loaded, and is served only while that is still
 * the current version: any committed change to a product or a cooperative (an edit, a stock move,
 * an archive) makes every entry stale at once. A hit therefore returns what a fresh read would
 * have returned when the version was last read, and costs no database round trip.
 *
 * <p>A miss is loaded once: requests that miss the same key at the same version while it loads
 * wait for that load instead of sending the same query each (after a change, dozens of clients
 * asking for one popular page would otherwise each take a connection for it).
 *
 * <p>Only values that are the same for every caller belong here; callers check access on what
 * they get. A value loaded while a change commits is stored under the older version, so it is
 * never served after this instance knows of that change.
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private record Load<K>(K key, long version) {
    }

    private final LongSupplier version;
    private final Cache<K, Entry<V>> entries;
    private final ConcurrentHashMap<Load<K>, CompletableFuture<V>> loading = new ConcurrentHashMap<>();
    private final boolean enabled;

    VersionedCache(LongSupplier version, long maximumSize, boolean enabled) {
        this.version = version;
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.enabled = enabled;
    }

    /** The value of {@code key}: cached if loaded at the current version, else {@code load}ed (null is not kept). */
    public V get(K key, Function<K, V> load) {
        long current = version.getAsLong();
        if (!enabled || current < 0) {
            return load.apply(key);
        }
        Entry<V> entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == current) {
            return entry.value();
        }
        Load<K> id = new Load<>(key, current);
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = loading.putIfAbsent(id, mine);
        if (running != null) {
            return await(running);
        }
        try {
            V value = load.apply(key);
            if (value != null) {
                entries.put(key, new Entry<>(current, value));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(id, mine);
        }
    }

    private static <V> V await(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
