package io.prism.graph.account;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.ApiKeyRow;
import io.prism.generated.graphql.types.CreateApiKeyInput;
import io.prism.graph.support.Graph;
import io.prism.service.ApiKeyService;
import java.util.Map;

/** The API key lifecycle: list, look up, create, rotate, revoke. */
@DgsComponent
public class ApiKeyDataFetcher {

    private final ApiKeyService keys;

    public ApiKeyDataFetcher(ApiKeyService keys) {
        this.keys = keys;
    }

    @DgsQuery
    public Graph.Connection<ApiKeyRow> apiKeys(@InputArgument Integer first, @InputArgument String after,
                                               @InputArgument String tenantId, DataFetchingEnvironment dfe) {
        return Graph.connection(keys.list(Graph.context(dfe), tenantId, first, after,
                Graph.countsTotal(dfe)));
    }

    @DgsQuery
    public ApiKeyRow apiKey(@InputArgument String id, DataFetchingEnvironment dfe) {
        return keys.get(Graph.context(dfe), id);
    }

    @DgsMutation
    public ApiKeyService.CreatedKey createApiKey(@InputArgument CreateApiKeyInput input, DataFetchingEnvironment dfe) {
        return keys.create(Graph.context(dfe), input.getTenantId(), Graph.mapList(input.getScopes(), Enum::name),
                input.getExpiresAt(), input.getDescription());
    }

    @DgsMutation
    public ApiKeyService.RotatedKey rotateApiKey(@InputArgument String id, @InputArgument Integer overlapSeconds,
                                                 DataFetchingEnvironment dfe) {
        return keys.rotate(Graph.context(dfe), id, overlapSeconds);
    }

    @DgsMutation
    public Map<String, ApiKeyRow> revokeApiKey(@InputArgument String id, DataFetchingEnvironment dfe) {
        return Map.of("apiKey", keys.revoke(Graph.context(dfe), id));
    }
}
