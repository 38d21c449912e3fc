package io.prism.graph.account;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.generated.graphql.types.Door;
import io.prism.generated.graphql.types.OperationUsage;
import io.prism.generated.graphql.types.UsageReport;
import io.prism.graph.support.Graph;
import io.prism.service.UsageService;
import java.time.OffsetDateTime;

/** The usage report of a tenant. */
@DgsComponent
public class UsageDataFetcher {

    private final UsageService usage;

    public UsageDataFetcher(UsageService usage) {
        this.usage = usage;
    }

    @DgsQuery
    public UsageReport usage(@InputArgument OffsetDateTime from, @InputArgument OffsetDateTime to,
                             @InputArgument String tenantId, DataFetchingEnvironment dfe) {
        UsageService.Report r = usage.report(Graph.context(dfe), from, to, tenantId);
        return UsageReport.newBuilder()
                .tenantId(r.tenantId().toString()).from(r.from()).to(r.to())
                .requests(r.requests()).errors(r.errors()).costUnits(r.costUnits())
                .operations(Graph.mapList(r.operations(), o -> OperationUsage.newBuilder()
                        .operation(o.operation()).door(Door.valueOf(o.door()))
                        .requests(o.requests()).errors(o.errors()).costUnits(o.costUnits()).build()))
                .build();
    }
}
