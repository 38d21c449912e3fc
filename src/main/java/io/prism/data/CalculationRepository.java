package io.prism.data;

import static io.prism.generated.jooq.Tables.CALCULATION;

import io.prism.generated.jooq.tables.records.CalculationRecord;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
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

    /**
     * The insert of one calculation, rendered once from the generated table with a bind marker for each column:
     * every run is stored, so rendering the same statement per run would be work on the hot path for nothing.
     */
    private static final String INSERT = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false))
            .render(DSL.insertInto(CALCULATION)
                    .set(CALCULATION.TENANT_ID, (UUID) null)
                    .set(CALCULATION.CALCULATION_ID, (UUID) null)
                    .set(CALCULATION.KIND, (String) null)
                    .set(CALCULATION.MATERIAL_ID, (UUID) null)
                    .set(CALCULATION.TOOL_ID, (UUID) null)
                    .set(CALCULATION.MACHINE_ID, (UUID) null)
                    .set(CALCULATION.FORMULA_IDS, (String[]) null)
                    .set(CALCULATION.ENGINE_VERSION, (String) null)
                    .set(CALCULATION.INPUTS, (JSONB) null)
                    .set(CALCULATION.ENVELOPE, (JSONB) null)
                    .set(CALCULATION.CREATED_AT, (OffsetDateTime) null));

    /**
     * Stores one calculation of the tenant, created at {@code createdAt}: one plain insert, nothing read back (every
     * column comes from the caller). The values are bound in the order of {@link #INSERT}, each with its column's
     * type.
     */
    public CalculationRow insert(DSLContext dsl, TenantId tenant, CalculationRow calculation) {
        dsl.execute(INSERT,
                DSL.val(tenant.value(), CALCULATION.TENANT_ID),
                DSL.val(calculation.id(), CALCULATION.CALCULATION_ID),
                DSL.val(calculation.kind(), CALCULATION.KIND),
                DSL.val(calculation.materialId(), CALCULATION.MATERIAL_ID),
                DSL.val(calculation.toolId(), CALCULATION.TOOL_ID),
                DSL.val(calculation.machineId(), CALCULATION.MACHINE_ID),
                DSL.val(calculation.formulasUsed().toArray(String[]::new), CALCULATION.FORMULA_IDS),
                DSL.val(calculation.engineVersion(), CALCULATION.ENGINE_VERSION),
                DSL.val(JSONB.valueOf(calculation.inputs()), CALCULATION.INPUTS),
                DSL.val(JSONB.valueOf(calculation.envelope()), CALCULATION.ENVELOPE),
                DSL.val(calculation.createdAt(), CALCULATION.CREATED_AT));
        return calculation;
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
    public Page<CalculationRow> list(DSLContext dsl, TenantId tenant, CalculationQuery q, int first, String after) {
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
                first, after, CalculationRepository::toRow, CalculationRow::createdAt, CalculationRow::id);
    }

    private static CalculationRow toRow(CalculationRecord r) {
        return new CalculationRow(r.getCalculationId(), new TenantId(r.getTenantId()), r.getKind(), r.getMaterialId(),
                r.getToolId(), r.getMachineId(), List.of(r.getFormulaIds()), r.getEngineVersion(), r.getInputs().data(),
                r.getEnvelope().data(), r.getCreatedAt());
    }
}
