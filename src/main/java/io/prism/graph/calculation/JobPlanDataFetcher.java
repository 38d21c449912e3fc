package io.prism.graph.calculation;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.CalculationRow;
import io.prism.data.ToolRow;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.JobFeatureInput;
import io.prism.generated.graphql.types.JobPlanInput;
import io.prism.graph.support.Graph;
import io.prism.graph.tool.ToolLoader;
import io.prism.service.JobPlanEnvelope;
import io.prism.service.JobPlanRequest;
import io.prism.service.JobPlanService;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * {@code jobPlan} in the graph, the stored plan of a JOB_PLAN calculation, and each operation's tool through
 * {@link ToolLoader} (one statement for all the plan's tools). Quantity fields get their unit conversion from
 * {@code UnitWiring}; the rest are plain record properties.
 */
@DgsComponent
public class JobPlanDataFetcher {

    private final JobPlanService plans;

    /** Creates the fetcher over the job-plan service. */
    public JobPlanDataFetcher(JobPlanService plans) {
        this.plans = plans;
    }

    /** Runs {@code jobPlan} for the caller and returns the plan (stored in the caller's history). */
    @DgsQuery
    public JobPlanEnvelope jobPlan(@InputArgument JobPlanInput input, DataFetchingEnvironment dfe) {
        return plans.jobPlan(Graph.context(dfe), request(input));
    }

    /** The stored plan, read back from the history row the parent field loaded (no further statement). */
    @DgsData(parentType = DgsConstants.CALCULATION.TYPE_NAME, field = DgsConstants.CALCULATION.JobPlan)
    public JobPlanEnvelope storedJobPlan(DgsDataFetchingEnvironment dfe) {
        CalculationRow row = dfe.getSource();
        return plans.jobPlanEnvelope(row);
    }

    /** The operation's tool as the catalog has it now; null when it was deleted since. */
    @DgsData(parentType = DgsConstants.JOBOPERATION.TYPE_NAME, field = DgsConstants.JOBOPERATION.Tool)
    public CompletableFuture<ToolRow> tool(DgsDataFetchingEnvironment dfe) {
        JobPlanEnvelope.Operation operation = dfe.getSource();
        DataLoader<UUID, ToolRow> loader = dfe.getDataLoader(ToolLoader.class);
        return loader.load(UUID.fromString(operation.toolId()), Graph.context(dfe));
    }

    static JobPlanRequest request(JobPlanInput in) {
        return new JobPlanRequest(in.getMaterialId(), in.getMachineId(), Graph.mapList(in.getFeatures(),
                JobPlanDataFetcher::feature), in.getToolChangeTimeS(), in.getMachineEfficiency());
    }

    private static JobPlanRequest.Feature feature(JobFeatureInput f) {
        return new JobPlanRequest.Feature(Graph.name(f.getKind()), f.getLabel(), f.getCount(), f.getLengthMm(),
                f.getWidthMm(), f.getDepthMm(), f.getCornerRadiusMm(), f.getDiameterMm(), f.getStockDiameterMm(),
                f.getChamferMm(), f.getThrough(), f.getThread());
    }
}
