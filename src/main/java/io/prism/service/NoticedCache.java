package io.prism.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.prism.data.CatalogChanges;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A bounded cache whose entries are dropped when PostgreSQL reports a change to an id they mention
 * ({@link CatalogChanges}, on every replica), when the listener loses its connection (everything is dropped),
 * after a time to live in any case, and by size. While the listener is not connected nothing is cached. A read
 * that overlapped a change notice is not cached either (the generation check, made again once the entry is
 * stored), so a value read before a change cannot stay cached after its notice went by.
 *
 * @param <K> the key
 * @param <V> the cached value
 */
final class NoticedCache<K, V> {

    /** Whether a cached entry mentions a changed id. */
    @FunctionalInterface
    interface Mentions<K, V> {
        boolean test(K key, V value, UUID changedId);
    }

    private final Cache<K, V> cache;
    private final CatalogChanges changes;
    private final Mentions<K, V> mentions;
    /** Counts change notices; a read is cached only if no notice arrived while it ran. */
    private final AtomicLong generation = new AtomicLong();

    /** @param name the cache's name in the {@code cache_*} metrics */
    NoticedCache(String name, long maxEntries, Duration ttl, CatalogChanges changes, MeterRegistry registry,
                 Mentions<K, V> mentions) {
        this.changes = changes;
        this.mentions = mentions;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, name);
        changes.subscribe(this::forget);
    }

    /** The cached value, or the one {@code read} returns, cached when {@code cacheable} holds for it. */
    V get(K key, Supplier<V> read, Predicate<V> cacheable) {
        V hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        long before = generation.get();
        boolean listening = changes.listening();
        V value = read.get();
        if (cacheable.test(value) && listening && changes.listening() && generation.get() == before) {
            cache.put(key, value);
            if (generation.get() != before) {
                // a notice arrived while the entry was stored, and may have been handled before it was there
                cache.invalidate(key);
            }
        }
        return value;
    }

    /**
     * Drops every entry that mentions {@code id} (null: every entry). Notices call it on every replica; a service
     * that changed the id calls it too once its change committed, so its own replica never waits for the notice.
     */
    void forget(UUID id) {
        generation.incrementAndGet();
        if (id == null) {
            cache.invalidateAll();
        } else {
            cache.asMap().entrySet().removeIf(e -> mentions.test(e.getKey(), e.getValue(), id));
        }
    }
}
