package io.prism.gateway;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in the service's PostgreSQL database (table {@code rate_limit_bucket}, db/V12__rate_limits.sql), so
 * that every instance on that database draws from the same bucket and several replicas enforce one limit
 * together. Each consumption is one short transaction that locks the bucket's row ({@code SELECT ... FOR UPDATE}),
 * updates its state and commits; two instances charging one tenant at once queue on that row. A row records
 * when its bucket would be full again; once a minute rows past that time (plus a margin) are deleted in batches,
 * so the table holds only buckets in use.
 */
final class PostgresBuckets implements BucketStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresBuckets.class);
    private static final Duration KEEP_AFTER_FULL = Duration.ofSeconds(10);
    private static final int DELETE_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ScheduledExecutorService cleaner;

    PostgresBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
                .build();
        this.cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rate-limit-bucket-cleaner");
            t.setDaemon(true);
            return t;
        });
        cleaner.scheduleWithFixedDelay(this::removeExpired, 1, 1, TimeUnit.MINUTES);
    }

    @Override
    public Bucket bucket(String key, long unitsPerMinute) {
        return buckets.builder().build(key, () -> BucketStore.configuration(unitsPerMinute));
    }

    /** Deletes the rows of buckets that have been full for a while; returns how many went. */
    int removeExpired() {
        int removed = 0;
        try {
            int batch;
            do {
                batch = buckets.removeExpired(DELETE_BATCH);
                removed += batch;
            } while (batch == DELETE_BATCH);
        } catch (RuntimeException e) {
            log.warn("Could not delete expired rate-limit buckets: {}", e.getMessage());
        }
        return removed;
    }

    @Override
    public void close() {
        cleaner.shutdownNow();
    }
}
