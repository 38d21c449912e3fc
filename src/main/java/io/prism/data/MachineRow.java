package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A machine as stored. Component names follow the GraphQL type {@code Machine}; power in kW, torque in N·m,
 * lengths in mm, rapid rate in m/min, speeds in rev/min. {@code type} and {@code controllerFamily} hold the names
 * of the GraphQL enum constants.
 *
 * @param torqueCurve the published torque curve ordered by speed; empty when none was published
 *
 * @param version 1 when the row was created, one more with every change (migration V18); earlier versions
 *                are kept in the audit log
 */
public record MachineRow(UUID id, TenantId tenantId, String code, String make, String model, String type,
                         String typeDetail, double maxRpm, Double continuousPower, Double peakPower,
                         String powerBasis, List<TorquePoint> torqueCurve, String spindleInterface, Double xTravel,
                         Double yTravel, Double zTravel, String rotaryAxes, Double rapidRate, Double barCapacity,
                         String controllerFamily, String controllerModel, String notes, Provenance provenance,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    public MachineRow {
        torqueCurve = torqueCurve == null ? List.of() : List.copyOf(torqueCurve);
    }

    public Owner owner() {
        return Owner.of(tenantId);
    }

    /** One point of a spindle torque curve: speed in rev/min, torque in N·m. */
    public record TorquePoint(double rpm, double torque) {
    }
}
