package io.prism.data;

import java.util.List;
import java.util.UUID;

/**
 * What a calculation rested on, stored with it as JSON (column {@code calculation.lineage}, migration V18): the
 * version of every catalog row it read, the formulas it evaluated, the fingerprint of the formula registry, the
 * engine's rules version, the service build, and the id of its audit event.
 */
public record CalculationLineage(List<Read> reads, List<String> formulaIds, String formulaRegistryVersion,
                                 String engineVersion, String buildVersion, String buildCommit, UUID auditEventId) {

    public CalculationLineage {
        reads = List.copyOf(reads);
        formulaIds = List.copyOf(formulaIds);
    }

    /** The kinds of row a calculation reads (GraphQL {@code LineageResource}). */
    public enum Resource { MATERIAL, CUTTING_DATA, TOOL, MACHINE }

    /** One catalog row read, with its owner and the version read. */
    public record Read(Resource resource, UUID id, UUID ownerTenantId, int version) {

        public static Read of(MaterialRow m) {
            return new Read(Resource.MATERIAL, m.id(), m.tenantId().value(), m.version());
        }

        public static Read of(CuttingDataRow c) {
            return new Read(Resource.CUTTING_DATA, c.id(), c.tenantId().value(), c.version());
        }

        public static Read of(ToolRow t) {
            return new Read(Resource.TOOL, t.id(), t.tenantId().value(), t.version());
        }

        public static Read of(MachineRow m) {
            return new Read(Resource.MACHINE, m.id(), m.tenantId().value(), m.version());
        }
    }
}
