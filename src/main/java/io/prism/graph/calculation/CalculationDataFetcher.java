package io.prism.graph.calculation;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.CalculationRow;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.CalculationFilter;
import io.prism.generated.graphql.types.SpeedFeedInput;
import io.prism.graph.support.Graph;
import io.prism.service.CalculationService;
import io.prism.service.SpeedFeedEnvelope;

/**
 * Calculations in the graph: {@code speedFeed} and the caller's history. Quantity fields of the envelope get their
 * unit conversion from {@code UnitWiring}; the rest are plain properties of the service's records.
 */
@DgsComponent
public class CalculationDataFetcher {

    private final CalculationService calculations;

    /** Creates the fetcher over the calculation service. */
    public CalculationDataFetcher(CalculationService calculations) {
        this.calculations = calculations;
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
