package io.prism.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.prism.data.Database;
import io.prism.data.UsageRepository;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.TenantId;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.ExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Writing usage counts while the database cannot be reached: the first tenant's write fails as UNAVAILABLE and the
 * other tenants' counts are kept without asking the pool for a connection each (every ask would wait for the pool's
 * connection timeout, which made a shutdown with the database gone wait once per tenant).
 */
class UsageMeterOutageTest {

    @Test
    void shouldAskForOneConnectionWhenTheDatabaseIsUnavailableAndKeepEveryTenantsCounts() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Database database = new Database(new Unreachable(asked),
                new StaticListableBeanFactory().getBeanProvider(ExecuteListenerProvider.class));
        UsageMeter meter = new UsageMeter(database, new UsageRepository(), new UsageProperties(Duration.ofHours(1)),
                new SimpleMeterRegistry());
        try {
            for (int i = 0; i < 3; i++) {
                meter.record(new TenantId(UUID.randomUUID()), "SpeedFeed", UsageMeter.Door.GRAPHQL, false, 10);
            }
            assertThatThrownBy(meter::flush).isInstanceOfSatisfying(PrismException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
            assertThat(asked).hasValue(1);
            assertThatThrownBy(meter::flush).as("the counts are still held").isInstanceOf(PrismException.class);
            assertThat(asked).hasValue(2);
        } finally {
            meter.stop();
        }
        assertThat(asked).as("the shutdown write tries once more").hasValue(3);
    }

    /** A data source whose every connection attempt fails as a pool's timeout does. */
    private record Unreachable(AtomicInteger asked) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            asked.incrementAndGet();
            throw new SQLTransientConnectionException("Connection is not available, request timed out", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
