package io.prism.service;

import io.prism.data.CuttingDataRow;
import io.prism.data.MaterialDraft;
import io.prism.data.MaterialQuery;
import io.prism.data.MaterialRepository;
import io.prism.data.MaterialRow;
import io.prism.data.Page;
import io.prism.data.PageRequest;
import io.prism.data.Pager;
import io.prism.data.Provenance;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/** Use cases of the material catalog: scope checks, validation, and the tenant-scoped repository calls. */
@Service
public class MaterialService {

    private final MaterialRepository materials;

    public MaterialService(MaterialRepository materials) {
        this.materials = materials;
    }

    public MaterialRow material(RequestContext ctx, String id) {
        ctx.require(Scope.READ);
        UUID uuid = Checks.id(id, "id");
        return ctx.read(dsl -> materials.find(dsl, ctx.tenant(), uuid))
                .orElseThrow(() -> PrismException.notFound("Material", id));
    }

    public Page<MaterialRow> materials(RequestContext ctx, MaterialQuery query, Integer first, String after,
                                        boolean countTotal) {
        ctx.require(Scope.READ);
        PageRequest page = Pager.request(first, after, countTotal);
        if (query.hardnessMin() != null && query.hardnessMax() != null) {
            Checks.ordered(query.hardnessMin(), query.hardnessMax(), "filter.hardness.min", "filter.hardness.max");
        }
        String search = Checks.optionalText(query.search(), "filter.search", 200);
        MaterialQuery checked = new MaterialQuery(query.isoGroups(), query.hardnessScale(), query.hardnessMin(),
                query.hardnessMax(), search, query.owner(), query.verifiedOnly());
        return ctx.read(dsl -> materials.list(dsl, ctx.tenant(), checked, page));
    }

    /** Cutting data of many materials in one read; the tenant's own rows replace shared ones. */
    public Map<UUID, List<CuttingDataRow>> cuttingData(RequestContext ctx, Collection<UUID> materialIds) {
        ctx.require(Scope.READ);
        return ctx.read(dsl -> materials.cuttingData(dsl, ctx.tenant(), materialIds));
    }

    public MaterialRow create(RequestContext ctx, MaterialDraft draft) {
        ctx.require(Scope.WRITE);
        MaterialDraft valid = validate(draft);
        return ctx.write(dsl -> {
            MaterialRow created = materials.insert(dsl, ctx.tenant(), valid);
            ctx.audit("material.create", "Material", created.id(), null, created);
            return created;
        });
    }

