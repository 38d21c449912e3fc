package io.prism.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.prism.audit.AuditTrail;
import io.prism.data.CatalogChanges;
import io.prism.data.CatalogRepository.RunRows;
import io.prism.data.CuttingDataRow;
import io.prism.tenancy.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The catalog rows of calculation runs, cached by tenant and ids: a run that asks again for the same material, tool
 * and machine reads no catalog rows. Entries are filled only by a tenant's own reads (row level security applies to
 * them) and only ever found again by the same tenant, so the cache cannot show one tenant's rows to another.
 *
 * <p>An entry is dropped when PostgreSQL reports a change to any of its ids, and after {@code TTL} in any case
 * ({@link NoticedCache} says when else, and why a read that overlapped a change is not cached).
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

    private final NoticedCache<Key, Entry> cache;

    public RunCatalogCache(CatalogChanges changes, MeterRegistry registry, AuditTrail audit) {
        this.cache = new NoticedCache<>("run-catalog", MAX_ENTRIES, TTL, changes, registry,
                (key, entry, id) -> key.mentions(id));
        audit.onCommitted((tenant, entries) -> entries.forEach(this::forgetChanged));
    }

    /**
     * Drops at once, on the replica that made it, what a committed catalog write changed (other replicas drop it
     * when the change notice arrives): a tenant that changes a row and calculates right away computes on the new row.
     * A cutting-data row is cached under its material.
     */
    private void forgetChanged(AuditTrail.Entry change) {
        if (change.resourceType() == null || change.resourceId() == null) {
            return;
        }
        switch (change.resourceType()) {
            case "Material", "Tool", "Machine" -> cache.forget(UUID.fromString(change.resourceId()));
            case "CuttingData" -> {
                for (JsonNode state : new JsonNode[] {change.before(), change.after()}) {
                    if (state != null && state.hasNonNull("materialId")) {
                        cache.forget(UUID.fromString(state.get("materialId").asString()));
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * The cached entry for these ids of {@code tenant}, or the one {@code read} returns (read in the caller's
     * transaction), cached when every row was found and no change notice arrived meanwhile.
     */
    Entry get(TenantId tenant, UUID material, UUID tool, UUID machine, Supplier<Entry> read) {
        return cache.get(new Key(tenant, material, tool, machine), read,
                entry -> entry.rows().material().isPresent() && entry.rows().tool().isPresent()
                        && (machine == null || entry.rows().machine().isPresent()));
    }
}
