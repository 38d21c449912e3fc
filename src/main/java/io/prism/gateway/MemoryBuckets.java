package io.prism.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Buckets in this instance's memory: right for one instance, and the default. The map is bounded by
 * {@code prism.rate-limits.max-buckets} and drops a bucket idle for one refill period, which loses nothing: by
 * then it would be full again anyway. Its size, hits and evictions are published as the cache
 * {@code prism.rate-limit.buckets}.
 */
final class MemoryBuckets implements BucketStore {

    private final Cache<String, Bucket> buckets;

    MemoryBuckets(int maxBuckets, MeterRegistry registry) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(PERIOD)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, buckets, "prism.rate-limit.buckets");
    }

    @Override
    public Bucket bucket(String key, long unitsPerMinute) {
        return buckets.get(key, k -> Bucket.builder().addLimit(BucketStore.bandwidth(unitsPerMinute)).build());
    }
}
