package io.prism.data;

import static io.prism.generated.jooq.Tables.MACHINE;
import static io.prism.generated.jooq.Tables.MATERIAL;
import static io.prism.generated.jooq.Tables.MATERIAL_CUTTING_DATA;
import static io.prism.generated.jooq.Tables.TOOL;

import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The provenance and version of catalog rows, across the four catalog tables, for the compliance checks: the rows
 * a calculation's lineage names (one statement per kind of row named), and a summary of a tenant's own rows.
 */
@Repository
public class ProvenanceRepository {

    /** The columns of one catalog table this repository reads. */
    private record Columns(CalculationLineage.Resource resource, Table<?> table, Field<UUID> id, Field<UUID> tenant,
                           Field<Integer> version, Field<String> source, Field<String> verification,
                           Field<Boolean> verified) {
    }

    private static final List<Columns> TABLES = List.of(
            new Columns(CalculationLineage.Resource.MATERIAL, MATERIAL, MATERIAL.MATERIAL_ID, MATERIAL.TENANT_ID,
                    MATERIAL.VERSION, MATERIAL.SOURCE, MATERIAL.VERIFICATION, MATERIAL.VERIFIED),
            new Columns(CalculationLineage.Resource.CUTTING_DATA, MATERIAL_CUTTING_DATA,
                    MATERIAL_CUTTING_DATA.CUTTING_DATA_ID, MATERIAL_CUTTING_DATA.TENANT_ID,
                    MATERIAL_CUTTING_DATA.VERSION, MATERIAL_CUTTING_DATA.SOURCE,
                    MATERIAL_CUTTING_DATA.VERIFICATION, MATERIAL_CUTTING_DATA.VERIFIED),
            new Columns(CalculationLineage.Resource.TOOL, TOOL, TOOL.TOOL_ID, TOOL.TENANT_ID, TOOL.VERSION,
                    TOOL.SOURCE, TOOL.VERIFICATION, TOOL.VERIFIED),
            new Columns(CalculationLineage.Resource.MACHINE, MACHINE, MACHINE.MACHINE_ID, MACHINE.TENANT_ID,
                    MACHINE.VERSION, MACHINE.SOURCE, MACHINE.VERIFICATION, MACHINE.VERIFIED));

    /** A catalog row as it is now: its owner, version and provenance. */
    public record RowState(CalculationLineage.Resource resource, UUID id, TenantId owner, int version,
                           Provenance provenance) {
    }

    /** A summary of the tenant's own rows of one kind: how many there are, how many are verified and sourced. */
    public record OwnRows(CalculationLineage.Resource resource, long total, long verifiedAndSourced,
                          List<UUID> notVerifiedSample) {

        public OwnRows {
            notVerifiedSample = List.copyOf(notVerifiedSample);
        }
    }

    /** The current state of every row named in {@code reads} that the tenant can still see, by id. */
    public Map<UUID, RowState> current(DSLContext dsl, TenantId tenant, Collection<CalculationLineage.Read> reads) {
        Map<UUID, RowState> found = new HashMap<>();
        for (Columns c : TABLES) {
            List<UUID> ids = reads.stream().filter(r -> r.resource() == c.resource())
                    .map(CalculationLineage.Read::id).distinct().toList();
            if (ids.isEmpty()) {
                continue;
            }
            dsl.select(c.id(), c.tenant(), c.version(), c.source(), c.verification(), c.verified())
                    .from(c.table()).where(c.id().in(ids))
                    .and(Visibility.readable(c.tenant(), tenant, null))
                    .forEach(r -> found.put(r.value1(), new RowState(c.resource(), r.value1(),
                            new TenantId(r.value2()), r.value3(), new Provenance(r.value4(), r.value5(),
                            r.value6()))));
        }
        return found;
    }

    /**
     * For each kind of catalog row, the tenant's own rows: their number, how many are verified with a source, and
     * up to {@code sample} ids of the others (two statements per kind).
     */
    public List<OwnRows> ownRows(DSLContext dsl, TenantId tenant, int sample) {
        List<OwnRows> summary = new ArrayList<>(TABLES.size());
        for (Columns c : TABLES) {
            Condition good = c.verified().isTrue().and(DSL.length(DSL.trim(c.source())).gt(0));
            var counts = dsl.select(DSL.count(), DSL.count().filterWhere(good)).from(c.table())
                    .where(Visibility.writable(c.tenant(), tenant)).fetchOne();
            List<UUID> others = dsl.select(c.id()).from(c.table())
                    .where(Visibility.writable(c.tenant(), tenant)).and(DSL.not(good))
                    .orderBy(c.id()).limit(sample).fetch(r -> r.value1());
            summary.add(new OwnRows(c.resource(), counts.value1(), counts.value2(), others));
        }
        return summary;
    }
}
