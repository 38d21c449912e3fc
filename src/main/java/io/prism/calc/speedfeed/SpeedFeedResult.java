package io.prism.calc.speedfeed;

import java.util.Objects;

/**
 * The engine's answer: values, safety and meta, the three parts of the calculation envelope.
 *
 * @param values the recommended parameters and their loads
 * @param safety score, level, limits and warnings
 * @param meta formulas, sources, uncertainty, assumptions and engine version
 */
public record SpeedFeedResult(SpeedFeedValues values, Safety safety, SpeedFeedMeta meta) {

    /** Requires every part. */
    public SpeedFeedResult {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(meta, "meta");
    }
}
