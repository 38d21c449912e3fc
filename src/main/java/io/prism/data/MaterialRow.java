package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A material as stored. Component names follow the GraphQL type {@code Material}; quantities are in the
 * canonical units of the schema (MPa, kg/m³, W/(m·K), GPa).
 *
 * @param version 1 when the row was created, one more with every change (migration V18); earlier versions
 *                are kept in the audit log
 */
public record MaterialRow(UUID id, TenantId tenantId, String code, String name, Designations designations,
                          String equivalents, String isoGroup, String materialClass, String condition,
                          Hardness hardness, Double tensileStrength, Double yieldStrength, Double density,
                          Double thermalConductivity, Double elasticModulus, Double kc11, Double mc,
                          Double powerConstantKp, Double drillConstantK, Double machinabilityPercent, String notes,
                          Provenance provenance, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          int version) {

    public Owner owner() {
        return Owner.of(tenantId);
    }

    /** Standard designations; each may be null. */
    public record Designations(String aisi, String uns, String en, String wnr, String other) {

        public static final Designations NONE = new Designations(null, null, null, null, null);
    }

    /** A published hardness: value on a scale (HB, HRC, HRB, HV) with an optional remark. */
    public record Hardness(double value, String scale, String note) {
    }
}
