package io.prism.graph.calculation;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.CalculationLineage;
import io.prism.data.CalculationRow;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.CalculationFilter;
import io.prism.generated.graphql.types.LineageResource;
import io.prism.generated.graphql.types.SpeedFeedInput;
import io.prism.graph.support.Graph;
import io.prism.service.CalculationService;
import io.prism.service.RerunService;
import io.prism.service.SpeedFeedEnvelope;
import java.util.List;

/**
 * Calculations in the graph: {@code speedFeed} and the caller's history. Quantity fields of the envelope get their
 * unit conversion from {@code UnitWiring}; the rest are plain properties of the service's records.
 */
@DgsComponent
public class CalculationDataFetcher {

    private final CalculationService calculations;
    private final RerunService reruns;

    /** Creates the fetcher over the calculation service and the lineage's reruns. */
    public CalculationDataFetcher(CalculationService calculations, RerunService reruns) {
        this.calculations = calculations;
        this.reruns = reruns;
    }

    /** The schema's {@code RerunResult}. */
    public record RerunView(CalculationRow original, CalculationRow rerun, boolean identical,
                            List<RerunService.Difference> differences) {
    }

    /** The caller's calculations that read a catalog row (at a version), newest first. */
    @DgsQuery
    public Graph.Connection<CalculationRow> calculationsUsing(@InputArgument LineageResource resource,
                                                              @InputArgument String id, @InputArgument Integer version,
                                                              @InputArgument Integer first, @InputArgument String after,
                                                              DataFetchingEnvironment dfe) {
        return Graph.connection(reruns.using(Graph.context(dfe), CalculationLineage.Resource.valueOf(resource.name()),
                id, version, first, after, Graph.countsTotal(dfe)));
    }

    /** Answers a stored calculation again and compares the answers. */
    @DgsQuery
    public RerunView rerunCalculation(@InputArgument String id, DataFetchingEnvironment dfe) {
        RerunService.Rerun r = reruns.rerun(Graph.context(dfe), id);
        return new RerunView(r.original(), r.rerun(), r.identical(), r.differences());
    }

    /** The lineage stored with the calculation (no further statement); null for a run stored without one. */
    @DgsData(parentType = DgsConstants.CALCULATION.TYPE_NAME, field = DgsConstants.CALCULATION.Lineage)
    public CalculationLineage lineage(DgsDataFetchingEnvironment dfe) {
        CalculationRow row = dfe.getSource();
        return calculations.lineage(row);
    }

    /** Runs {@code speedFeed} for the caller and returns the envelope (stored in the caller's history). */
    @DgsQuery
    public SpeedFeedEnvelope speedFeed(@InputArgument SpeedFeedInput input, DataFetchingEnvironment dfe) {
        return calculations.speedFeed(Graph.context(dfe), CalculationGraphMapper.request(input));
    }

    /** A page of the caller's calculations, newest first. */
    @DgsQuery
    public Graph.Connection<CalculationRow> calculations(@InputArgument Integer first, @InputArgument String after,
                                                         @InputArgument CalculationFilter filter,
                                                         DataFetchingEnvironment dfe) {
        return Graph.connection(calculations.calculations(Graph.context(dfe), CalculationGraphMapper.query(filter),
                first, after, Graph.countsTotal(dfe)));
    }

    /** One of the caller's calculations; NOT_FOUND for any other. */
    @DgsQuery
    public CalculationRow calculation(@InputArgument String id, DataFetchingEnvironment dfe) {
        return calculations.calculation(Graph.context(dfe), id);
    }

    /** The stored envelope, read back from the history row the parent field loaded (no further statement). */
    @DgsData(parentType = DgsConstants.CALCULATION.TYPE_NAME, field = DgsConstants.CALCULATION.SpeedFeed)
    public SpeedFeedEnvelope storedSpeedFeed(DgsDataFetchingEnvironment dfe) {
        CalculationRow row = dfe.getSource();
        return calculations.speedFeedEnvelope(row);
    }
}
