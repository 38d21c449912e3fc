package io.prism.graph.account;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.TenantRow;
import io.prism.generated.graphql.types.CreateTenantInput;
import io.prism.graph.support.Graph;
import io.prism.service.AccountService;
import io.prism.service.RequestContext;
import io.prism.tenancy.Principal;
import java.util.List;
import java.util.Map;

/** The caller ({@code me}) and the operator's tenant administration. */
@DgsComponent
public class AccountDataFetcher {

    private final AccountService accounts;

    public AccountDataFetcher(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The caller as seen by the service. */
    public record Me(TenantRow tenant, String keyId, String keyPrefix, List<String> scopes, boolean operator) {
    }

    @DgsQuery
    public Me me(DataFetchingEnvironment dfe) {
        RequestContext ctx = Graph.context(dfe);
        Principal p = ctx.principal();
        return new Me(accounts.tenantOf(ctx), p.keyId() == null ? "operator" : p.keyId().toString(), p.keyPrefix(),
                p.scopes().stream().map(Enum::name).sorted().toList(), p.operator());
    }

    @DgsMutation
    public Map<String, Object> createTenant(@InputArgument CreateTenantInput input, DataFetchingEnvironment dfe) {
        return Map.of("tenant", accounts.createTenant(Graph.context(dfe), input.getName(), input.getTier().name()));
    }
}
