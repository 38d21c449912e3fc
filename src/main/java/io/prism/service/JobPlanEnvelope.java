package io.prism.service;

import java.util.List;

/**
 * The answer of a job plan, as returned to the caller and stored (as JSON) in the history. Component names follow
 * the GraphQL types {@code JobPlan}, {@code JobOperation} and {@code UnplannableFeature}; lengths in mm, times in s.
 */
public record JobPlanEnvelope(List<Operation> operations, List<Unplannable> unplannable, double cuttingTime,
                              double nonCuttingTime, int toolChanges, double toolChangeTime, double cycleTime,
                              SpeedFeedEnvelope.Meta meta) {

    /**
     * One operation.
     *
     * @param stage the name of the GraphQL enum constant {@code JobStage}
     * @param operation the name of the GraphQL enum constant {@code SpeedFeedOperation}
     * @param radialDepth null where it does not apply
     * @param stickOut null where it does not apply
     */
    public record Operation(int sequence, String stage, int featureIndex, String featureLabel, String toolId,
                            String toolName, String operation, int levels, int passes, double axialDepth,
                            Double radialDepth, Double stickOut, double pathLength, double cuttingTime,
                            double nonCuttingTime, SpeedFeedEnvelope speedFeed, List<String> notes) {
    }

    /**
     * A feature left out.
     *
     * @param kind the name of the GraphQL enum constant {@code FeatureKind}
     * @param reason the name of the GraphQL enum constant {@code UnplannableReason}
     */
    public record Unplannable(int featureIndex, String label, String kind, String reason, String message) {
    }
}
