package io.prism.audit;

import io.prism.audit.proof.MerkleTree;
import io.prism.data.AuditRepository;
import io.prism.data.Database;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The one audit path, shared by both doors: every audited change appends its events to its tenant's log in the
 * transaction of the change itself ({@link #append}), so the change and its record commit together or not at all;
 * an event of its own (a refusal) gets a transaction of its own ({@link #record}). Appends to a tenant's log take
 * its lock, read its head and chain each new event to it. An append that fails fails its operation with
 * UNAVAILABLE: nothing unaudited is stored, and no audit error is swallowed.
 */
@Component
public class AuditTrail {

    /** The codes that refuse a caller, which the trail records as {@code request.refused} (docs/audit-ocsf.md). */
    public static final Set<String> AUDITED_REFUSALS = Set.of(ErrorCode.UNAUTHENTICATED.name(),
            ErrorCode.FORBIDDEN.name(), ErrorCode.RATE_LIMITED.name(), ErrorCode.BUDGET_EXCEEDED.name(),
            ErrorCode.RESIDENCY_VIOLATION.name());

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditRepository events;
    private final Database database;
    private final Checkpointer checkpointer;
    private final List<BiConsumer<TenantId, List<Entry>>> committed = new CopyOnWriteArrayList<>();

    public AuditTrail(AuditRepository events, Database database, Checkpointer checkpointer) {
        this.events = events;
        this.database = database;
        this.checkpointer = checkpointer;
    }

    /**
     * What happened, as the code that did it describes it; the trail adds the tenant, the place in the log and the
     * time, and an id unless the entry brings one ({@code eventId}, for a record that names its event).
     */
    public record Entry(AuditEvent.Actor actor, String action, String resourceType, String resourceId,
                        AuditEvent.Outcome outcome, String errorCode, String correlationId, String door,
                        String operationName, String requestDigest, String resultDigest, JsonNode before,
                        JsonNode after, UUID eventId) {
    }

    /** Appends {@code entries} to the tenant's log in the caller's transaction; returns the events stored. */
    public List<AuditEvent> append(DSLContext dsl, TenantId tenant, List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        try {
            events.lock(dsl, tenant);
            AuditRepository.Head head = events.head(dsl, tenant)
                    .orElse(new AuditRepository.Head(-1, AuditEvent.NO_PREVIOUS));
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            long seq = head.seq();
            byte[] prev = head.hash();
            List<AuditEvent> appended = new ArrayList<>(entries.size());
            List<AuditRepository.Stored> rows = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                AuditEvent event = new AuditEvent(tenant, ++seq,
                        e.eventId() == null ? UUID.randomUUID() : e.eventId(), now, e.actor(), e.action(),
                        e.resourceType(), e.resourceId(), e.outcome(), e.errorCode(), e.correlationId(), e.door(),
                        e.operationName(), e.requestDigest(), e.resultDigest(), e.before(), e.after(), prev);
                byte[] canonical = event.canonical();
                prev = Digests.sha256(canonical);
                rows.add(new AuditRepository.Stored(event, prev, MerkleTree.leafHash(canonical)));
                appended.add(event);
            }
            events.insert(dsl, rows);
            checkpointer.appended(rows.size());
            return appended;
        } catch (PrismException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("The audit trail could not record {} event(s) of tenant {}: {}", entries.size(), tenant,
                    e.getMessage());
            throw new PrismException(ErrorCode.UNAVAILABLE,
                    "The audit trail could not record this operation, so nothing of it was stored; try again later",
                    List.of());
        }
    }

    /**
     * Registers {@code listener} to hear of every audited write once it has committed on this replica, with its
     * tenant and its entries: a cache of this replica drops what the write changed at once, before the database's
     * change notice arrives.
     */
    public void onCommitted(BiConsumer<TenantId, List<Entry>> listener) {
        committed.add(listener);
    }

    /** Tells the listeners that a write of {@code tenant} with these entries has committed. */
    public void committed(TenantId tenant, List<Entry> entries) {
        committed.forEach(l -> l.accept(tenant, entries));
    }

    /** Appends one event in a transaction of its own, for an event that has no transaction to ride on. */
    public AuditEvent record(TenantId tenant, Entry entry) {
        return database.inTransaction(tenant, false, dsl -> append(dsl, tenant, List.of(entry))).getFirst();
    }
}
