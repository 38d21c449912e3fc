package io.prism.service;

import io.prism.calc.optimize.BindingConstraint;
import io.prism.calc.optimize.CostBreakdown;
import io.prism.calc.optimize.Objective;
import io.prism.calc.optimize.SearchBound;
import io.prism.calc.speedfeed.Safety;
import java.util.List;

/**
 * What an optimisation answers with, as returned to the caller and stored (as JSON) in the history: the optimum in
 * the envelope every calculation shares ({@code result}, {@code safety}, {@code meta}), then the objective, the
 * binding constraints, the cost per part and the search's bounds and effort. Component names follow the GraphQL
 * type {@code OptimizeResult}.
 *
 * @param economics Gilbert's cost per part at the optimum, or null
 */
public record OptimizeEnvelope(SpeedFeedEnvelope.Values result, Safety safety, SpeedFeedEnvelope.Meta meta,
                               ObjectiveValue objective, List<BindingConstraint> bindingConstraints,
                               CostBreakdown economics, List<SearchBound> searchBounds, int candidatesEvaluated,
                               int feasibleCandidates) {

    /**
     * The objective at the optimum.
     *
     * @param unit {@code cm³/min} or {@code currency/part}
     */
    public record ObjectiveValue(Objective kind, double value, String unit) {
    }
}
