package io.prism.data;

import static io.prism.generated.jooq.Tables.CALCULATION;

import io.prism.generated.jooq.tables.records.CalculationRecord;
import io.prism.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/**
 * The calculation history. A tenant reads and writes only its own rows: history is never shared, so reads use the
 * own-row predicate (not the shared catalog's), and rows are only ever inserted.
 */
@Repository
public class CalculationRepository {

    /**
     * Stores one calculation of the tenant, created at {@code createdAt}: one plain insert, nothing read back (every
     * column comes from the caller).
     */
    public CalculationRow insert(DSLContext dsl, TenantId tenant, CalculationRow calculation) {
        dsl.insertInto(CALCULATION)
                .set(CALCULATION.TENANT_ID, tenant.value())
                .set(CALCULATION.CALCULATION_ID, calculation.id())
                .set(CALCULATION.KIND, calculation.kind())
                .set(CALCULATION.MATERIAL_ID, calculation.materialId())
                .set(CALCULATION.TOOL_ID, calculation.toolId())
                .set(CALCULATION.MACHINE_ID, calculation.machineId())
                .set(CALCULATION.FORMULA_IDS, calculation.formulasUsed().toArray(String[]::new))
                .set(CALCULATION.ENGINE_VERSION, calculation.engineVersion())
                .set(CALCULATION.INPUTS, JSONB.valueOf(calculation.inputs()))
                .set(CALCULATION.ENVELOPE, JSONB.valueOf(calculation.envelope()))
                .set(CALCULATION.CREATED_AT, calculation.createdAt())
                .execute();
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