    /** Applies {@code change} to the tenant's own material; NOT_FOUND for shared or other tenants' rows. */
    public MaterialRow update(RequestContext ctx, String id, UnaryOperator<MaterialDraft> change) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(id, "input.id");
        return ctx.write(dsl -> {
            MaterialRow current = materials.find(dsl, ctx.tenant(), uuid)
                    .filter(row -> row.tenantId().equals(ctx.tenant()))
                    .orElseThrow(() -> PrismException.notFound("Material", id));
            MaterialDraft valid = validate(change.apply(draftOf(current)));
            MaterialRow updated = materials.update(dsl, ctx.tenant(), uuid, valid)
                    .orElseThrow(() -> PrismException.notFound("Material", id));
            ctx.audit("material.update", "Material", uuid, current, updated);
            return updated;
        });
    }

    public UUID delete(RequestContext ctx, String id) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(id, "input.id");
        return ctx.write(dsl -> {
            MaterialRow current = materials.find(dsl, ctx.tenant(), uuid)
                    .filter(row -> row.tenantId().equals(ctx.tenant()))
                    .orElseThrow(() -> PrismException.notFound("Material", id));
            if (!materials.delete(dsl, ctx.tenant(), uuid)) {
                throw PrismException.notFound("Material", id);
            }
            ctx.audit("material.delete", "Material", uuid, current, null);
            return uuid;
        });
    }

    /** The material and the written row, after creating or replacing the tenant's cutting data. */
    public record CuttingDataWrite(MaterialRow material, CuttingDataRow cuttingData) {
    }

    public CuttingDataWrite setCuttingData(RequestContext ctx, String materialId, String toolMaterial,
                                           String operation, Double vcMin, Double vcMax, Double fzMin, Double fzMax,
                                           String notes, String source) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(materialId, "input.materialId");
        Checks.range(vcMin, 1, 3000, "m/min", "input.cuttingSpeedMinMPerMin");
        Checks.range(vcMax, 1, 3000, "m/min", "input.cuttingSpeedMaxMPerMin");
        Checks.ordered(vcMin, vcMax, "input.cuttingSpeedMinMPerMin", "input.cuttingSpeedMaxMPerMin");
        Checks.range(fzMin, 0.0005, 5, "mm", "input.feedPerToothMinMm");
        Checks.range(fzMax, 0.0005, 5, "mm", "input.feedPerToothMaxMm");
        Checks.ordered(fzMin, fzMax, "input.feedPerToothMinMm", "input.feedPerToothMaxMm");
        if (vcMin == null && vcMax == null && fzMin == null && fzMax == null) {
            throw PrismException.badInput("give at least one cutting speed or feed value", "input");
        }
        String cleanNotes = Checks.optionalText(notes, "input.notes", 2000);
        String cleanSource = Checks.text(source, "input.source", 1000);
        return ctx.write(dsl -> {
            MaterialRow material = materials.find(dsl, ctx.tenant(), uuid)
                    .orElseThrow(() -> PrismException.notFound("Material", materialId));
            CuttingDataRow values = new CuttingDataRow(null, ctx.tenant(), uuid, toolMaterial, operation, vcMin,
                    vcMax, fzMin, fzMax, null, null, cleanNotes, Provenance.tenantEntered(cleanSource, false),
                    false, 1);
            MaterialRepository.CuttingDataChange written =
                    materials.upsertCuttingData(dsl, ctx.tenant(), material, values);
            ctx.audit("cuttingData.set", "CuttingData", written.after().id(), written.before(), written.after());
            return new CuttingDataWrite(material, written.after());
        });
    }

    public UUID deleteCuttingData(RequestContext ctx, String id) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(id, "input.id");
        return ctx.write(dsl -> {
            CuttingDataRow deleted = materials.deleteCuttingData(dsl, ctx.tenant(), uuid)
                    .orElseThrow(() -> PrismException.notFound("Cutting data", id));
            ctx.audit("cuttingData.delete", "CuttingData", uuid, deleted, null);
            return uuid;
        });
    }

    static MaterialDraft draftOf(MaterialRow m) {
        MaterialRow.Hardness h = m.hardness();
        return new MaterialDraft(m.name(), m.designations(), m.equivalents(), m.isoGroup(), m.materialClass(),
                m.condition(), h == null ? null : h.value(), h == null ? null : h.scale(), m.tensileStrength(),
                m.yieldStrength(), m.density(), m.thermalConductivity(), m.elasticModulus(), m.kc11(), m.mc(),
                m.notes(), m.provenance().source(), m.provenance().verified());
    }

    private static MaterialDraft validate(MaterialDraft d) {
        String name = Checks.text(d.name(), "input.name", 200);
        String materialClass = Checks.text(d.materialClass(), "input.materialClass", 200);
        if (d.isoGroup() == null) {
            throw PrismException.badInput("isoGroup is required", "input", "isoGroup");
        }
        MaterialRow.Designations des = d.designations() == null ? MaterialRow.Designations.NONE
                : new MaterialRow.Designations(
                        Checks.optionalText(d.designations().aisi(), "input.designations.aisi", 120),
                        Checks.optionalText(d.designations().uns(), "input.designations.uns", 120),
                        Checks.optionalText(d.designations().en(), "input.designations.en", 120),
                        Checks.optionalText(d.designations().wnr(), "input.designations.wnr", 120),
                        Checks.optionalText(d.designations().other(), "input.designations.other", 200));
        if (d.hardnessValue() != null) {
            double max = switch (d.hardnessScale()) {
                case "HRC" -> 75;
                case "HRB" -> 110;
                case "HV" -> 2000;
                default -> 800;
            };
            Checks.range(d.hardnessValue(), 1, max, d.hardnessScale(), "input.hardness.value");
        }
        Checks.range(d.tensileStrength(), 1, 5000, "MPa", "input.tensileStrengthMpa");
        Checks.range(d.yieldStrength(), 1, 5000, "MPa", "input.yieldStrengthMpa");
        Checks.ordered(d.yieldStrength(), d.tensileStrength(), "input.yieldStrengthMpa", "input.tensileStrengthMpa");
        Checks.range(d.density(), 500, 25000, "kg/m³", "input.densityKgM3");
        Checks.range(d.thermalConductivity(), 0.1, 500, "W/(m·K)", "input.thermalConductivityWMK");
        Checks.range(d.elasticModulus(), 1, 1200, "GPa", "input.elasticModulusGpa");
        Checks.range(d.kc11(), 100, 6000, "N/mm²", "input.kc11");
        Checks.range(d.mc(), 0.05, 0.6, "", "input.mc");
        return new MaterialDraft(name, des, Checks.optionalText(d.equivalents(), "input.equivalents", 300),
                d.isoGroup(), materialClass, Checks.optionalText(d.condition(), "input.condition", 200),
                d.hardnessValue(), d.hardnessScale(), d.tensileStrength(), d.yieldStrength(), d.density(),
                d.thermalConductivity(), d.elasticModulus(), d.kc11(), d.mc(),
                Checks.optionalText(d.notes(), "input.notes", 2000), Checks.text(d.source(), "input.source", 1000),
                d.verified());
    }
}
