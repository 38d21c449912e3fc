package io.prism.service;

import io.prism.calc.optimize.CostData;
import io.prism.calc.optimize.Objective;
import io.prism.calc.optimize.OptimizeInput;
import io.prism.calc.optimize.OptimizeResult;
import io.prism.calc.optimize.Optimizer;
import io.prism.calc.optimize.Range;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.data.CalculationRow;
import io.prism.tenancy.Scope;
import org.springframework.stereotype.Service;

/**
 * Optimisations and their place in the history. A run reads the material, its cutting data, the tool and the machine,
 * runs the pure optimizer and stores the input and the answer in the caller's history, all in one transaction (as
 * {@code speedFeed} does) that commits before the answer leaves. A rejected input rolls it back, so it stores nothing.
 */
@Service
public class OptimizationService {

    /** Kind of an optimisation (GraphQL {@code CalculationKind}). */
    public static final String OPTIMIZE = "OPTIMIZE";

    private final CalculationRuns runs;

    /** Creates the service over the shared run steps. */
    public OptimizationService(CalculationRuns runs) {
        this.runs = runs;
    }

    /**
     * Finds the best cut and stores the run in the caller's history.
     *
     * @return the answer, whose meta carries the stored calculation's id
     */
    public OptimizeEnvelope optimize(RequestContext ctx, OptimizeRequest request) {
        ctx.require(Scope.CALC);
        Operation operation = Operation.valueOf(request.operation());
        Objective objective = Objective.valueOf(request.objective());
        SpeedFeedRequest fixed = new SpeedFeedRequest(request.materialId(), request.toolId(), request.machineId(),
                request.operation(), null, null, request.stickOutMm(), request.workpieceDiameterMm(), request.flutes(),
                null, request.machineEfficiency(), null, request.targets());
        return runs.run(ctx, OPTIMIZE, request, request.materialId(), request.toolId(), request.machineId(),
                request.flutes(), (catalog, stamp) -> {
                    SpeedFeedInput base = SpeedFeedMapper.input(operation, catalog.material(),
                            catalog.cuttingData(), catalog.tool(), catalog.machine(), fixed);
                    OptimizeInput input = new OptimizeInput(base, objective, range(request.cuttingSpeedMPerMin()),
                            range(request.chipLoadMm()), range(request.apMm()), range(request.aeMm()),
                            economics(request.economics()));
                    OptimizeResult result = CalculationRuns.engine(() -> Optimizer.optimize(input));
                    SpeedFeedEnvelope optimum = SpeedFeedMapper.envelope(result.optimum(), stamp.id().toString(),
                            OPTIMIZE, stamp.at());
                    return new CalculationRuns.Outcome<>(new OptimizeEnvelope(optimum.result(), optimum.safety(),
                            optimum.meta(), new OptimizeEnvelope.ObjectiveValue(result.objective(),
                            result.objectiveValue(), result.objectiveUnit()), result.bindingConstraints(),
                            result.economics(), result.searchBounds(), result.candidatesEvaluated(),
                            result.feasibleCandidates()), result.optimum().meta());
                });
    }

    /** The stored answer of an optimisation; null for other kinds. */
    public OptimizeEnvelope optimizeEnvelope(CalculationRow row) {
        return OPTIMIZE.equals(row.kind())
                ? CalculationRuns.JSON.readValue(row.envelope(), OptimizeEnvelope.class) : null;
    }

    private static Range range(OptimizeRequest.Range r) {
        return r == null ? Range.NONE : new Range(nan(r.min()), nan(r.max()));
    }

    private static CostData economics(OptimizeRequest.Economics e) {
        return e == null ? null : new CostData(nan(e.machineRatePerMin()), nan(e.toolCostPerEdge()),
                nan(e.toolChangeTimeMin()), nan(e.volumeCm3()), nan(e.nonCuttingTimeMin()));
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }
}
