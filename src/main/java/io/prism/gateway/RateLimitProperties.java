package io.prism.gateway;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code prism.rate-limits}: how many cost units a tenant may spend per minute and where the
 * buckets that count them live. One record so the whole policy reads in one place (docs/rate-limits.md).
 *
 * @param enabled         false turns every limit off (no buckets, no headers)
 * @param backend         where the buckets live: {@code memory} for one instance, {@code postgres} when several
 *                        instances must enforce one limit together
 * @param tiers           cost units per minute of each tier
 * @param operations      optional per-operation budgets in cost units per minute, per tenant, keyed by REST route
 *                        id (for example {@code speed-feed}); a GraphQL operation named like the registered
 *                        operation of a route ({@code SpeedFeed}) shares that route's budget, any other GraphQL
 *                        operation counts under its own name
 * @param maxBuckets      largest number of buckets the memory backend keeps (least recently used go first)
 * @param overrideRefresh how long an instance keeps an ENTERPRISE tenant's override before reading it again
 */
@ConfigurationProperties("prism.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("memory") Backend backend,
                                  @DefaultValue Tiers tiers,
                                  Map<String, Integer> operations,
                                  @DefaultValue("100000") int maxBuckets,
                                  @DefaultValue("30s") Duration overrideRefresh) {

    public RateLimitProperties {
        operations = operations == null ? Map.of() : Map.copyOf(operations);
        operations.forEach((name, units) -> {
            if (units == null || units <= 0) {
                throw new IllegalArgumentException("prism.rate-limits.operations." + name
                        + " must be a positive number of cost units per minute, not " + units);
            }
        });
        if (maxBuckets <= 0) {
            throw new IllegalArgumentException("prism.rate-limits.max-buckets must be positive, not " + maxBuckets);
        }
    }

    /** Where the buckets live. */
    public enum Backend {
        /** Buckets in this instance's memory (bounded by {@code max-buckets}); each instance counts on its own. */
        MEMORY,
        /** Buckets in the service's PostgreSQL database, shared by every instance that uses it. */
        POSTGRES
    }

    /**
     * @param free       cost units per minute of a FREE tenant
     * @param pro        cost units per minute of a PRO tenant
     * @param enterprise cost units per minute of an ENTERPRISE tenant without an override of its own
     */
    public record Tiers(@DefaultValue("100") int free, @DefaultValue("1000") int pro,
                       @DefaultValue("10000") int enterprise) {

        public Tiers {
            if (free <= 0 || pro <= 0 || enterprise <= 0) {
                throw new IllegalArgumentException("prism.rate-limits.tiers.* must be positive: free " + free
                        + ", pro " + pro + ", enterprise " + enterprise);
            }
        }
    }
}
