package io.prism.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * One read-only transaction that serves every read of a GraphQL request, so a page of parents and its batched
 * children cost one tenant prelude between them. Closed (rolled back) when the request completes.
 */
public final class ReadSession implements AutoCloseable {

    private final Connection connection;
    private final DSLContext dsl;
    private boolean closed;

    ReadSession(Connection connection, DSLContext dsl) {
        this.connection = connection;
        this.dsl = dsl;
    }

    public synchronized <T> T read(Function<DSLContext, T> work) {
        if (closed) {
            throw new IllegalStateException("read session already closed");
        }
        return work.apply(dsl);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (connection) {
            connection.rollback();
        } catch (SQLException ignored) {
            // a broken connection is discarded by the pool; nothing was written in this transaction
        }
    }
}
