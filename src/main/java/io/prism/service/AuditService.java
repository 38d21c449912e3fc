package io.prism.service;

import io.prism.audit.AuditEvent;
import io.prism.audit.Checkpointer;
import io.prism.audit.LogVerifier;
import io.prism.audit.proof.LeafHashes;
import io.prism.audit.proof.MerkleTree;
import io.prism.audit.proof.NoteVerifier;
import io.prism.data.AuditQuery;
import io.prism.data.AuditRepository;
import io.prism.data.AuditRepository.CheckpointRow;
import io.prism.data.Database;
import io.prism.data.Page;
import io.prism.data.Pager;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Reading and checking audit logs: events, checkpoints, RFC 9162 proofs and verification. Needs the AUDIT scope;
 * a tenant's key reads its own log, the platform operator names the tenant (the shared catalog tenant's log holds
 * the platform's own events). Every read runs in one read-only transaction of that tenant.
 */
@Service
public class AuditService {

    private final AuditRepository events;
    private final Database database;
    private final Checkpointer checkpointer;

    public AuditService(AuditRepository events, Database database, Checkpointer checkpointer) {
        this.events = events;
        this.database = database;
        this.checkpointer = checkpointer;
    }

    /** An inclusion proof with the checkpoint it leads to and the event's canonical form. */
    public record InclusionProof(long leafIndex, long treeSize, byte[] canonicalEvent, byte[] leafHash,
                                 List<byte[]> path, CheckpointRow checkpoint) {
    }

    /**
     * An event with its proofs: {@code inclusion} is null while the newest checkpoint ({@code latest}, null before
     * the first) does not cover it yet.
     */
    public record EventProof(UUID eventId, long seq, InclusionProof inclusion, CheckpointRow latest) {
    }

    /** A consistency proof between two checkpoints. */
    public record ConsistencyProof(CheckpointRow from, CheckpointRow to, List<byte[]> path) {
    }

    public Page<AuditRepository.Stored> events(RequestContext ctx, String tenantId, AuditQuery query, Integer first,
                                               String after, boolean countTotal) {
        TenantId tenant = logOf(ctx, tenantId);
        checkRange(query);
        var page = Pager.request(first, after, countTotal);
        return read(tenant, dsl -> events.list(dsl, tenant, query, page));
    }

    /**
     * An export of the caller's log (the operator's: the named tenant's), checked as {@link #events} checks a read:
     * the scope, the tenant and the filter. Nothing is read until it is {@linkplain Export#stream streamed}, so a
     * refusal comes before any of the answer.
     */
    public Export export(RequestContext ctx, String tenantId, AuditQuery query) {
        TenantId tenant = logOf(ctx, tenantId);
        checkRange(query);
        return new Export(tenant, query);
    }

    /** A checked export of one tenant's log, to be streamed. */
    public final class Export {

        private final TenantId tenant;
        private final AuditQuery query;

        private Export(TenantId tenant, AuditQuery query) {
            this.tenant = tenant;
            this.query = query;
        }

        /**
         * Passes the matching events to {@code each} in log order as they are read, in one read-only transaction,
         * in bounded memory however long the log.
         */
        public void stream(Consumer<AuditRepository.Stored> each) {
            read(tenant, dsl -> {
                events.stream(dsl, tenant, query, 0, each);
                return null;
            });
        }
    }

    /**
     * The events filter of a request's values, its texts checked; a value at fault is named
     * {@code filter.<member>}, as the filter of {@code auditEvents} and of the export is.
     */
    public static AuditQuery query(OffsetDateTime from, OffsetDateTime to, String actorKeyId, String actorType,
                                   String action, String resourceType, String resourceId, String outcome,
                                   String correlationId) {
        UUID actor = actorKeyId == null ? null : Checks.id(actorKeyId, "filter.actorKeyId");
        return new AuditQuery(from, to, actor, actorType, Checks.optionalText(action, "filter.action", 60),
                Checks.optionalText(resourceType, "filter.resourceType", 40),
                Checks.optionalText(resourceId, "filter.resourceId", 200), outcome,
                Checks.optionalText(correlationId, "filter.correlationId", 100));
    }

