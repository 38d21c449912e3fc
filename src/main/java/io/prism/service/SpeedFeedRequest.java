package io.prism.service;

/**
 * A speed-and-feed request as the caller gave it: catalog ids, the operation, the cut and optional overrides and
 * targets. Component names follow the GraphQL input {@code SpeedFeedInput}; lengths in mm, speeds in m/min. It is
 * stored, as JSON, with the calculation.
 *
 * @param operation the name of the GraphQL enum constant {@code SpeedFeedOperation}
 */
public record SpeedFeedRequest(String materialId, String toolId, String machineId, String operation, Double apMm,
                               Double aeMm, Double stickOutMm, Double workpieceDiameterMm, Integer flutes,
                               Double pitchMm, Double machineEfficiency, Overrides overrides, Targets targets) {

    /** Values replacing the engine's starting point; each may be null. */
    public record Overrides(Double cuttingSpeedMPerMin, Double chipLoadMm) {
    }

    /** Goals to meet; each may be null. */
    public record Targets(Double toolLifeMin, Double surfaceFinishRaUm, Double maxDeflectionMm) {
    }
}
