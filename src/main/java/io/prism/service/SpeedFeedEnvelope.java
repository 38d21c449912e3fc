package io.prism.service;

import io.prism.calc.speedfeed.Safety;
import io.prism.calc.speedfeed.UncertaintyBand;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The envelope every calculation answers with, for a speed-and-feed run: {@code result}, {@code safety} and
 * {@code meta}, as returned to the caller and stored (as JSON) in the history. Component names follow the GraphQL
 * types {@code SpeedFeedResult}, {@code SpeedFeedValues} and {@code CalculationMeta}.
 */
public record SpeedFeedEnvelope(Values result, Safety safety, Meta meta) {

    /**
     * The recommended parameters and their loads, each in the unit the schema names as its default (mm, m/min,
     * rev/min, mm/min, cm³/min, N/mm², N, kW, N·m, min, µm); null where the operation produces no value.
     */
    public record Values(Double cuttingSpeed, Double spindleSpeed, Double cuttingDiameter, Integer teeth,
                         Double feedPerTooth, Double feedPerRev, Double feedRate, Double chipThickness,
                         Double maxChipThickness, Double removalRate, Double specificCuttingForce, Double cuttingForce,
                         Double thrustForce, Double netPower, Double spindlePower, Double torque, Double toolLife,
                         Double surfaceFinish, Double scallopHeight, Double deflection, Double axialDepth,
                         Double radialDepth) {
    }

    /**
     * How the result was obtained.
     *
     * @param calculationId id of the stored calculation
     * @param kind the name of the GraphQL enum constant {@code CalculationKind}
     * @param cached true when the answer came from a cache rather than a live computation
     */
    public record Meta(String calculationId, String kind, List<String> formulasUsed, List<String> sources,
                       List<UncertaintyBand> uncertainty, List<String> assumptions, String engineVersion,
                       boolean cached, OffsetDateTime computedAt) {
    }
}
