package io.prism.data;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The service's connection pool behind a fail-fast guard. While PostgreSQL answers, every call goes to the pool as
 * it is. Once the pool fails to open a connection because the server cannot be reached (a connection failure,
 * SQLState class 08, or a server shutting down or starting up, 57P), the guard is <em>down</em>: every further
 * {@link #getConnection()} fails at once with SQLState 08001 instead of waiting for the pool's connection timeout,
 * and one background probe asks the pool for a connection, again every {@link #PROBE_PAUSE}, until one is valid;
 * then the guard is up and requests use the pool again. A pool that is only exhausted (every connection busy until
 * the timeout, with no failure to connect) does not put the guard down.
 *
 * <p>So during an outage only the requests that find it out wait (at most the pool's connection timeout); the
 * others are answered UNAVAILABLE at once, and the readiness probe, which asks for a connection too, reports the
 * database DOWN without waiting.
 */
public final class FailFastDataSource implements DataSource, AutoCloseable {

    /** Whole seconds a client is told to wait before retrying (Retry-After) while the database is unreachable. */
    public static final long RETRY_AFTER_SECONDS = 2;

    /** Pause between two probes while the guard is down. */
    static final Duration PROBE_PAUSE = Duration.ofMillis(500);

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(FailFastDataSource.class);
    private static final int VALID_SECONDS = 2;

    /** When the guard went down, and why. */
    private record Outage(Instant since, String cause) {
    }

    private final DataSource pool;
    private final AtomicReference<Outage> outage = new AtomicReference<>();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("database-probe").daemon(true).factory());

    public FailFastDataSource(DataSource pool) {
        this.pool = pool;
    }

    /** False while the guard is down: the last connection attempt failed and no probe has reached the database. */
    public boolean reachable() {
        return outage.get() == null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileDown();
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            failed(e);
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileDown();
        try {
            return pool.getConnection(username, password);
        } catch (SQLException e) {
            failed(e);
            throw e;
        }
    }

    private void refuseWhileDown() throws SQLException {
        Outage current = outage.get();
        if (current != null) {
            throw new SQLTransientConnectionException("The database has been unreachable since " + current.since()
                    + " (" + current.cause() + "); not waiting for a connection", "08001");
        }
    }

    /** Puts the guard down when {@code e} says the server cannot be reached, and starts the probe. */
    private void failed(SQLException e) {
        if (connectionFailure(e) == null || !outage.compareAndSet(null, new Outage(Instant.now(), e.getMessage()))) {
            return;
        }
        log.warn("Database unreachable ({}); connections are refused at once until a probe reaches it",
                e.getMessage());
        scheduleProbe();
    }

    private void scheduleProbe() {
        try {
            prober.schedule(this::probe, PROBE_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Database probe not scheduled: the service is stopping");
        }
    }

    /** One probe: a valid connection from the pool puts the guard up; anything else tries again after a pause. */
    private void probe() {
        try (Connection connection = pool.getConnection()) {
            if (connection.isValid(VALID_SECONDS)) {
                Outage ended = outage.getAndSet(null);
                log.info("Database reachable again after {} ms", ended == null ? 0
                        : Duration.between(ended.since(), Instant.now()).toMillis());
                return;
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Database probe failed: {}", e.getMessage());
        }
        scheduleProbe();
    }

    /**
     * The exception in {@code e}'s causes (or chained to one of them) that says the connection to the server failed
     * or was lost: SQLState class 08 (connection exception) or 57P (the server is shutting down, starting up or
     * terminated the backend); null when there is none. The pool's timeout keeps the SQLState of its last failure
     * to connect; when it merely ran out of connections it has none.
     */
    public static SQLException connectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException next = s; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                        return next;
                    }
                }
            }
        }
        return null;
    }

    /** Stops the probe and closes the pool. */
    @Override
    public void close() throws Exception {
        prober.shutdownNow();
        if (pool instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    /** This guard, or what the pool unwraps to (the pool itself, for its metrics and settings). */
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
