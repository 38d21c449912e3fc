package io.prism.graph.machine;

import io.prism.data.MachineDraft;
import io.prism.data.MachineQuery;
import io.prism.data.MachineRow;
import io.prism.data.Owner;
import io.prism.generated.graphql.types.CreateMachineInput;
import io.prism.generated.graphql.types.MachineFilter;
import io.prism.generated.graphql.types.TorquePointInput;
import io.prism.generated.graphql.types.UpdateMachineInput;
import io.prism.graph.support.Graph;
import java.util.List;

/** Translates generated GraphQL input types into the service's plain records. */
final class MachineGraphMapper {

    private MachineGraphMapper() {
    }

    static MachineQuery query(MachineFilter f) {
        if (f == null) {
            return MachineQuery.ALL;
        }
        return new MachineQuery(Graph.mapList(f.getTypes(), Enum::name),
                Graph.mapList(f.getControllers(), Enum::name), f.getMinRpm(), f.getSearch(),
                f.getOwner() == null ? null : Owner.valueOf(f.getOwner().name()));
    }

    static MachineDraft draft(CreateMachineInput in) {
        return new MachineDraft(in.getMake(), in.getModel(), Graph.name(in.getType()), in.getMaxRpm(),
                in.getContinuousPowerKw(), in.getPeakPowerKw(), torqueCurve(in.getTorqueCurve()),
                in.getSpindleInterface(), in.getXTravelMm(), in.getYTravelMm(), in.getZTravelMm(),
                in.getRapidRateMPerMin(), Graph.name(in.getControllerFamily()), in.getControllerModel(),
                in.getNotes(), in.getSource(), in.getVerified());
    }

    /** The current values with every field the update input gives replaced; a given torque curve replaces all. */
    static MachineDraft merge(MachineDraft c, UpdateMachineInput in) {
        return new MachineDraft(
                or(in.getMake(), c.make()),
                or(in.getModel(), c.model()),
                in.getType() == null ? c.type() : in.getType().name(),
                or(in.getMaxRpm(), c.maxRpm()),
                or(in.getContinuousPowerKw(), c.continuousPower()),
                or(in.getPeakPowerKw(), c.peakPower()),
                in.getTorqueCurve() == null ? c.torqueCurve() : torqueCurve(in.getTorqueCurve()),
                or(in.getSpindleInterface(), c.spindleInterface()),
                or(in.getXTravelMm(), c.xTravel()),
                or(in.getYTravelMm(), c.yTravel()),
                or(in.getZTravelMm(), c.zTravel()),
                or(in.getRapidRateMPerMin(), c.rapidRate()),
                in.getControllerFamily() == null ? c.controllerFamily() : in.getControllerFamily().name(),
                or(in.getControllerModel(), c.controllerModel()),
                or(in.getNotes(), c.notes()),
                or(in.getSource(), c.source()),
                or(in.getVerified(), c.verified()));
    }

    private static List<MachineRow.TorquePoint> torqueCurve(List<TorquePointInput> points) {
        return Graph.mapList(points, p -> new MachineRow.TorquePoint(p.getRpm(), p.getTorqueNm()));
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
