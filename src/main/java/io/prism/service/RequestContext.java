package io.prism.service;

import io.prism.data.Database;
import io.prism.data.ReadSession;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The scope of one API request: who calls (tenant, key, scopes), its correlation id, and its database access.
 * It travels in the GraphQL context; every service method takes it, so the tenant is never implicit.
 * Reads share one read-only transaction per request (opened on first use); each write runs in its own
 * transaction, except a calculation run's history row, which the history writer may store in one transaction with
 * other runs of the same tenant. Once the request is cancelled (it ran past its time limit and was answered), no
 * read runs and no write commits.
 */
public final class RequestContext implements AutoCloseable {

    /** Key of this object in the GraphQL context and in the servlet request attributes. */
    public static final String KEY = RequestContext.class.getName();

    private final Principal principal;
    private final String correlationId;
    private final Database database;
    private ReadSession session;
    private boolean closed;
    private volatile BooleanSupplier cancelled = () -> false;

    public RequestContext(Principal principal, String correlationId, Database database) {
        this.principal = principal;
        this.correlationId = correlationId;
        this.database = database;
    }

    public Principal principal() {
        return principal;
    }

    public TenantId tenant() {
        return principal.tenant();
    }

    public String correlationId() {
        return correlationId;
    }

    /** Ties this context to the cancellation signal of the operation it serves. */
    public void cancelledWhen(BooleanSupplier signal) {
        this.cancelled = signal;
    }

    /** Fails with FORBIDDEN unless the caller's key has {@code scope}. */
    public void require(Scope scope) {
        if (!principal.has(scope)) {
            throw PrismException.forbidden("This operation needs an API key with the " + scope + " scope");
        }
    }

    /**
     * The tenant an operation that may name one works on: for the platform operator the named tenant, which it must
     * name ({@code purpose} completes the message "... is required when the platform operator ..."); for a tenant's
     * key, which needs {@code scope}, its own tenant, and naming another is NOT_FOUND, as for any other tenant's
     * object.
     */
    public TenantId namedTenant(String tenantId, String field, Scope scope, String purpose) {
        if (principal.operator()) {
            require(Scope.ADMIN);
            if (tenantId == null) {
                throw PrismException.badInput(field.substring(field.lastIndexOf('.') + 1)
                        + " is required when the platform operator " + purpose, field.split("\\."));
            }
            return new TenantId(Checks.id(tenantId, field));
        }
        require(scope);
        if (tenantId != null && !Checks.id(tenantId, field).equals(tenant().value())) {
            throw PrismException.notFound("Tenant", tenantId);
        }
        return tenant();
    }

    /** Runs a read in the request's read transaction. */
    public <T> T read(Function<DSLContext, T> work) {
        checkNotCancelled();
        ReadSession s;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("request already completed");
            }
            if (session == null) {
                session = database.openSession(tenant());
            }
            s = session;
        }
        return s.read(work);
    }

    /**
     * Runs a write in a transaction of its own: committed when {@code work} returns, rolled back if it throws.
     * The request's read session is closed first ({@link #closeReads}). A request cancelled while the work ran
     * rolls it back instead of committing.
     */
    public <T> T write(Function<DSLContext, T> work) {
        closeReads();
        return database.inTransaction(tenant(), false, dsl -> {
            T result = work.apply(dsl);
            checkNotCancelled();
            return result;
        });
    }

    /**
     * Ends the request's read session, if one is open, before a write, so a request never holds two pooled
     * connections at once (under load, requests holding one connection while waiting for a second would drain
     * the pool); later reads open a new session that sees the write.
     */
    synchronized void closeReads() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** Whether the request was cancelled: it ran past its time limit and was answered. */
    boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    /** The error of work refused or rolled back because its request was cancelled. */
    static PrismException cancelledError() {
        return new PrismException(ErrorCode.UNAVAILABLE, "The request was cancelled; nothing of it was stored",
                List.of());
    }

    private void checkNotCancelled() {
        if (isCancelled()) {
            throw cancelledError();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeReads();
    }
}
