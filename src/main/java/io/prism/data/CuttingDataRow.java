package io.prism.data;

import io.prism.tenancy.TenantId;
import java.util.UUID;

/**
 * Recommended cutting data for one material, tool material and operation. Component names follow the GraphQL
 * type {@code CuttingData}: speeds in m/min, feeds in mm or as a fraction of the tool diameter.
 *
 * @param overridesShared true when this tenant row hides a shared row with the same tool material and operation
 *
 * @param version 1 when the row was created, one more with every change (migration V18); earlier versions
 *                are kept in the audit log
 */
public record CuttingDataRow(UUID id, TenantId tenantId, UUID materialId, String toolMaterial, String operation,
                             Double cuttingSpeedMin, Double cuttingSpeedMax, Double feedPerToothMin,
                             Double feedPerToothMax, Double feedPerToothMinPerDiameter,
                             Double feedPerToothMaxPerDiameter, String notes, Provenance provenance,
                             boolean overridesShared, int version) {

    public Owner owner() {
        return Owner.of(tenantId);
    }

    CuttingDataRow overriding() {
        return new CuttingDataRow(id, tenantId, materialId, toolMaterial, operation, cuttingSpeedMin,
                cuttingSpeedMax, feedPerToothMin, feedPerToothMax, feedPerToothMinPerDiameter,
                feedPerToothMaxPerDiameter, notes, provenance, true, version);
    }
}
