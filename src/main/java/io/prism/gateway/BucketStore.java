package io.prism.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * Where the token buckets live. A bucket is found by its key and starts full; it holds {@code unitsPerMinute}
 * cost units and refills greedily, the whole amount over one minute (so one unit every 60 / limit seconds).
 * The implementations differ only in who shares the bucket: this instance ({@link MemoryBuckets}) or every
 * instance on the same database ({@link PostgresBuckets}).
 */
public interface BucketStore {

    /** The refill period of every budget: limits are cost units per minute. */
    Duration PERIOD = Duration.ofMinutes(1);

    /**
     * The bucket under {@code key}, created full when it does not exist. Callers put the limit into the key, so a
     * changed limit starts a fresh bucket instead of reshaping a running one.
     */
    Bucket bucket(String key, long unitsPerMinute);

    /** The one limit of a bucket of {@code unitsPerMinute}: that capacity, refilled greedily over a minute. */
    static Bandwidth bandwidth(long unitsPerMinute) {
        return Bandwidth.builder().capacity(unitsPerMinute).refillGreedy(unitsPerMinute, PERIOD).build();
    }

    /** The configuration of a shared bucket of {@code unitsPerMinute}. */
    static BucketConfiguration configuration(long unitsPerMinute) {
        return BucketConfiguration.builder().addLimit(bandwidth(unitsPerMinute)).build();
    }
}
