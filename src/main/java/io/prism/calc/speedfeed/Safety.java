package io.prism.calc.speedfeed;

import java.util.List;
import java.util.Objects;

/**
 * The safety assessment of a recommendation (definition in docs/safety-score.md and {@link SafetyScore}).
 *
 * @param score in [0, 1]: data quality times the margin left to the tightest load limit
 * @param level SAFE, CAUTION or UNSAFE from the score
 * @param bindingLimit the last limit or target that changed the recommendation; CUTTING_DATA when none did
 * @param limits every limit that could be checked, with its utilisation
 * @param warnings what was clamped, reduced, refused or noted
 */
public record Safety(double score, SafetyLevel level, Limit bindingLimit, List<LimitCheck> limits,
        List<Warning> warnings) {

    /** Copies the lists (the engine's own lists are immutable already and write their messages when read). */
    public Safety {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(bindingLimit, "bindingLimit");
        limits = limits instanceof LazyList ? limits : List.copyOf(limits);
        warnings = warnings instanceof LazyList ? warnings : List.copyOf(warnings);
    }
}
