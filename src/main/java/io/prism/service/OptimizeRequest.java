package io.prism.service;

/**
 * An optimisation request as the caller gave it: catalog ids, the operation, the objective, the ranges to search,
 * the fixed cut values, the shop's rates and the targets. Component names follow the GraphQL input
 * {@code OptimizeInput}; lengths in mm, speeds in m/min, times in minutes. It is stored, as JSON, with the
 * calculation.
 *
 * @param operation the name of the GraphQL enum constant {@code SpeedFeedOperation}
 * @param objective the name of the GraphQL enum constant {@code OptimizeObjective}
 */
public record OptimizeRequest(String materialId, String toolId, String machineId, String operation, String objective,
                              Range cuttingSpeedMPerMin, Range chipLoadMm, Range apMm, Range aeMm, Double stickOutMm,
                              Double workpieceDiameterMm, Integer flutes, Double machineEfficiency,
                              Economics economics, SpeedFeedRequest.Targets targets) {

    /** A range to search; either end may be null. */
    public record Range(Double min, Double max) {
    }

    /** The shop's rates for the cost per part; only the non-cutting time may be null. */
    public record Economics(Double machineRatePerMin, Double toolCostPerEdge, Double toolChangeTimeMin,
                            Double volumeCm3, Double nonCuttingTimeMin) {
    }
}
