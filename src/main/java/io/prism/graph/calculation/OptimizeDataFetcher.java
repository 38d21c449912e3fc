package io.prism.graph.calculation;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.CalculationRow;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.OptimizeEconomicsInput;
import io.prism.generated.graphql.types.OptimizeInput;
import io.prism.generated.graphql.types.OptimizeRangeInput;
import io.prism.generated.graphql.types.SpeedFeedTargetsInput;
import io.prism.graph.support.Graph;
import io.prism.service.OptimizationService;
import io.prism.service.OptimizeEnvelope;
import io.prism.service.OptimizeRequest;
import io.prism.service.SpeedFeedRequest;

/**
 * {@code optimize} in the graph, and the stored answer of an OPTIMIZE calculation in the history. The optimum's
 * quantity fields share {@code SpeedFeedValues} and its unit conversion; the rest are plain record properties.
 */
@DgsComponent
public class OptimizeDataFetcher {

    private final OptimizationService optimizations;

    /** Creates the fetcher over the optimisation service. */
    public OptimizeDataFetcher(OptimizationService optimizations) {
        this.optimizations = optimizations;
    }

    /** Runs {@code optimize} for the caller and returns the answer (stored in the caller's history). */
    @DgsQuery
    public OptimizeEnvelope optimize(@InputArgument OptimizeInput input, DataFetchingEnvironment dfe) {
        return optimizations.optimize(Graph.context(dfe), request(input));
    }

    /** The stored answer, read back from the history row the parent field loaded (no further statement). */
    @DgsData(parentType = DgsConstants.CALCULATION.TYPE_NAME, field = DgsConstants.CALCULATION.Optimize)
    public OptimizeEnvelope storedOptimize(DgsDataFetchingEnvironment dfe) {
        CalculationRow row = dfe.getSource();
        return optimizations.optimizeEnvelope(row);
    }

    static OptimizeRequest request(OptimizeInput in) {
        OptimizeEconomicsInput e = in.getEconomics();
        SpeedFeedTargetsInput t = in.getTargets();
        return new OptimizeRequest(in.getMaterialId(), in.getToolId(), in.getMachineId(),
                Graph.name(in.getOperation()), Graph.name(in.getObjective()), range(in.getCuttingSpeedMPerMin()),
                range(in.getChipLoadMm()), range(in.getApMm()), range(in.getAeMm()), in.getStickOutMm(),
                in.getWorkpieceDiameterMm(), in.getFlutes(), in.getMachineEfficiency(),
                e == null ? null : new OptimizeRequest.Economics(e.getMachineRatePerMin(), e.getToolCostPerEdge(),
                        e.getToolChangeTimeMin(), e.getVolumeCm3(), e.getNonCuttingTimeMin()),
                t == null ? null : new SpeedFeedRequest.Targets(t.getToolLifeMin(), t.getSurfaceFinishRaUm(),
                        t.getMaxDeflectionMm()));
    }

    private static OptimizeRequest.Range range(OptimizeRangeInput r) {
        return r == null ? null : new OptimizeRequest.Range(r.getMin(), r.getMax());
    }
}
