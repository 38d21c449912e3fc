package io.prism.service;

import java.util.List;

/**
 * A job-plan request as the caller gave it. Component names follow the GraphQL input {@code JobPlanInput}; lengths
 * in mm, times in s. It is stored, as JSON, with the calculation.
 */
public record JobPlanRequest(String materialId, String machineId, List<Feature> features, Double toolChangeTimeS,
                             Double machineEfficiency) {

    /**
     * One feature, as GraphQL's {@code JobFeatureInput}.
     *
     * @param kind the name of the GraphQL enum constant {@code FeatureKind}
     */
    public record Feature(String kind, String label, Integer count, Double lengthMm, Double widthMm, Double depthMm,
                          Double cornerRadiusMm, Double diameterMm, Double stockDiameterMm, Double chamferMm,
                          Boolean through, String thread) {
    }
}
