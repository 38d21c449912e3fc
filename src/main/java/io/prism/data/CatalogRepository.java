package io.prism.data;

import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The catalog rows of one calculation run, the material, the tool and the optional machine, read in a single
 * statement: one row of left joins, each under the same tenant predicate as the table's own lookup by id.
 */
@Repository
public class CatalogRepository {

    /** The rows of a run; each is empty when its id is unknown or belongs to another tenant. */
    public record RunRows(Optional<MaterialRow> material, Optional<ToolRow> tool, Optional<MachineRow> machine) {
    }

    /** The material, the tool and, when {@code machineId} is not null, the machine the tenant may read. */
    public RunRows find(DSLContext dsl, TenantId tenant, UUID materialId, UUID toolId, UUID machineId) {
        List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(MaterialRepository.ROWS.table().fields()));
        fields.addAll(Arrays.asList(ToolRepository.ROWS.table().fields()));
        Table<?> from = DSL.selectOne().asTable("run")
                .leftJoin(MaterialRepository.ROWS.table()).on(MaterialRepository.ROWS.visible(tenant, materialId))
                .leftJoin(ToolRepository.ROWS.table()).on(ToolRepository.ROWS.visible(tenant, toolId));
        if (machineId != null) {
            fields.addAll(Arrays.asList(MachineRepository.ROWS.table().fields()));
            from = from.leftJoin(MachineRepository.ROWS.table()).on(MachineRepository.ROWS.visible(tenant, machineId));
        }
        Record row = dsl.select(fields).from(from).fetchSingle();
        return new RunRows(MaterialRepository.ROWS.joined(row).map(MaterialRepository::toRow),
                ToolRepository.ROWS.joined(row).map(ToolRepository::toRow),
                machineId == null ? Optional.empty()
                        : MachineRepository.ROWS.joined(row).map(MachineRepository::toRow));
    }
}
