package io.prism.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The fail-fast guard on a stand-in pool: a failure to connect puts it down, so that further connections are
 * refused at once without asking the pool; an exhausted pool does not; the probe puts it up again once the pool
 * hands out a valid connection. The whole outage over HTTP against PostgreSQL is {@code DatabaseOutageTest}'s.
 */
class FailFastDataSourceTest {

    /** What the stand-in pool does on the next ask: hand out a connection, or throw. */
    private final AtomicReference<SQLException> failure = new AtomicReference<>();
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void shouldRefuseAtOnceAfterAFailureToConnectUntilAProbeGetsAValidConnection() throws Exception {
        try (FailFastDataSource guard = new FailFastDataSource(pool())) {
            try (Connection connection = guard.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
            failure.set(new SQLTransientConnectionException("prism-app - Connection is not available, request "
                    + "timed out after 5000ms", "08001", new SQLException("Connection refused", "08001")));
            assertThatThrownBy(guard::getConnection).hasMessageContaining("request timed out");
            assertThat(guard.reachable()).isFalse();

            int before = asked.get();
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertThatThrownBy(guard::getConnection).isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("08001");
                    assertThat(e.getMessage()).contains("unreachable since").contains("Connection is not available");
                });
            }
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 100 refusals").isLessThan(1_000);
            assertThat(asked.get() - before).as("only the probe asked the pool meanwhile").isLessThanOrEqualTo(4);

            failure.set(null);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!guard.reachable() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(guard.reachable()).as("the probe found the database back").isTrue();
            try (Connection connection = guard.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void shouldStayUpWhenThePoolIsOnlyExhaustedOrTheLoginIsRefused() throws Exception {
        try (FailFastDataSource guard = new FailFastDataSource(pool())) {
            failure.set(new SQLTransientConnectionException("prism-app - Connection is not available, request "
                    + "timed out after 5000ms (total=10, active=10, idle=0, waiting=3)"));
            assertThatThrownBy(guard::getConnection).isInstanceOf(SQLTransientConnectionException.class);
            failure.set(new SQLException("password authentication failed", "28P01"));
            assertThatThrownBy(guard::getConnection).hasMessageContaining("password");
            assertThat(guard.reachable()).isTrue();
            failure.set(null);
            int before = asked.get();
            guard.getConnection().close();
            assertThat(asked.get()).as("the pool is asked as usual").isEqualTo(before + 1);
        }
    }

    @Test
    void shouldFindTheConnectionFailureAmongCausesAndChainedExceptions() {
        SQLException refused = new SQLException("Connection refused", "08001");
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(shutdown);
        assertThat((Throwable) FailFastDataSource.connectionFailure(new RuntimeException("jOOQ", refused))).isSameAs(refused);
        assertThat((Throwable) FailFastDataSource.connectionFailure(chained)).isSameAs(shutdown);
        assertThat((Throwable) FailFastDataSource.connectionFailure(new SQLException("duplicate key", "23505"))).isNull();
        assertThat((Throwable) FailFastDataSource.connectionFailure(new IllegalStateException("no SQL at all"))).isNull();
    }

    /** A stand-in pool: each ask counts, then throws {@link #failure} if set or hands out a valid connection. */
    private DataSource pool() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    asked.incrementAndGet();
                    SQLException e = failure.get();
                    if (e != null) {
                        throw e;
                    }
                    return connection();
                });
    }

    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> true;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
