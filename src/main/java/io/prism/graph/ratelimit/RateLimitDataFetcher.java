package io.prism.graph.ratelimit;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.TenantRow;
import io.prism.gateway.TenantLimits;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.SetTenantRateLimitInput;
import io.prism.graph.support.Graph;
import io.prism.service.TenantRateLimitService;
import java.util.Map;

/** A tenant's rate limit as the API shows it, and the operator's setting of an ENTERPRISE tenant's own limit. */
@DgsComponent
public class RateLimitDataFetcher {

    private final TenantRateLimitService service;
    private final TenantLimits limits;

    public RateLimitDataFetcher(TenantRateLimitService service, TenantLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @DgsMutation
    public Map<String, TenantRow> setTenantRateLimit(@InputArgument SetTenantRateLimitInput input,
                                                     DataFetchingEnvironment dfe) {
        return Map.of("tenant", service.setRateLimit(Graph.context(dfe), input.getTenantId(),
                input.getUnitsPerMinute()));
    }

    @DgsData(parentType = DgsConstants.TENANT.TYPE_NAME, field = DgsConstants.TENANT.RateLimit)
    public int rateLimit(DataFetchingEnvironment dfe) {
        TenantRow tenant = dfe.getSource();
        return limits.limitOf(tenant.tenantId(), tenant.tier());
    }

    @DgsData(parentType = DgsConstants.TENANT.TYPE_NAME, field = DgsConstants.TENANT.RateLimitOverride)
    public Integer rateLimitOverride(DataFetchingEnvironment dfe) {
        TenantRow tenant = dfe.getSource();
        return limits.override(tenant.tenantId()).orElse(null);
    }
}
