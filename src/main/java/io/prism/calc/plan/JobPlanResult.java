package io.prism.calc.plan;

import java.util.List;

/**
 * A job plan: the operations in running order, the features left out with their reasons, and the time estimate.
 *
 * @param operations the operations in the order they run
 * @param unplannable the features that got no operations, in request order
 * @param cuttingTimeS total time at feed in s
 * @param nonCuttingTimeS total rapid and retract time in s
 * @param toolChanges number of tool loads (a change before each run of operations with one tool)
 * @param toolChangeTimeS time of one tool change used, in s
 * @param cycleTimeS cutting + non-cutting + tool change time in s
 * @param formulasUsed ids of the formulas the operations used, first use first
 * @param sources citations behind them, first use first
 * @param assumptions the planning rules the plan relied on
 * @param engineVersion version of the engine's rules
 */
public record JobPlanResult(List<PlannedOperation> operations, List<Unplannable> unplannable, double cuttingTimeS,
        double nonCuttingTimeS, int toolChanges, double toolChangeTimeS, double cycleTimeS, List<String> formulasUsed,
        List<String> sources, List<String> assumptions, String engineVersion) {

    /** Copies the lists. */
    public JobPlanResult {
        operations = List.copyOf(operations);
        unplannable = List.copyOf(unplannable);
        formulasUsed = List.copyOf(formulasUsed);
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
    }
}
