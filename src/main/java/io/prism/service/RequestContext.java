package io.prism.service;

import io.prism.audit.AuditEvent;
import io.prism.audit.AuditTrail;
import io.prism.audit.Digests;
import io.prism.data.Database;
import io.prism.data.ReadSession;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scope of one API request: who calls (tenant, key, scopes), its correlation id, and its database access.
 * It travels in the GraphQL context; every service method takes it, so the tenant is never implicit.
 * Reads share one read-only transaction per request (opened on first use); each write runs in its own
 * transaction, except a calculation run's history row, which the history writer may store in one transaction with
 * other runs of the same tenant. Every write is audited: the work records what it changed ({@link #audit}) and the
 * events commit in the write's transaction; a write that records nothing is refused. Once the request is cancelled (it ran past its time limit and was answered), no
 * read runs and no write commits.
 */
public final class RequestContext implements AutoCloseable {

    /** Key of this object in the GraphQL context and in the servlet request attributes. */
    public static final String KEY = RequestContext.class.getName();

    private final Principal principal;
    private final String correlationId;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Database database;
    private final AuditTrail audit;
    private String door;
    private Supplier<String> operationName = () -> null;
    private Supplier<String> requestDigest = () -> null;
    private List<AuditTrail.Entry> audited;
    private ReadSession session;
    private boolean closed;
    private volatile BooleanSupplier cancelled = () -> false;

    public RequestContext(Principal principal, String correlationId, Database database, AuditTrail audit) {
        this.principal = principal;
        this.correlationId = correlationId;
        this.database = database;
        this.audit = audit;
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

    /**
     * Names the operation this context serves, for its audit events: the door it came through, its name and the
     * digest of its request (both computed only when an event needs them).
     */
    public void describeOperation(String door, Supplier<String> operationName, Supplier<String> requestDigest) {
        this.door = door;
        this.operationName = operationName;
        this.requestDigest = requestDigest;
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
     * The request's read session is closed first ({@link #closeReads}). {@code work} records what it changed with
     * {@link #audit}; those events are appended to the tenant's audit log in the same transaction, and a write that
     * records none is refused (a programming error, so it fails as INTERNAL). A request cancelled while the work
     * ran rolls it back instead of committing.
     */
    public <T> T write(Function<DSLContext, T> work) {
        return writeIn(tenant(), work);
    }

    /**
     * Runs a write as {@link #write} does, in {@code tenant}'s transaction and audit log: the platform operator's
     * work on a tenant it names.
     */
    public <T> T writeIn(TenantId tenant, Function<DSLContext, T> work) {
        closeReads();
        List<AuditTrail.Entry> events = new ArrayList<>(1);
        T written = database.inTransaction(tenant, false, dsl -> {
            events.clear();
            audited = events;
            T result;
            try {
                result = work.apply(dsl);
            } finally {
                audited = null;
            }
            if (events.isEmpty()) {
                throw new IllegalStateException("a write recorded no audit event");
            }
            audit.append(dsl, tenant, events);
            checkNotCancelled();
            return result;
        });
        audit.committed(tenant, events);
        return written;
    }

    /**
     * Records, inside a {@link #write}, a change the write made: its action (such as {@code material.update}), the
     * resource's type and id, and its state before and after (null where it did not exist; any value Jackson
     * writes as JSON).
     *
     * @return the id the event will have in the tenant's log
     */
    public UUID audit(String action, String resourceType, Object resourceId, Object before, Object after) {
        if (audited == null) {
            throw new IllegalStateException("audit() outside a write");
        }
        JsonNode afterJson = json(after);
        AuditTrail.Entry event = entry(action, resourceType, resourceId == null ? null : resourceId.toString(),
                AuditEvent.Outcome.SUCCESS, null, Digests.canonicalHex(afterJson), json(before), afterJson);
        audited.add(event);
        return event.eventId();
    }

    /** An event of this request's caller and operation, for the audit trail. */
    public AuditTrail.Entry entry(String action, String resourceType, String resourceId, AuditEvent.Outcome outcome,
                                  String errorCode, String resultDigest, JsonNode before, JsonNode after) {
        return new AuditTrail.Entry(actor(), action, resourceType, resourceId, outcome, errorCode, correlationId,
                door, operationName.get(), requestDigest.get(), resultDigest, before, after, UUID.randomUUID());
    }

    /** The event that records this request as refused with {@code code} ({@code request.refused}). */
    public AuditTrail.Entry refusal(String code) {
        return entry("request.refused", null, null, AuditEvent.Outcome.REFUSED, code, null, null, null);
    }

    /** Who this request's caller is, as its audit events name it. */
    public AuditEvent.Actor actor() {
        return principal.operator() ? new AuditEvent.Actor(AuditEvent.Actor.Type.OPERATOR, null, principal.keyPrefix())
                : new AuditEvent.Actor(AuditEvent.Actor.Type.KEY, principal.keyId(), principal.keyPrefix());
    }

    /** The audit trail, for work that appends its events in a transaction of its own making. */
    public AuditTrail auditTrail() {
        return audit;
    }

    static JsonNode json(Object value) {
        return value == null ? null : value instanceof JsonNode node ? node : JSON.valueToTree(value);
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
