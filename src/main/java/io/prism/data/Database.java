package io.prism.data;

import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The single way the service reaches PostgreSQL: every piece of work runs in a transaction whose tenant is set
 * with {@code set_config('app.tenant_id', …, true)} as its first statement, on a pooled connection that runs as
 * the non-owner application role. Row level security therefore scopes every statement to that tenant, on top of
 * the tenant predicate each repository writes explicitly.
 */
@Component
public class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** The first statement of every transaction: the tenant that row level security scopes it to. */
    private static final String TENANT_PRELUDE = "SELECT set_config('app.tenant_id', ?, true)";

    /** Pooled connections tried for one transaction when the first ones turn out to be closed by the server. */
    static final int OPEN_ATTEMPTS = 12;

    private final DataSource dataSource;
    private final Configuration base;

    public Database(DataSource dataSource, ObjectProvider<ExecuteListenerProvider> listeners) {
        this.dataSource = dataSource;
        Configuration config = new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        List<ExecuteListenerProvider> providers = listeners.orderedStream().toList();
        if (!providers.isEmpty()) {
            config = config.set(providers.toArray(ExecuteListenerProvider[]::new));
        }
        this.base = config;
    }

    /**
     * Runs {@code work} in its own transaction for {@code tenant}, commits when it returns and rolls back when
     * it throws, so a failed write leaves nothing behind.
     */
    public <T> T inTransaction(TenantId tenant, boolean readOnly, Function<DSLContext, T> work) {
        Opened opened;
        try {
            opened = open(tenant, readOnly);
        } catch (SQLException e) {
            throw unavailable(e);
        }
        try (Connection connection = opened.connection()) {
            try {
                T result = work.apply(opened.dsl());
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Runs one statement outside any tenant, in auto-commit mode. Only for the narrow security-definer functions
     * that must work before a tenant is known (key lookup); tenant tables show no rows here. The statement is
     * read-only, so when it fails on a pooled connection the server has dropped it is run again on another, up to
     * {@link #OPEN_ATTEMPTS} in all, as {@link #open} does; a database that cannot be reached is UNAVAILABLE.
     */
    public <T> T withoutTenant(Function<DSLContext, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                connection.setReadOnly(true);
                return work.apply(dsl(connection));
            } catch (SQLException e) {
                throw unavailable(e);
            } catch (RuntimeException e) {
                SQLException lost = FailFastDataSource.connectionFailure(e);
                if (lost == null) {
                    throw e;
                }
                if (attempt == OPEN_ATTEMPTS) {
                    throw unavailable(lost);
                }
                discarded(e);
            }
        }
    }

    /** Opens a read session: one read-only transaction, tenant set, kept until the session is closed. */
    public ReadSession openSession(TenantId tenant) {
        try {
            Opened opened = open(tenant, true);
            return new ReadSession(opened.connection(), opened.dsl());
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** A pooled connection with a transaction begun, and the jOOQ context on it (made once per transaction). */
    private record Opened(Connection connection, DSLContext dsl) {
    }

    /**
     * A pooled connection with the tenant's transaction begun. A pooled connection the server has dropped (a
     * restart, a failover, a terminated backend) fails on the tenant prelude, before any work ran; the pool then
     * discards it and the next one is tried, up to {@link #OPEN_ATTEMPTS} in all. Still failing, the database is
     * UNAVAILABLE.
     */
    private Opened open(TenantId tenant, boolean readOnly) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(readOnly);
                DSLContext dsl = dsl(connection);
                dsl.resultQuery(TENANT_PRELUDE, tenant.value().toString()).fetch();
                return new Opened(connection, dsl);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                SQLException broken = FailFastDataSource.connectionFailure(e);
                if (broken == null) {
                    throw e;
                }
                if (attempt == OPEN_ATTEMPTS) {
                    throw broken;
                }
                discarded(e);
            }
        }
    }

    private static void discarded(Exception e) {
        log.info("Discarded a pooled connection the server had closed ({}); trying another", e.getMessage());
    }

    private DSLContext dsl(Connection connection) {
        return DSL.using(base.derive(connection));
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static PrismException unavailable(SQLException e) {
        log.warn("Database unavailable: {} (SQLState {})", e.getMessage(), e.getSQLState());
        return unreachable();
    }

    /**
     * The one error of a database that cannot be reached: UNAVAILABLE with {@code retryAfterSeconds}, which the
     * answer also carries as its {@code Retry-After} header.
     */
    public static PrismException unreachable() {
        return new PrismException(ErrorCode.UNAVAILABLE, "The database is not reachable; try again later",
                List.of(), Map.of("retryAfterSeconds", FailFastDataSource.RETRY_AFTER_SECONDS));
    }
}
