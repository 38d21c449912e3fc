package io.prism.graph.machine;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.MachineRow;
import io.prism.generated.graphql.types.CreateMachineInput;
import io.prism.generated.graphql.types.DeleteMachineInput;
import io.prism.generated.graphql.types.MachineFilter;
import io.prism.generated.graphql.types.UpdateMachineInput;
import io.prism.graph.support.Graph;
import io.prism.service.MachineService;
import java.util.Map;

/**
 * Machines in the graph: lookups, the list and the tenant's writes. Machine fields, the torque curve included,
 * are plain properties of {@link MachineRow}; quantity fields get their unit conversion from {@code UnitWiring}.
 */
@DgsComponent
public class MachineDataFetcher {

    private final MachineService machines;

    public MachineDataFetcher(MachineService machines) {
        this.machines = machines;
    }

    @DgsQuery
    public MachineRow machine(@InputArgument String id, DataFetchingEnvironment dfe) {
        return machines.machine(Graph.context(dfe), id);
    }

    @DgsQuery
    public Graph.Connection<MachineRow> machines(@InputArgument Integer first, @InputArgument String after,
                                                 @InputArgument MachineFilter filter, DataFetchingEnvironment dfe) {
        return Graph.connection(machines.machines(Graph.context(dfe), MachineGraphMapper.query(filter), first,
                after, Graph.countsTotal(dfe)));
    }

    @DgsMutation
    public Map<String, Object> createMachine(@InputArgument CreateMachineInput input, DataFetchingEnvironment dfe) {
        return Map.of("machine", machines.create(Graph.context(dfe), MachineGraphMapper.draft(input)));
    }

    @DgsMutation
    public Map<String, Object> updateMachine(@InputArgument UpdateMachineInput input, DataFetchingEnvironment dfe) {
        return Map.of("machine", machines.update(Graph.context(dfe), input.getId(),
                current -> MachineGraphMapper.merge(current, input)));
    }

    @DgsMutation
    public Map<String, Object> deleteMachine(@InputArgument DeleteMachineInput input, DataFetchingEnvironment dfe) {
        return Map.of("deletedId", machines.delete(Graph.context(dfe), input.getId()).toString());
    }
}
