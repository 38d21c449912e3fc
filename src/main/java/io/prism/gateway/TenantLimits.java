package io.prism.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.prism.data.Database;
import io.prism.data.RateLimitRepository;
import io.prism.service.TenantRateLimitChanged;
import io.prism.tenancy.TenantId;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A tenant's limit in cost units per minute: its tier's figure from configuration, or for an ENTERPRISE tenant its
 * own override when the operator set one. Overrides are read from the tenant's row and kept for
 * {@code prism.rate-limits.override-refresh}, so the admission of an ENTERPRISE operation does not cost a
 * database round trip each time; FREE and PRO tenants never need one.
 */
@Component
public class TenantLimits {

    private static final int MAX_TENANTS = 10_000;

    private final RateLimitProperties.Tiers tiers;
    private final Database database;
    private final RateLimitRepository repository;
    private final Cache<TenantId, Optional<Integer>> overrides;

    public TenantLimits(RateLimitProperties properties, Database database, RateLimitRepository repository) {
        this.tiers = properties.tiers();
        this.database = database;
        this.repository = repository;
        this.overrides = Caffeine.newBuilder().maximumSize(MAX_TENANTS)
                .expireAfterWrite(properties.overrideRefresh()).build();
    }

    /** The limit of a tenant of {@code tier} ({@code FREE}, {@code PRO} or {@code ENTERPRISE}). */
    public int limitOf(TenantId tenant, String tier) {
        return switch (tier) {
            case "FREE" -> tiers.free();
            case "PRO" -> tiers.pro();
            case "ENTERPRISE" -> override(tenant).orElse(tiers.enterprise());
            default -> throw new IllegalStateException("unknown tier " + tier);
        };
    }

    /** The tenant's own limit, empty when the tier's figure applies. */
    public Optional<Integer> override(TenantId tenant) {
        return overrides.get(tenant, t -> database.inTransaction(t, true, dsl -> repository.findOverride(dsl, t)));
    }

    @EventListener
    void forget(TenantRateLimitChanged change) {
        overrides.invalidate(change.tenant());
    }
}
