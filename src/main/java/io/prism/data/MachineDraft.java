package io.prism.data;

import java.util.List;

/**
 * The writable fields of a tenant machine, already validated: power in kW, torque in N·m, lengths in mm, rapid
 * rate in m/min, speeds in rev/min; {@code type} and {@code controllerFamily} as GraphQL enum constant names.
 *
 * @param torqueCurve the torque curve ordered by speed; empty or null when none is published
 */
public record MachineDraft(String make, String model, String type, Double maxRpm, Double continuousPower,
                           Double peakPower, List<MachineRow.TorquePoint> torqueCurve, String spindleInterface,
                           Double xTravel, Double yTravel, Double zTravel, Double rapidRate, String controllerFamily,
                           String controllerModel, String notes, String source, boolean verified) {
}
