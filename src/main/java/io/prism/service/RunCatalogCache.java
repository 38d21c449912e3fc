package io.prism.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.prism.data.CatalogChanges;
import io.prism.data.CatalogRepository.RunRows;
import io.prism.data.CuttingDataRow;
import io.prism.tenancy.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The catalog rows of calculation runs, cached by tenant and ids: a run that asks again for the same material, tool
 * and machine reads no catalog rows. Entries are filled only by a tenant's own reads (row level security applies to
 * them) and only ever found again by the same tenant, so the cache cannot show one tenant's rows to another.
 *
 * <p>An entry is dropped when PostgreSQL reports a change to any of its ids ({@link CatalogChanges}, on every
 * replica), when the listener loses its connection (everything is dropped), after {@code TTL} in any case, and by
 * size. While the listener is not connected nothing is cached. A read that overlapped a change notice is not cached
 * either (the generation check below), so a row read before a change cannot be cached after its notice went by.
 */
@Component
public class RunCatalogCache {

    /** The most entries kept. */
    static final long MAX_ENTRIES = 10_000;
    /** The longest an entry is kept, whatever the notices say. */
    static final Duration TTL = Duration.ofMinutes(10);

    /** What a run reads: its rows and the material's cutting data. */
    record Entry(RunRows rows, List<CuttingDataRow> cuttingData) {
    }

    private record Key(TenantId tenant, UUID material, UUID tool, UUID machine) {
        boolean mentions(UUID id) {
            return material.equals(id) || tool.equals(id) || id.equals(machine);
        }
    }

    private final Cache<Key, Entry> cache;
    private final CatalogChanges changes;
    /** Counts change notices; a read is cached only if no notice arrived while it ran. */
    private final AtomicLong generation = new AtomicLong();

    public RunCatalogCache(CatalogChanges changes, MeterRegistry registry) {
        this.changes = changes;
        this.cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(TTL).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, "run-catalog");
        changes.subscribe(this::changed);
    }

    /**
     * The cached entry for these ids of {@code tenant}, or the one {@code read} returns (read in the caller's
     * transaction), cached when every row was found and no change notice arrived meanwhile.
     */
    Entry get(TenantId tenant, UUID material, UUID tool, UUID machine, Supplier<Entry> read) {
        Key key = new Key(tenant, material, tool, machine);
        Entry hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        long before = generation.get();
        boolean listening = changes.listening();
        Entry entry = read.get();
        boolean complete = entry.rows().material().isPresent() && entry.rows().tool().isPresent()
                && (machine == null || entry.rows().machine().isPresent());
        if (complete && listening && changes.listening() && generation.get() == before) {
            cache.put(key, entry);
        }
        return entry;
    }

    private void changed(UUID id) {
        generation.incrementAndGet();
        if (id == null) {
            cache.invalidateAll();
        } else {
            cache.asMap().keySet().removeIf(k -> k.mentions(id));
        }
    }
}
