package io.prism.graph.tool;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.ToolRow;
import io.prism.generated.graphql.types.CreateToolInput;
import io.prism.generated.graphql.types.DeleteToolInput;
import io.prism.generated.graphql.types.ToolFilter;
import io.prism.generated.graphql.types.UpdateToolInput;
import io.prism.graph.support.Graph;
import io.prism.service.ToolService;
import java.util.Map;

/**
 * Tools in the graph: lookups, the list and the tenant's writes. Tool fields are plain properties of
 * {@link ToolRow}; quantity fields get their unit conversion from {@code UnitWiring}.
 */
@DgsComponent
public class ToolDataFetcher {

    private final ToolService tools;

    public ToolDataFetcher(ToolService tools) {
        this.tools = tools;
    }

    @DgsQuery
    public ToolRow tool(@InputArgument String id, DataFetchingEnvironment dfe) {
        return tools.tool(Graph.context(dfe), id);
    }

    @DgsQuery
    public Graph.Connection<ToolRow> tools(@InputArgument Integer first, @InputArgument String after,
                                           @InputArgument ToolFilter filter, DataFetchingEnvironment dfe) {
        return Graph.connection(tools.tools(Graph.context(dfe), ToolGraphMapper.query(filter), first, after,
                Graph.countsTotal(dfe)));
    }

    @DgsMutation
    public Map<String, Object> createTool(@InputArgument CreateToolInput input, DataFetchingEnvironment dfe) {
        return Map.of("tool", tools.create(Graph.context(dfe), ToolGraphMapper.draft(input)));
    }

    @DgsMutation
    public Map<String, Object> updateTool(@InputArgument UpdateToolInput input, DataFetchingEnvironment dfe) {
        return Map.of("tool", tools.update(Graph.context(dfe), input.getId(),
                current -> ToolGraphMapper.merge(current, input)));
    }

    @DgsMutation
    public Map<String, Object> deleteTool(@InputArgument DeleteToolInput input, DataFetchingEnvironment dfe) {
        return Map.of("deletedId", tools.delete(Graph.context(dfe), input.getId()).toString());
    }
}
