package io.prism.service;

import io.prism.data.Page;
import io.prism.data.PageRequest;
import io.prism.data.Pager;
import io.prism.data.ToolDraft;
import io.prism.data.ToolQuery;
import io.prism.data.ToolRepository;
import io.prism.data.ToolRow;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/** Use cases of the tool library: scope checks, validation, and the tenant-scoped repository calls. */
@Service
public class ToolService {

    /** The one tool type that has no cutting diameter of its own. */
    static final String TURNING_INSERT = "TURNING_INSERT";

    private final ToolRepository tools;

    public ToolService(ToolRepository tools) {
        this.tools = tools;
    }

    public ToolRow tool(RequestContext ctx, String id) {
        ctx.require(Scope.READ);
        UUID uuid = Checks.id(id, "id");
        return ctx.read(dsl -> tools.find(dsl, ctx.tenant(), uuid))
                .orElseThrow(() -> PrismException.notFound("Tool", id));
    }

    /** The tools with these ids the caller may read, by id, in one statement; others are absent. */
    public Map<UUID, ToolRow> tools(RequestContext ctx, Set<UUID> ids) {
        ctx.require(Scope.READ);
        return ctx.read(dsl -> tools.findAll(dsl, ctx.tenant(), ids));
    }

    /** A page of tools; the diameter bounds of {@code query} are already in mm. */
    public Page<ToolRow> tools(RequestContext ctx, ToolQuery query, Integer first, String after,
                                boolean countTotal) {
        ctx.require(Scope.READ);
        PageRequest page = Pager.request(first, after, countTotal);
        Checks.ordered(query.diameterMin(), query.diameterMax(), "filter.diameter.min", "filter.diameter.max");
        String search = Checks.optionalText(query.search(), "filter.search", 200);
        ToolQuery checked = new ToolQuery(query.types(), query.toolMaterials(), query.diameterRange(),
                query.diameterMin(), query.diameterMax(), search, query.owner(), query.verifiedOnly());
        return ctx.read(dsl -> tools.list(dsl, ctx.tenant(), checked, page));
    }

    public ToolRow create(RequestContext ctx, ToolDraft draft) {
        ctx.require(Scope.WRITE);
        ToolDraft valid = validate(draft);
        return ctx.write(dsl -> {
            ToolRow created = tools.insert(dsl, ctx.tenant(), valid);
            ctx.audit("tool.create", "Tool", created.id(), null, created);
            return created;
        });
    }

    /** Applies {@code change} to the tenant's own tool; NOT_FOUND for shared or other tenants' rows. */
    public ToolRow update(RequestContext ctx, String id, UnaryOperator<ToolDraft> change) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(id, "input.id");
        return ctx.write(dsl -> {
            ToolRow current = tools.find(dsl, ctx.tenant(), uuid)
                    .filter(row -> row.tenantId().equals(ctx.tenant()))
                    .orElseThrow(() -> PrismException.notFound("Tool", id));
            ToolDraft valid = validate(change.apply(draftOf(current)));
            ToolRow updated = tools.update(dsl, ctx.tenant(), uuid, valid)
                    .orElseThrow(() -> PrismException.notFound("Tool", id));
            ctx.audit("tool.update", "Tool", uuid, current, updated);
            return updated;
        });
    }

    public UUID delete(RequestContext ctx, String id) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(id, "input.id");
        return ctx.write(dsl -> {
            ToolRow current = tools.find(dsl, ctx.tenant(), uuid)
                    .filter(row -> row.tenantId().equals(ctx.tenant()))
                    .orElseThrow(() -> PrismException.notFound("Tool", id));
            if (!tools.delete(dsl, ctx.tenant(), uuid)) {
                throw PrismException.notFound("Tool", id);
            }
            ctx.audit("tool.delete", "Tool", uuid, current, null);
            return uuid;
        });
    }

    static ToolDraft draftOf(ToolRow t) {
        return new ToolDraft(t.name(), t.type(), t.isoDesignation(), t.diameter(), t.flutes(), t.fluteLength(),
                t.overallLength(), t.cornerRadius(), t.helixAngleDeg(), t.pointAngleDeg(), t.toolMaterial(),
                t.coating(), t.grade(), t.maxRpm(), t.chipLoadMin(), t.chipLoadMax(), t.notes(),
                t.provenance().source(), t.provenance().verified());
    }

    private static ToolDraft validate(ToolDraft d) {
        String name = Checks.text(d.name(), "input.name", 200);
        if (d.type() == null) {
            throw PrismException.badInput("type is required", "input", "type");
        }
        if (d.diameter() == null && !TURNING_INSERT.equals(d.type())) {
            throw PrismException.badInput("diameterMm is required for a tool of type " + d.type(), "input",
                    "diameterMm");
        }
        Checks.range(d.diameter(), 0.05, 1000, "mm", "input.diameterMm");
        Checks.range(d.flutes(), 1, 100, "input.flutes");
        Checks.range(d.fluteLength(), 0.05, 1000, "mm", "input.fluteLengthMm");
        Checks.range(d.overallLength(), 0.5, 2000, "mm", "input.overallLengthMm");
        Checks.ordered(d.fluteLength(), d.overallLength(), "input.fluteLengthMm", "input.overallLengthMm");
        // a turning insert has no diameter; its nose radius is then bounded by half the largest allowed diameter
        double maxRadius = d.diameter() == null ? 1000 / 2.0 : d.diameter() / 2;
        Checks.range(d.cornerRadius(), 0, maxRadius, "mm", "input.cornerRadiusMm");
        Checks.range(d.helixAngleDeg(), 0, 70, "degrees", "input.helixAngleDeg");
        Checks.range(d.pointAngleDeg(), 30, 180, "degrees", "input.pointAngleDeg");
        Checks.range(d.maxRpm(), 1, 200000, "rev/min", "input.maxRpm");
        Checks.range(d.chipLoadMin(), 0.0005, 5, "mm", "input.chipLoadMinMm");
        Checks.range(d.chipLoadMax(), 0.0005, 5, "mm", "input.chipLoadMaxMm");
        Checks.ordered(d.chipLoadMin(), d.chipLoadMax(), "input.chipLoadMinMm", "input.chipLoadMaxMm");
        return new ToolDraft(name, d.type(), Checks.optionalText(d.isoDesignation(), "input.isoDesignation", 40),
                d.diameter(), d.flutes(), d.fluteLength(), d.overallLength(), d.cornerRadius(), d.helixAngleDeg(),
                d.pointAngleDeg(), d.toolMaterial(), Checks.optionalText(d.coating(), "input.coating", 60),
                Checks.optionalText(d.grade(), "input.grade", 60), d.maxRpm(), d.chipLoadMin(), d.chipLoadMax(),
                Checks.optionalText(d.notes(), "input.notes", 2000), Checks.text(d.source(), "input.source", 1000),
                d.verified());
    }
}
