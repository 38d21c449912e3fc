package io.prism.data;

import static io.prism.generated.jooq.Tables.CALCULATION;

import io.prism.generated.jooq.tables.records.CalculationRecord;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.JSONB;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The calculation history. A tenant reads and writes only its own rows: history is never shared, so reads use the
 * own-row predicate (not the shared catalog's), and rows are only ever inserted.
 */
@Repository
public class CalculationRepository {

    /** The most calculations one insert statement stores. */
    public static final int MAX_INSERT_ROWS = 64;

    /**
     * The insert of n calculations (index n), rendered from the generated table with a bind marker for each column
     * of each row the first time n occurs, then reused: every run is stored, so rendering the statement per run
     * would be work on the hot path for nothing.
     */
    private static final AtomicReferenceArray<String> INSERTS = new AtomicReferenceArray<>(MAX_INSERT_ROWS + 1);

    private static final Field<?>[] COLUMNS = {CALCULATION.TENANT_ID, CALCULATION.CALCULATION_ID, CALCULATION.KIND,
        CALCULATION.MATERIAL_ID, CALCULATION.TOOL_ID, CALCULATION.MACHINE_ID, CALCULATION.FORMULA_IDS,
        CALCULATION.ENGINE_VERSION, CALCULATION.INPUTS, CALCULATION.ENVELOPE, CALCULATION.CREATED_AT,
        CALCULATION.LINEAGE};

    /**
     * Stores calculations of the tenant (at most {@link #MAX_INSERT_ROWS}) with one multi-row insert; nothing is
     * read back (every column comes from the caller). The values are bound row by row in the order of
     * {@link #COLUMNS}, each with its column's type.
     */
    public void insert(DSLContext dsl, TenantId tenant, List<CalculationRow> calculations) {
        int n = calculations.size();
        if (n == 0 || n > MAX_INSERT_ROWS) {
            throw new IllegalArgumentException("an insert stores 1 to " + MAX_INSERT_ROWS + " calculations, not " + n);
        }
        List<QueryPart> values = new ArrayList<>(n * COLUMNS.length);
        for (CalculationRow c : calculations) {
            values.add(DSL.val(tenant.value(), CALCULATION.TENANT_ID));
            values.add(DSL.val(c.id(), CALCULATION.CALCULATION_ID));
            values.add(DSL.val(c.kind(), CALCULATION.KIND));
            values.add(DSL.val(c.materialId(), CALCULATION.MATERIAL_ID));
            values.add(DSL.val(c.toolId(), CALCULATION.TOOL_ID));
            values.add(DSL.val(c.machineId(), CALCULATION.MACHINE_ID));
            values.add(DSL.val(c.formulasUsed().toArray(String[]::new), CALCULATION.FORMULA_IDS));
            values.add(DSL.val(c.engineVersion(), CALCULATION.ENGINE_VERSION));
            values.add(DSL.val(JSONB.valueOf(c.inputs()), CALCULATION.INPUTS));
            values.add(DSL.val(JSONB.valueOf(c.envelope()), CALCULATION.ENVELOPE));
            values.add(DSL.val(c.createdAt(), CALCULATION.CREATED_AT));
            values.add(DSL.val(c.lineage() == null ? null : JSONB.valueOf(c.lineage()), CALCULATION.LINEAGE));
        }
        dsl.execute(insertOf(n), values.toArray(QueryPart[]::new));
    }

    private static String insertOf(int n) {
        String sql = INSERTS.get(n);
        if (sql == null) {
            InsertValuesStepN<CalculationRecord> insert = DSL.insertInto(CALCULATION).columns(COLUMNS);
            Object[] nulls = new Object[COLUMNS.length];
            for (int i = 0; i < n; i++) {
                insert = insert.values(nulls);
            }
            sql = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false)).render(insert);
            INSERTS.set(n, sql);
        }
        return sql;
    }

    /** The tenant's own calculation with this id; empty for any other tenant's. */
    public Optional<CalculationRow> find(DSLContext dsl, TenantId tenant, UUID id) {
        return dsl.selectFrom(CALCULATION)
                .where(CALCULATION.CALCULATION_ID.eq(id))
                .and(Visibility.writable(CALCULATION.TENANT_ID, tenant))
                .fetchOptional(CalculationRepository::toRow);
    }

    /**
     * A page of the tenant's calculations, newest first (created at, then id, both descending), with keyset cursors
     * of the form (created at, id).
     */
    public Page<CalculationRow> list(DSLContext dsl, TenantId tenant, CalculationQuery q, PageRequest page) {
        Condition filter = Visibility.writable(CALCULATION.TENANT_ID, tenant);
        if (q.kinds() != null) {
            filter = filter.and(CALCULATION.KIND.in(q.kinds()));
        }
        if (q.from() != null) {
            filter = filter.and(CALCULATION.CREATED_AT.ge(q.from()));
        }
        if (q.to() != null) {
            filter = filter.and(CALCULATION.CREATED_AT.lt(q.to()));
        }
        return Pager.newestFirst(dsl, CALCULATION, filter, CALCULATION.CREATED_AT, CALCULATION.CALCULATION_ID,
                page, CalculationRepository::toRow, CalculationRow::createdAt, CalculationRow::id);
    }

    /**
     * A page of the tenant's calculations whose lineage names the row ({@code version} null: any version), newest
     * first; the lineage's GIN index answers the containment.
     */
    public Page<CalculationRow> using(DSLContext dsl, TenantId tenant, CalculationLineage.Resource resource, UUID id,
                                      Integer version, PageRequest page) {
        StringBuilder read = new StringBuilder("{\"resource\":\"").append(resource.name()).append("\",\"id\":\"")
                .append(id).append('"');
        if (version != null) {
            read.append(",\"version\":").append(version.intValue());
        }
        JSONB contains = JSONB.valueOf("{\"reads\":[" + read + "}]}");
        Condition filter = Visibility.writable(CALCULATION.TENANT_ID, tenant)
                .and(DSL.condition("{0} @> {1}", CALCULATION.LINEAGE, DSL.val(contains, CALCULATION.LINEAGE)));
        return Pager.newestFirst(dsl, CALCULATION, filter, CALCULATION.CREATED_AT, CALCULATION.CALCULATION_ID,
                page, CalculationRepository::toRow, CalculationRow::createdAt, CalculationRow::id);
    }

    /** What a tenant's calculations record, for the compliance checks of the tenant (docs/compliance.md). */
    public record LineageSummary(long calculations, long withLineage, long complete, long softwareRecorded,
                                 long audited) {
    }

    /** The lineage members that record the software: the engine's rules, the build and the formula registry. */
    private static final String SOFTWARE = "coalesce(c.lineage ->> 'engineVersion', '') <> '' "
            + "AND coalesce(c.lineage ->> 'buildVersion', '') <> '' "
            + "AND coalesce(c.lineage ->> 'formulaRegistryVersion', '') <> ''";

    /**
     * Counts of the tenant's calculations: all of them, those with lineage, those whose lineage is complete (rows
     * read, formulas, registry, engine, build and audit event), those that record the software, and those whose
     * audit event is in the tenant's log. One statement.
     */
    public LineageSummary lineageSummary(DSLContext dsl, TenantId tenant) {
        return dsl.resultQuery("SELECT count(*), count(c.lineage), "
                + "count(*) FILTER (WHERE jsonb_array_length(coalesce(c.lineage -> 'reads', '[]')) > 0 "
                + "AND jsonb_typeof(c.lineage -> 'formulaIds') = 'array' AND c.lineage ->> 'auditEventId' IS NOT NULL "
                + "AND " + SOFTWARE + "), count(*) FILTER (WHERE " + SOFTWARE + "), count(e.event_id) "
                + "FROM calculation c LEFT JOIN audit_event e ON e.tenant_id = c.tenant_id "
                + "AND e.event_id = (c.lineage ->> 'auditEventId')::uuid WHERE c.tenant_id = ?", tenant.value())
                .fetchOne(r -> new LineageSummary(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Long.class),
                        r.get(3, Long.class), r.get(4, Long.class)));
    }

    private static CalculationRow toRow(CalculationRecord r) {
        return new CalculationRow(r.getCalculationId(), new TenantId(r.getTenantId()), r.getKind(), r.getMaterialId(),
                r.getToolId(), r.getMachineId(), List.of(r.getFormulaIds()), r.getEngineVersion(), r.getInputs().data(),
                r.getEnvelope().data(), r.getCreatedAt(), r.getLineage() == null ? null : r.getLineage().data());
    }
}
