package io.prism.graph.thread;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.ThreadSpecRow;
import io.prism.graph.support.Graph;
import io.prism.service.ThreadService;

/**
 * ISO metric threads in the graph. Thread fields are plain properties of {@link ThreadSpecRow}; the length fields
 * get their unit conversion from {@code UnitWiring}.
 */
@DgsComponent
public class ThreadDataFetcher {

    private final ThreadService threads;

    public ThreadDataFetcher(ThreadService threads) {
        this.threads = threads;
    }

    @DgsQuery
    public ThreadSpecRow threadSpec(@InputArgument String designation, DataFetchingEnvironment dfe) {
        return threads.threadSpec(Graph.context(dfe), designation);
    }
}
