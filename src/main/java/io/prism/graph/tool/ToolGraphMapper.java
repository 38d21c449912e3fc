package io.prism.graph.tool;

import io.prism.calc.units.Units;
import io.prism.data.Owner;
import io.prism.data.ToolDraft;
import io.prism.data.ToolQuery;
import io.prism.generated.graphql.types.CreateToolInput;
import io.prism.generated.graphql.types.LengthRangeInput;
import io.prism.generated.graphql.types.ToolFilter;
import io.prism.generated.graphql.types.UpdateToolInput;
import io.prism.graph.support.Graph;

/** Translates generated GraphQL input types into the service's plain records. */
final class ToolGraphMapper {

    /** The unit tool lengths are stored and filtered in. */
    private static final String STORED_LENGTH = "MM";

    private ToolGraphMapper() {
    }

    /** The list filter, with the diameter range converted from its given unit to mm. */
    static ToolQuery query(ToolFilter f) {
        if (f == null) {
            return ToolQuery.ALL;
        }
        LengthRangeInput d = f.getDiameter();
        String unit = d == null || d.getUnit() == null ? STORED_LENGTH : d.getUnit().name();
        return new ToolQuery(Graph.mapList(f.getTypes(), Enum::name), Graph.mapList(f.getToolMaterials(), Enum::name),
                d != null, d == null ? null : toMm(d.getMin(), unit), d == null ? null : toMm(d.getMax(), unit),
                f.getSearch(), f.getOwner() == null ? null : Owner.valueOf(f.getOwner().name()),
                Boolean.TRUE.equals(f.getVerifiedOnly()));
    }

    static ToolDraft draft(CreateToolInput in) {
        return new ToolDraft(in.getName(), Graph.name(in.getType()), in.getIsoDesignation(), in.getDiameterMm(),
                in.getFlutes(), in.getFluteLengthMm(), in.getOverallLengthMm(), in.getCornerRadiusMm(),
                in.getHelixAngleDeg(), in.getPointAngleDeg(), Graph.name(in.getToolMaterial()), in.getCoating(),
                in.getGrade(), in.getMaxRpm(), in.getChipLoadMinMm(), in.getChipLoadMaxMm(), in.getNotes(),
                in.getSource(), in.getVerified());
    }

    /** The current values with every field the update input gives replaced. */
    static ToolDraft merge(ToolDraft c, UpdateToolInput in) {
        return new ToolDraft(
                or(in.getName(), c.name()),
                in.getType() == null ? c.type() : in.getType().name(),
                or(in.getIsoDesignation(), c.isoDesignation()),
                or(in.getDiameterMm(), c.diameter()),
                or(in.getFlutes(), c.flutes()),
                or(in.getFluteLengthMm(), c.fluteLength()),
                or(in.getOverallLengthMm(), c.overallLength()),
                or(in.getCornerRadiusMm(), c.cornerRadius()),
                or(in.getHelixAngleDeg(), c.helixAngleDeg()),
                or(in.getPointAngleDeg(), c.pointAngleDeg()),
                in.getToolMaterial() == null ? c.toolMaterial() : in.getToolMaterial().name(),
                or(in.getCoating(), c.coating()),
                or(in.getGrade(), c.grade()),
                or(in.getMaxRpm(), c.maxRpm()),
                or(in.getChipLoadMinMm(), c.chipLoadMin()),
                or(in.getChipLoadMaxMm(), c.chipLoadMax()),
                or(in.getNotes(), c.notes()),
                or(in.getSource(), c.source()),
                or(in.getVerified(), c.verified()));
    }

    private static Double toMm(Double value, String unit) {
        return value == null ? null : Units.convert(value, unit, STORED_LENGTH);
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
