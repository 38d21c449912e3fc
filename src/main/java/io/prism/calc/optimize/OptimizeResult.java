package io.prism.calc.optimize;

import io.prism.calc.speedfeed.SpeedFeedResult;
import java.util.List;
import java.util.Objects;

/**
 * The optimizer's answer.
 *
 * @param optimum the speed-and-feed envelope (values, safety, meta) of the engine at the best candidate; the meta
 *     lists the optimizer's own notes first and carries {@link Optimizer#VERSION}
 * @param objective what was optimised
 * @param objectiveValue the objective at the optimum, in {@code objectiveUnit}
 * @param objectiveUnit {@code cm³/min} for the removal rate, {@code currency/part} for the cost
 * @param bindingConstraints the constraints active at the optimum, in the order of {@link Constraint}
 * @param economics the cost per part at the optimum, or null when no {@link CostData} was given or no tool life is
 *     known
 * @param searchBounds the interval each searched variable was searched in
 * @param candidatesEvaluated speed-and-feed evaluations made (repeated points are looked up, not evaluated again)
 * @param feasibleCandidates evaluations that met every limit, bound and target
 */
public record OptimizeResult(SpeedFeedResult optimum, Objective objective, double objectiveValue,
        String objectiveUnit, List<BindingConstraint> bindingConstraints, CostBreakdown economics,
        List<SearchBound> searchBounds, int candidatesEvaluated, int feasibleCandidates) {

    /** Copies the lists and requires every part but the economics. */
    public OptimizeResult {
        Objects.requireNonNull(optimum, "optimum");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(objectiveUnit, "objectiveUnit");
        bindingConstraints = List.copyOf(bindingConstraints);
        searchBounds = List.copyOf(searchBounds);
    }
}