    private static void checkRange(AuditQuery query) {
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw PrismException.badInput("filter.from must be before filter.to", "filter", "from");
        }
    }

    public Optional<CheckpointRow> latestCheckpoint(RequestContext ctx, String tenantId) {
        TenantId tenant = logOf(ctx, tenantId);
        return read(tenant, dsl -> events.latestCheckpoint(dsl, tenant));
    }

    public String verifierKey() {
        return checkpointer.verifierKey();
    }

    /**
     * Recomputes the tenant's log (the events in {@code [from, to)} when given, with the link into the first) and,
     * for the whole log, every checkpoint and the caller's own.
     */
    public LogVerifier.Result verify(RequestContext ctx, String tenantId, OffsetDateTime from, OffsetDateTime to,
                                     String knownCheckpoint) {
        TenantId tenant = logOf(ctx, tenantId);
        if (from != null && to != null && !from.isBefore(to)) {
            throw PrismException.badInput("from must be before to", "from");
        }
        if (knownCheckpoint != null && knownCheckpoint.length() > 2000) {
            throw PrismException.badInput("knownCheckpoint is longer than any checkpoint (2,000 characters)",
                    "knownCheckpoint");
        }
        boolean whole = from == null;
        return read(tenant, dsl -> {
            long size = events.size(dsl, tenant);
            AuditQuery range = new AuditQuery(from, to, null, null, null, null, null, null, null);
            long start = 0;
            byte[] previous = AuditEvent.NO_PREVIOUS;
            if (!whole) {
                Long first = events.firstSeqAtOrAfter(dsl, tenant, from).orElse(null);
                if (first != null && first > 0) {
                    start = first;
                    previous = events.at(dsl, tenant, first - 1).map(AuditRepository.Stored::hash)
                            .orElse(AuditEvent.NO_PREVIOUS);
                }
            }
            LogVerifier verification = verifier(tenant, start, previous);
            events.stream(dsl, tenant, whole ? AuditQuery.ALL : range, start, verification::accept);
            if (whole) {
                for (CheckpointRow c : events.checkpoints(dsl, tenant)) {
                    verification.checkpoint(c.treeSize(), c.signedNote(), false);
                }
                if (knownCheckpoint != null) {
                    verification.checkpoint(-1, knownCheckpoint, true);
                }
            }
            return verification.result(size);
        });
    }

    /**
     * Recomputes the tenant's first {@code size} events and every stored checkpoint within them, in the caller's
     * transaction: the log as it stood once its event {@code size - 1} was appended. Checks no scope; the caller
     * decides what of the outcome its own caller may see.
     */
    public LogVerifier.Result verifyPrefix(DSLContext dsl, TenantId tenant, long size) {
        LogVerifier verification = verifier(tenant, 0, AuditEvent.NO_PREVIOUS);
        events.streamPrefix(dsl, tenant, size, verification::accept);
        for (CheckpointRow c : events.checkpoints(dsl, tenant)) {
            if (c.treeSize() <= size) {
                verification.checkpoint(c.treeSize(), c.signedNote(), false);
            }
        }
        return verification.result(size);
    }

    public InclusionProof inclusionProof(RequestContext ctx, String tenantId, String eventId, Long treeSize) {
        TenantId tenant = logOf(ctx, tenantId);
        UUID id = Checks.id(eventId, "eventId");
        return read(tenant, dsl -> {
            AuditRepository.Stored event = events.find(dsl, tenant, id)
                    .orElseThrow(() -> PrismException.notFound("Audit event", eventId));
            CheckpointRow checkpoint = checkpointFor(dsl, tenant, treeSize, "treeSize");
            long index = event.event().seq();
            if (index >= checkpoint.treeSize()) {
                throw PrismException.badInput("event " + eventId + " (seq " + index + ") is not covered by the "
                        + "checkpoint of size " + checkpoint.treeSize() + " yet; ask again after the next one",
                        "eventId");
            }
            return proof(dsl, tenant, event, checkpoint);
        });
    }

    /**
     * One of the caller's own events with what proves it: its place in the log, the newest checkpoint and, when that
     * checkpoint covers the event, the inclusion proof against it. Empty for an event its log does not hold. Needs
     * the AUDIT scope.
     */
    public Optional<EventProof> newestProof(RequestContext ctx, UUID eventId) {
        TenantId tenant = logOf(ctx, null);
        return read(tenant, dsl -> events.find(dsl, tenant, eventId).map(event -> {
            CheckpointRow latest = events.latestCheckpoint(dsl, tenant).orElse(null);
            boolean covered = latest != null && event.event().seq() < latest.treeSize();
            return new EventProof(eventId, event.event().seq(), covered ? proof(dsl, tenant, event, latest) : null,
                    latest);
        }));
    }

    private InclusionProof proof(DSLContext dsl, TenantId tenant, AuditRepository.Stored event,
                                 CheckpointRow checkpoint) {
        long index = event.event().seq();
        List<byte[]> leaves = events.leafHashes(dsl, tenant, 0, checkpoint.treeSize());
        List<byte[]> path = MerkleTree.inclusionProof(LeafHashes.of(leaves), index, checkpoint.treeSize());
        return new InclusionProof(index, checkpoint.treeSize(), event.event().canonical(), event.leafHash(), path,
                checkpoint);
    }

    private LogVerifier verifier(TenantId tenant, long start, byte[] previous) {
        return new LogVerifier(checkpointer.origin(tenant), NoteVerifier.fromVerifierKey(checkpointer.verifierKey()),
                start, previous);
    }

    public ConsistencyProof consistencyProof(RequestContext ctx, String tenantId, long fromSize, Long toSize) {
        TenantId tenant = logOf(ctx, tenantId);
        return read(tenant, dsl -> {
            CheckpointRow to = checkpointFor(dsl, tenant, toSize, "toSize");
            CheckpointRow from = events.checkpoint(dsl, tenant, fromSize)
                    .orElseThrow(() -> PrismException.badInput("the log has no checkpoint of size " + fromSize,
                            "fromSize"));
            if (from.treeSize() > to.treeSize()) {
                throw PrismException.badInput("fromSize (" + fromSize + ") must not exceed toSize ("
                        + to.treeSize() + ")", "fromSize");
            }
            List<byte[]> leaves = events.leafHashes(dsl, tenant, 0, to.treeSize());
            return new ConsistencyProof(from, to,
                    MerkleTree.consistencyProof(LeafHashes.of(leaves), from.treeSize(), to.treeSize()));
        });
    }

    private CheckpointRow checkpointFor(DSLContext dsl, TenantId tenant, Long treeSize, String field) {
        if (treeSize == null) {
            return events.latestCheckpoint(dsl, tenant).orElseThrow(() -> PrismException.badInput(
                    "the log has no checkpoint yet; ask again after the next one", field));
        }
        return events.checkpoint(dsl, tenant, treeSize).orElseThrow(() -> PrismException.badInput(
                "the log has no checkpoint of size " + treeSize, field));
    }

    /** The log a caller reads: its own tenant's, or for the operator the one it names. */
    private static TenantId logOf(RequestContext ctx, String tenantId) {
        return ctx.namedTenant(tenantId, "tenantId", Scope.AUDIT, "reads an audit log");
    }

    private <T> T read(TenantId tenant, Function<DSLContext, T> work) {
        return database.inTransaction(tenant, true, work);
    }
}
