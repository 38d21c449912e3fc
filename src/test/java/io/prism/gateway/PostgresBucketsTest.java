package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.prism.support.IntegrationTest;
import io.prism.support.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL bucket store as two instances of the service use it: two stores on two connection pools of their
 * own, both running as the service's role {@code prism_app} (so the migration's grants are what is tested), draw
 * from one bucket; idle buckets are deleted once they are full again.
 */
class PostgresBucketsTest extends IntegrationTest {

    private HikariDataSource poolA;
    private HikariDataSource poolB;
    private PostgresBuckets storeA;
    private PostgresBuckets storeB;

    @BeforeEach
    void twoInstances() {
        poolA = appPool("bucket-test-a");
        poolB = appPool("bucket-test-b");
        storeA = new PostgresBuckets(poolA);
        storeB = new PostgresBuckets(poolB);
    }

    @AfterEach
    void close() {
        storeA.close();
        storeB.close();
        poolA.close();
        poolB.close();
    }

    private static HikariDataSource appPool(String name) {
        TestDatabase db = TestDatabase.get();
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(2);
        config.setConnectionInitSql("SET ROLE prism_app");
        return new HikariDataSource(config);
    }

    @Test
    void shouldShareOneBucketBetweenTwoStoresOnTheSameDatabase() {
        String key = "tenant:" + UUID.randomUUID() + ":100";
        Bucket a = storeA.bucket(key, 100);
        Bucket b = storeB.bucket(key, 100);
        int admitted = 0;
        for (int i = 0; i < 30; i++) {
            Bucket bucket = i % 2 == 0 ? a : b;
            if (bucket.tryConsumeAndReturnRemaining(10).isConsumed()) {
                admitted++;
            }
        }
        System.out.printf("PostgreSQL buckets: two stores admitted %d of 30 requests of 10 units (limit 100)%n",
                admitted);
        // 100 units, plus at most a few refilled (one every 0.6 s) while the loop runs
        assertThat(admitted).isBetween(10, 11);
        assertThat(sqlCount("SELECT count(*) FROM rate_limit_bucket WHERE id = '" + key + "'")).isEqualTo(1);
    }

    @Test
    void shouldCountOnTheirOwnInMemoryWhichIsWhySeveralInstancesNeedPostgres() {
        String key = "tenant:" + UUID.randomUUID() + ":100";
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Bucket a = new MemoryBuckets(10, registry).bucket(key, 100);
        Bucket b = new MemoryBuckets(10, registry).bucket(key, 100);
        int admitted = 0;
        for (int i = 0; i < 30; i++) {
            if ((i % 2 == 0 ? a : b).tryConsumeAndReturnRemaining(10).isConsumed()) {
                admitted++;
            }
        }
        System.out.printf("Memory buckets: two stores admitted %d of 30 requests of 10 units (limit 100 each)%n",
                admitted);
        assertThat(admitted).isEqualTo(20);
    }

    @Test
    void shouldDeleteBucketsThatAreFullAgain() throws Exception {
        String idle = "tenant:" + UUID.randomUUID() + ":50";
        String busy = "tenant:" + UUID.randomUUID() + ":50";
        assertThat(storeA.bucket(idle, 50).tryConsumeAndReturnRemaining(5).isConsumed()).isTrue();
        assertThat(storeA.bucket(busy, 50).tryConsumeAndReturnRemaining(5).isConsumed()).isTrue();
        try (Connection c = TestDatabase.get().ownerConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE rate_limit_bucket SET expires_at = 1 WHERE id = '" + idle + "'");
        }
        assertThat(storeB.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(sqlCount("SELECT count(*) FROM rate_limit_bucket WHERE id = '" + idle + "'")).isZero();
        assertThat(sqlCount("SELECT count(*) FROM rate_limit_bucket WHERE id = '" + busy + "'")).isEqualTo(1);
        assertThat(sqlCount("SELECT count(*) FROM rate_limit_bucket WHERE id = '" + busy
                + "' AND expires_at > (extract(epoch from now()) * 1000)::bigint")).as("expiry lies ahead")
                .isEqualTo(1);
    }
}
