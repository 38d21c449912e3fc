package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored calculation. Component names follow the GraphQL type {@code Calculation}; {@code inputs} and
 * {@code envelope} are the JSON texts stored as jsonb.
 *
 * @param kind the name of the GraphQL enum constant {@code CalculationKind}, e.g. {@code SPEED_FEED}
 * @param materialId the material the calculation read, or null
 * @param toolId the tool it read, or null
 * @param machineId the machine it read, or null
 * @param formulasUsed ids of the registry formulas it evaluated
 */
public record CalculationRow(UUID id, TenantId tenantId, String kind, UUID materialId, UUID toolId, UUID machineId,
                             List<String> formulasUsed, String engineVersion, String inputs, String envelope,
                             OffsetDateTime createdAt, String lineage) {

    public CalculationRow {
        formulasUsed = List.copyOf(formulasUsed);
    }
}
