package io.prism.graph.material;

import io.prism.data.MaterialDraft;
import io.prism.data.MaterialQuery;
import io.prism.data.MaterialRow;
import io.prism.data.Owner;
import io.prism.generated.graphql.types.CreateMaterialInput;
import io.prism.generated.graphql.types.DesignationsInput;
import io.prism.generated.graphql.types.MaterialFilter;
import io.prism.generated.graphql.types.UpdateMaterialInput;
import io.prism.graph.support.Graph;

/** Translates generated GraphQL input types into the service's plain records. */
final class MaterialGraphMapper {

    private MaterialGraphMapper() {
    }

    static MaterialQuery query(MaterialFilter f) {
        if (f == null) {
            return MaterialQuery.ALL;
        }
        var h = f.getHardness();
        return new MaterialQuery(Graph.mapList(f.getIsoGroups(), Enum::name),
                h == null ? null : h.getScale().name(), h == null ? null : h.getMin(), h == null ? null : h.getMax(),
                f.getSearch(), f.getOwner() == null ? null : Owner.valueOf(f.getOwner().name()),
                Boolean.TRUE.equals(f.getVerifiedOnly()));
    }

    static MaterialDraft draft(CreateMaterialInput in) {
        return new MaterialDraft(in.getName(), designations(in.getDesignations()), in.getEquivalents(),
                Graph.name(in.getIsoGroup()), in.getMaterialClass(), in.getCondition(),
                in.getHardness() == null ? null : in.getHardness().getValue(),
                in.getHardness() == null ? null : in.getHardness().getScale().name(), in.getTensileStrengthMpa(),
                in.getYieldStrengthMpa(), in.getDensityKgM3(), in.getThermalConductivityWMK(),
                in.getElasticModulusGpa(), in.getKc11(), in.getMc(), in.getNotes(), in.getSource(),
                in.getVerified());
    }

    /** The current values with every field the update input gives replaced. */
    static MaterialDraft merge(MaterialDraft c, UpdateMaterialInput in) {
        return new MaterialDraft(
                or(in.getName(), c.name()),
                in.getDesignations() == null ? c.designations() : designations(in.getDesignations()),
                or(in.getEquivalents(), c.equivalents()),
                in.getIsoGroup() == null ? c.isoGroup() : in.getIsoGroup().name(),
                or(in.getMaterialClass(), c.materialClass()),
                or(in.getCondition(), c.condition()),
                in.getHardness() == null ? c.hardnessValue() : Double.valueOf(in.getHardness().getValue()),
                in.getHardness() == null ? c.hardnessScale() : in.getHardness().getScale().name(),
                or(in.getTensileStrengthMpa(), c.tensileStrength()),
                or(in.getYieldStrengthMpa(), c.yieldStrength()),
                or(in.getDensityKgM3(), c.density()),
                or(in.getThermalConductivityWMK(), c.thermalConductivity()),
                or(in.getElasticModulusGpa(), c.elasticModulus()),
                or(in.getKc11(), c.kc11()),
                or(in.getMc(), c.mc()),
                or(in.getNotes(), c.notes()),
                or(in.getSource(), c.source()),
                or(in.getVerified(), c.verified()));
    }

    private static MaterialRow.Designations designations(DesignationsInput d) {
        return d == null ? null : new MaterialRow.Designations(d.getAisi(), d.getUns(), d.getEn(), d.getWnr(),
                d.getOther());
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
