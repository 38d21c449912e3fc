package io.prism.data;

import static io.prism.generated.jooq.Tables.AUDIT_CHECKPOINT;
import static io.prism.generated.jooq.Tables.AUDIT_EVENT;

import io.prism.audit.AuditEvent;
import io.prism.generated.jooq.tables.records.AuditCheckpointRecord;
import io.prism.generated.jooq.tables.records.AuditEventRecord;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.JSONB;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit tables: a tenant's hash-chained events and its signed checkpoints. The service may only insert and
 * read them (migration V17); appends to one tenant's log are serialised by a transaction-scoped advisory lock, so
 * its sequence numbers have no gaps and each event names the hash of the one before.
 */
@Repository
public class AuditRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Events read per fetch while a log is streamed. */
    private static final int FETCH_SIZE = 1000;

    /** The last event of a log: the next one takes {@code seq + 1} and chains to {@code hash}. */
    public record Head(long seq, byte[] hash) {
    }

    /** An event with the hashes it was stored with, as read back. */
    public record Stored(AuditEvent event, byte[] hash, byte[] leafHash) {
    }

    /** A signed checkpoint of a tenant's log. */
    public record CheckpointRow(TenantId tenant, long treeSize, byte[] rootHash, String signedNote, String keyName,
                                OffsetDateTime createdAt) {
    }

    /** Takes the tenant's log for the rest of the transaction; other appends to it wait. */
    public void lock(DSLContext dsl, TenantId tenant) {
        dsl.resultQuery(LOCK, "prism.audit." + tenant.value()).fetch();
    }

    /** The last event of the tenant's log, if it has one. */
    public Optional<Head> head(DSLContext dsl, TenantId tenant) {
        return dsl.resultQuery(HEAD, tenant.value())
                .fetchOptional(r -> new Head(r.get(0, Long.class), r.get(1, byte[].class)));
    }

    /**
     * Appends events (already chained) in one statement. The statement for n rows is rendered from the generated
     * table once and reused, with a bind marker per column of each row: an append rides on every audited write, so
     * rendering it per write would be work on the hot path for nothing.
     */
    public void insert(DSLContext dsl, List<Stored> events) {
        int n = events.size();
        if (n == 0) {
            return;
        }
        List<QueryPart> values = new ArrayList<>(n * COLUMNS.length);
        for (Stored s : events) {
            binds(s, values);
        }
        dsl.execute(insertOf(n), values.toArray(QueryPart[]::new));
    }

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";
    private static final String HEAD = "SELECT seq, hash FROM audit_event WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1";
    /** Rendered inserts of up to {@value #RENDERED_INSERTS} rows, by row count; larger ones are rendered each time. */
    private static final int RENDERED_INSERTS = 64;
    private static final AtomicReferenceArray<String> INSERTS = new AtomicReferenceArray<>(RENDERED_INSERTS + 1);
    private static final Field<?>[] COLUMNS = {AUDIT_EVENT.TENANT_ID, AUDIT_EVENT.SEQ, AUDIT_EVENT.EVENT_ID,
        AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_TYPE, AUDIT_EVENT.ACTOR_KEY_ID, AUDIT_EVENT.ACTOR_PREFIX,
        AUDIT_EVENT.ACTION, AUDIT_EVENT.RESOURCE_TYPE, AUDIT_EVENT.RESOURCE_ID, AUDIT_EVENT.OUTCOME,
        AUDIT_EVENT.ERROR_CODE, AUDIT_EVENT.CORRELATION_ID, AUDIT_EVENT.DOOR, AUDIT_EVENT.OPERATION_NAME,
        AUDIT_EVENT.REQUEST_DIGEST, AUDIT_EVENT.RESULT_DIGEST, AUDIT_EVENT.BEFORE_STATE, AUDIT_EVENT.AFTER_STATE,
        AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH, AUDIT_EVENT.LEAF_HASH};

    /** The values of one stored event in the order of {@link #COLUMNS}, each bound with its column's type. */
    private static void binds(Stored s, List<QueryPart> values) {
        AuditEvent e = s.event();
        values.add(DSL.val(e.tenant().value(), AUDIT_EVENT.TENANT_ID));
        values.add(DSL.val(e.seq(), AUDIT_EVENT.SEQ));
        values.add(DSL.val(e.eventId(), AUDIT_EVENT.EVENT_ID));
        values.add(DSL.val(e.occurredAt(), AUDIT_EVENT.OCCURRED_AT));
        values.add(DSL.val(e.actor().type().name(), AUDIT_EVENT.ACTOR_TYPE));
        values.add(DSL.val(e.actor().keyId(), AUDIT_EVENT.ACTOR_KEY_ID));
        values.add(DSL.val(e.actor().keyPrefix(), AUDIT_EVENT.ACTOR_PREFIX));
        values.add(DSL.val(e.action(), AUDIT_EVENT.ACTION));
        values.add(DSL.val(e.resourceType(), AUDIT_EVENT.RESOURCE_TYPE));
        values.add(DSL.val(e.resourceId(), AUDIT_EVENT.RESOURCE_ID));
        values.add(DSL.val(e.outcome().name(), AUDIT_EVENT.OUTCOME));
        values.add(DSL.val(e.errorCode(), AUDIT_EVENT.ERROR_CODE));
        values.add(DSL.val(e.correlationId(), AUDIT_EVENT.CORRELATION_ID));
        values.add(DSL.val(e.door(), AUDIT_EVENT.DOOR));
        values.add(DSL.val(e.operationName(), AUDIT_EVENT.OPERATION_NAME));
        values.add(DSL.val(e.requestDigest(), AUDIT_EVENT.REQUEST_DIGEST));
        values.add(DSL.val(e.resultDigest(), AUDIT_EVENT.RESULT_DIGEST));
        values.add(DSL.val(jsonb(e.before()), AUDIT_EVENT.BEFORE_STATE));
        values.add(DSL.val(jsonb(e.after()), AUDIT_EVENT.AFTER_STATE));
        values.add(DSL.val(e.prevHash(), AUDIT_EVENT.PREV_HASH));
        values.add(DSL.val(s.hash(), AUDIT_EVENT.HASH));
        values.add(DSL.val(s.leafHash(), AUDIT_EVENT.LEAF_HASH));
    }

    private static JSONB jsonb(JsonNode state) {
        return state == null ? null : JSONB.valueOf(JSON.writeValueAsString(state));
    }

    private static String insertOf(int n) {
        String sql = n <= RENDERED_INSERTS ? INSERTS.get(n) : null;
        if (sql == null) {
            InsertValuesStepN<AuditEventRecord> insert = DSL.insertInto(AUDIT_EVENT).columns(COLUMNS);
            Object[] nulls = new Object[COLUMNS.length];
            for (int i = 0; i < n; i++) {
                insert = insert.values(nulls);
            }
            sql = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false)).render(insert);
            if (n <= RENDERED_INSERTS) {
                INSERTS.set(n, sql);
            }
        }
        return sql;
    }

    /** A page of the tenant's events, newest first. */
    public Page<Stored> list(DSLContext dsl, TenantId tenant, AuditQuery q, PageRequest page) {
        return Pager.bySequenceDescending(dsl, AUDIT_EVENT, filter(tenant, q), AUDIT_EVENT.SEQ, page,
                AuditRepository::toStored, s -> s.event().seq());
    }

    /** One event by id. */
    public Optional<Stored> find(DSLContext dsl, TenantId tenant, UUID eventId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value()).and(AUDIT_EVENT.EVENT_ID.eq(eventId)))
                .fetchOptional(AuditRepository::toStored);
    }

    /** The event at {@code seq} of the tenant's log. */
    public Optional<Stored> at(DSLContext dsl, TenantId tenant, long seq) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value()).and(AUDIT_EVENT.SEQ.eq(seq)))
                .fetchOptional(AuditRepository::toStored);
    }

    /** The place of the tenant's first event at or after {@code time}. */
    public Optional<Long> firstSeqAtOrAfter(DSLContext dsl, TenantId tenant, OffsetDateTime time) {
        return dsl.select(DSL.min(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value()).and(AUDIT_EVENT.OCCURRED_AT.ge(time)))
                .fetchOptional(r -> r.value1());
    }

    /**
     * Streams the tenant's events matching {@code q} in log order, {@value #FETCH_SIZE} rows per round trip, so a
     * log of any length passes through in bounded memory.
     */
    public void stream(DSLContext dsl, TenantId tenant, AuditQuery q, long fromSeq, Consumer<Stored> each) {
        try (Cursor<AuditEventRecord> rows = dsl.selectFrom(AUDIT_EVENT)
                .where(filter(tenant, q)).and(AUDIT_EVENT.SEQ.ge(fromSeq))
                .orderBy(AUDIT_EVENT.SEQ).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (AuditEventRecord r : rows) {
                each.accept(toStored(r));
            }
        }
    }

    /** Streams the tenant's first {@code size} events in log order, as {@link #stream} does. */
    public void streamPrefix(DSLContext dsl, TenantId tenant, long size, Consumer<Stored> each) {
        try (Cursor<AuditEventRecord> rows = dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value())).and(AUDIT_EVENT.SEQ.lt(size))
                .orderBy(AUDIT_EVENT.SEQ).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (AuditEventRecord r : rows) {
                each.accept(toStored(r));
            }
        }
    }

    /** The newest event of the tenant's log about one resource. */
    public Optional<Stored> latestAbout(DSLContext dsl, TenantId tenant, String resourceType, String resourceId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value()).and(AUDIT_EVENT.RESOURCE_TYPE.eq(resourceType))
                        .and(AUDIT_EVENT.RESOURCE_ID.eq(resourceId)))
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(AuditRepository::toStored);
    }

    /**
     * A resource's state at one version, as the event of the change that made it recorded it (its state after
     * the change, whose {@code version} member is that version); empty when the log holds no such state.
     */
    public Optional<JsonNode> stateAt(DSLContext dsl, TenantId tenant, String resourceType, String resourceId,
                                      int version) {
        return dsl.select(AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value()).and(AUDIT_EVENT.RESOURCE_TYPE.eq(resourceType))
                        .and(AUDIT_EVENT.RESOURCE_ID.eq(resourceId))
                        .and(DSL.field("{0} ->> 'version'", String.class, AUDIT_EVENT.AFTER_STATE)
                                .eq(Integer.toString(version))))
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(r -> json(r.value1()));
    }

    /** The leaf hashes of the tenant's events {@code [from, to)}, in log order. */
    public List<byte[]> leafHashes(DSLContext dsl, TenantId tenant, long from, long to) {
        List<byte[]> hashes = new ArrayList<>((int) Math.max(0, Math.min(to - from, 1 << 20)));
        try (Cursor<org.jooq.Record1<byte[]>> rows = dsl.select(AUDIT_EVENT.LEAF_HASH).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value()))
                .and(AUDIT_EVENT.SEQ.ge(from)).and(AUDIT_EVENT.SEQ.lt(to))
                .orderBy(AUDIT_EVENT.SEQ).fetchSize(FETCH_SIZE * 10).fetchLazy()) {
            for (var r : rows) {
                hashes.add(r.value1());
            }
        }
        return hashes;
    }

    /** The number of events in the tenant's log. */
    public long size(DSLContext dsl, TenantId tenant) {
        return head(dsl, tenant).map(h -> h.seq() + 1).orElse(0L);
    }

    public void insertCheckpoint(DSLContext dsl, CheckpointRow c) {
        dsl.insertInto(AUDIT_CHECKPOINT)
                .set(AUDIT_CHECKPOINT.TENANT_ID, c.tenant().value())
                .set(AUDIT_CHECKPOINT.TREE_SIZE, c.treeSize())
                .set(AUDIT_CHECKPOINT.ROOT_HASH, c.rootHash())
                .set(AUDIT_CHECKPOINT.SIGNED_NOTE, c.signedNote())
                .set(AUDIT_CHECKPOINT.KEY_NAME, c.keyName())
                .set(AUDIT_CHECKPOINT.CREATED_AT, c.createdAt())
                .onConflictDoNothing()
                .execute();
    }

    /** The tenant's newest checkpoint. */
    public Optional<CheckpointRow> latestCheckpoint(DSLContext dsl, TenantId tenant) {
        return dsl.selectFrom(AUDIT_CHECKPOINT).where(AUDIT_CHECKPOINT.TENANT_ID.eq(tenant.value()))
                .orderBy(AUDIT_CHECKPOINT.TREE_SIZE.desc()).limit(1)
                .fetchOptional(AuditRepository::toCheckpoint);
    }

    /** The tenant's checkpoint of exactly {@code treeSize} events. */
    public Optional<CheckpointRow> checkpoint(DSLContext dsl, TenantId tenant, long treeSize) {
        return dsl.selectFrom(AUDIT_CHECKPOINT).where(AUDIT_CHECKPOINT.TENANT_ID.eq(tenant.value()))
                .and(AUDIT_CHECKPOINT.TREE_SIZE.eq(treeSize))
                .fetchOptional(AuditRepository::toCheckpoint);
    }

    /** Every checkpoint of the tenant, smallest tree first. */
    public List<CheckpointRow> checkpoints(DSLContext dsl, TenantId tenant) {
        return dsl.selectFrom(AUDIT_CHECKPOINT).where(AUDIT_CHECKPOINT.TENANT_ID.eq(tenant.value()))
                .orderBy(AUDIT_CHECKPOINT.TREE_SIZE)
                .fetch(AuditRepository::toCheckpoint);
    }

    /**
     * Every tenant whose log holds more events than its newest checkpoint covers, with both sizes. Runs outside any
     * tenant ({@code prism_audit_unsealed}, a security-definer function of migration V17).
     */
    public List<Unsealed> unsealed(DSLContext dsl) {
        return dsl.resultQuery("SELECT tenant_id, log_size, sealed_size FROM prism_audit_unsealed()")
                .fetch(r -> new Unsealed(new TenantId(r.get(0, UUID.class)), r.get(1, Long.class),
                        r.get(2, Long.class)));
    }

    /** A log with events after its newest checkpoint. */
    public record Unsealed(TenantId tenant, long size, long sealedSize) {
    }

    private static Condition filter(TenantId tenant, AuditQuery q) {
        Condition c = AUDIT_EVENT.TENANT_ID.eq(tenant.value());
        if (q.from() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.ge(q.from()));
        }
        if (q.to() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.lt(q.to()));
        }
        if (q.actorKeyId() != null) {
            c = c.and(AUDIT_EVENT.ACTOR_KEY_ID.eq(q.actorKeyId()));
        }
        if (q.actorType() != null) {
            c = c.and(AUDIT_EVENT.ACTOR_TYPE.eq(q.actorType()));
        }
        if (q.action() != null) {
            c = c.and(AUDIT_EVENT.ACTION.eq(q.action()));
        }
        if (q.resourceType() != null) {
            c = c.and(AUDIT_EVENT.RESOURCE_TYPE.eq(q.resourceType()));
        }
        if (q.resourceId() != null) {
            c = c.and(AUDIT_EVENT.RESOURCE_ID.eq(q.resourceId()));
        }
        if (q.outcome() != null) {
            c = c.and(AUDIT_EVENT.OUTCOME.eq(q.outcome()));
        }
        if (q.correlationId() != null) {
            c = c.and(AUDIT_EVENT.CORRELATION_ID.eq(q.correlationId()));
        }
        return c;
    }

    private static Stored toStored(AuditEventRecord r) {
        AuditEvent e = new AuditEvent(new TenantId(r.getTenantId()), r.getSeq(), r.getEventId(), r.getOccurredAt(),
                new AuditEvent.Actor(AuditEvent.Actor.Type.valueOf(r.getActorType()), r.getActorKeyId(),
                        r.getActorPrefix()),
                r.getAction(), r.getResourceType(), r.getResourceId(), AuditEvent.Outcome.valueOf(r.getOutcome()),
                r.getErrorCode(), r.getCorrelationId(), r.getDoor(), r.getOperationName(), r.getRequestDigest(),
                r.getResultDigest(), json(r.getBeforeState()), json(r.getAfterState()), r.getPrevHash());
        return new Stored(e, r.getHash(), r.getLeafHash());
    }

    private static JsonNode json(JSONB value) {
        return value == null ? null : JSON.readTree(value.data());
    }

    private static CheckpointRow toCheckpoint(AuditCheckpointRecord r) {
        return new CheckpointRow(new TenantId(r.getTenantId()), r.getTreeSize(), r.getRootHash(),
                r.getSignedNote(), r.getKeyName(), r.getCreatedAt());
    }
}
