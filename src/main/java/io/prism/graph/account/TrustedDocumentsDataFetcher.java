package io.prism.graph.account;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.TenantRow;
import io.prism.generated.graphql.types.SetTrustedDocumentsOnlyInput;
import io.prism.graph.support.Graph;
import io.prism.service.AccountService;
import java.util.Map;

/** The operator's switch for a tenant's trusted-documents setting ({@code Tenant.trustedDocumentsOnly}). */
@DgsComponent
public class TrustedDocumentsDataFetcher {

    private final AccountService accounts;

    public TrustedDocumentsDataFetcher(AccountService accounts) {
        this.accounts = accounts;
    }

    @DgsMutation
    public Map<String, TenantRow> setTrustedDocumentsOnly(@InputArgument SetTrustedDocumentsOnlyInput input,
                                                          DataFetchingEnvironment dfe) {
        return Map.of("tenant", accounts.setTrustedDocumentsOnly(Graph.context(dfe), input.getTenantId(),
                input.getEnabled()));
    }
}
