package io.prism.calc.speedfeed;

import java.util.List;
import java.util.Objects;

/**
 * How a recommendation was obtained.
 *
 * @param formulasUsed ids of the {@link io.prism.calc.formula.FormulaRegistry} formulas evaluated, in order of use
 * @param sources citations of those formulas and of the engine constants used
 * @param uncertainty a band for each key output the operation produced
 * @param assumptions every default, fallback or simplification the evaluation relied on
 * @param engineVersion version of the engine's rules, {@link SpeedFeedEngine#VERSION}
 */
public record SpeedFeedMeta(List<String> formulasUsed, List<String> sources, List<UncertaintyBand> uncertainty,
        List<String> assumptions, String engineVersion) {

    /** Copies the lists. */
    public SpeedFeedMeta {
        // the engine's own lists are immutable and write their words lazily; copying them would write them all now
        formulasUsed = formulasUsed instanceof LazyList ? formulasUsed : List.copyOf(formulasUsed);
        sources = sources instanceof LazyList ? sources : List.copyOf(sources);
        uncertainty = uncertainty instanceof LazyList ? uncertainty : List.copyOf(uncertainty);
        assumptions = assumptions instanceof LazyList ? assumptions : List.copyOf(assumptions);
        Objects.requireNonNull(engineVersion, "engineVersion");
    }
}
