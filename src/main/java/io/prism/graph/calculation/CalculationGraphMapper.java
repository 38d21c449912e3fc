package io.prism.graph.calculation;

import io.prism.data.CalculationQuery;
import io.prism.generated.graphql.types.CalculationFilter;
import io.prism.generated.graphql.types.SpeedFeedInput;
import io.prism.generated.graphql.types.SpeedFeedOverridesInput;
import io.prism.generated.graphql.types.SpeedFeedTargetsInput;
import io.prism.graph.support.Graph;
import io.prism.service.SpeedFeedRequest;

/** Translates generated GraphQL input types into the service's plain records. */
final class CalculationGraphMapper {

    private CalculationGraphMapper() {
    }

    static SpeedFeedRequest request(SpeedFeedInput in) {
        SpeedFeedOverridesInput o = in.getOverrides();
        SpeedFeedTargetsInput t = in.getTargets();
        return new SpeedFeedRequest(in.getMaterialId(), in.getToolId(), in.getMachineId(),
                Graph.name(in.getOperation()), in.getApMm(), in.getAeMm(), in.getStickOutMm(),
                in.getWorkpieceDiameterMm(), in.getFlutes(), in.getPitchMm(), in.getMachineEfficiency(),
                o == null ? null : new SpeedFeedRequest.Overrides(o.getCuttingSpeedMPerMin(), o.getChipLoadMm()),
                t == null ? null : new SpeedFeedRequest.Targets(t.getToolLifeMin(), t.getSurfaceFinishRaUm(),
                        t.getMaxDeflectionMm()));
    }

    static CalculationQuery query(CalculationFilter f) {
        if (f == null) {
            return CalculationQuery.ALL;
        }
        return new CalculationQuery(Graph.mapList(f.getKinds(), Enum::name), f.getFrom(), f.getTo());
    }
}
