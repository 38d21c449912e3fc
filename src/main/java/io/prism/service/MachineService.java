package io.prism.service;

import io.prism.data.MachineDraft;
import io.prism.data.MachineQuery;
import io.prism.data.MachineRepository;
import io.prism.data.MachineRow;
import io.prism.data.Page;
import io.prism.data.PageRequest;
import io.prism.data.Pager;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/** Use cases of the machine park: scope checks, validation, and the tenant-scoped repository calls. */
@Service
public class MachineService {

    private final MachineRepository machines;

    public MachineService(MachineRepository machines) {
        this.machines = machines;
    }

    public MachineRow machine(RequestContext ctx, String id) {
        ctx.require(Scope.READ);
        UUID uuid = Checks.id(id, "id");
        return ctx.read(dsl -> machines.find(dsl, ctx.tenant(), uuid))
                .orElseThrow(() -> PrismException.notFound("Machine", id));
    }

    public Page<MachineRow> machines(RequestContext ctx, MachineQuery query, Integer first, String after,
                                      boolean countTotal) {
        ctx.require(Scope.READ);
        PageRequest page = Pager.request(first, after, countTotal);
        String search = Checks.optionalText(query.search(), "filter.search", 200);
        MachineQuery checked = new MachineQuery(query.types(), query.controllers(), query.minRpm(), search,
                query.owner());
        return ctx.read(dsl -> machines.list(dsl, ctx.tenant(), checked, page));
    }

    public MachineRow create(RequestContext ctx, MachineDraft draft) {
        ctx.require(Scope.WRITE);
        MachineDraft valid = validate(draft);
        return ctx.write(dsl -> {
            MachineRow created = machines.insert(dsl, ctx.tenant(), valid);
            ctx.audit("machine.create", "Machine", created.id(), null, created);
            return created;
        });
    }

    /** Applies {@code change} to the tenant's own machine; NOT_FOUND for shared or other tenants' rows. */
    public MachineRow update(RequestContext ctx, String id, UnaryOperator<MachineDraft> change) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(id, "input.id");
        return ctx.write(dsl -> {
            MachineRow current = machines.find(dsl, ctx.tenant(), uuid)
                    .filter(row -> row.tenantId().equals(ctx.tenant()))
                    .orElseThrow(() -> PrismException.notFound("Machine", id));
            MachineDraft valid = validate(change.apply(draftOf(current)));
            MachineRow updated = machines.update(dsl, ctx.tenant(), uuid, valid)
                    .orElseThrow(() -> PrismException.notFound("Machine", id));
            ctx.audit("machine.update", "Machine", uuid, current, updated);
            return updated;
        });
    }

    public UUID delete(RequestContext ctx, String id) {
        ctx.require(Scope.WRITE);
        UUID uuid = Checks.id(id, "input.id");
        return ctx.write(dsl -> {
            MachineRow current = machines.find(dsl, ctx.tenant(), uuid)
                    .filter(row -> row.tenantId().equals(ctx.tenant()))
                    .orElseThrow(() -> PrismException.notFound("Machine", id));
            if (!machines.delete(dsl, ctx.tenant(), uuid)) {
                throw PrismException.notFound("Machine", id);
            }
            ctx.audit("machine.delete", "Machine", uuid, current, null);
            return uuid;
        });
    }

    static MachineDraft draftOf(MachineRow m) {
        return new MachineDraft(m.make(), m.model(), m.type(), m.maxRpm(), m.continuousPower(), m.peakPower(),
                m.torqueCurve(), m.spindleInterface(), m.xTravel(), m.yTravel(), m.zTravel(), m.rapidRate(),
                m.controllerFamily(), m.controllerModel(), m.notes(), m.provenance().source(),
                m.provenance().verified());
    }

    private static MachineDraft validate(MachineDraft d) {
        String make = Checks.text(d.make(), "input.make", 100);
        String model = Checks.text(d.model(), "input.model", 100);
        if (d.type() == null) {
            throw PrismException.badInput("type is required", "input", "type");
        }
        if (d.controllerFamily() == null) {
            throw PrismException.badInput("controllerFamily is required", "input", "controllerFamily");
        }
        if (d.maxRpm() == null) {
            throw PrismException.badInput("maxRpm is required", "input", "maxRpm");
        }
        Checks.range(d.maxRpm(), 1, 200000, "rev/min", "input.maxRpm");
        Checks.range(d.continuousPower(), 0.01, 1000, "kW", "input.continuousPowerKw");
        Checks.range(d.peakPower(), 0.01, 1000, "kW", "input.peakPowerKw");
        Checks.ordered(d.continuousPower(), d.peakPower(), "input.continuousPowerKw", "input.peakPowerKw");
        List<MachineRow.TorquePoint> curve = torqueCurve(d.torqueCurve(), d.maxRpm());
        Checks.range(d.xTravel(), 1, 20000, "mm", "input.xTravelMm");
        Checks.range(d.yTravel(), 1, 20000, "mm", "input.yTravelMm");
        Checks.range(d.zTravel(), 1, 20000, "mm", "input.zTravelMm");
        Checks.range(d.rapidRate(), 0.1, 300, "m/min", "input.rapidRateMPerMin");
        return new MachineDraft(make, model, d.type(), d.maxRpm(), d.continuousPower(), d.peakPower(), curve,
                Checks.optionalText(d.spindleInterface(), "input.spindleInterface", 100), d.xTravel(), d.yTravel(),
                d.zTravel(), d.rapidRate(), d.controllerFamily(),
                Checks.optionalText(d.controllerModel(), "input.controllerModel", 100),
                Checks.optionalText(d.notes(), "input.notes", 2000), Checks.text(d.source(), "input.source", 1000),
                d.verified());
    }

    /**
     * The checked torque curve ordered by speed: every speed above 0 and not above {@code maxRpm}, every torque
     * above 0 and at most 100000 N·m, no speed twice. Errors name {@code input.torqueCurve}.
     */
    private static List<MachineRow.TorquePoint> torqueCurve(List<MachineRow.TorquePoint> points, double maxRpm) {
        if (points == null || points.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < points.size(); i++) {
            MachineRow.TorquePoint p = points.get(i);
            if (!(p.rpm() > 0 && p.rpm() <= maxRpm)) {
                throw curveError("torqueCurve[" + i + "].rpm (" + p.rpm()
                        + ") must be above 0 and not above maxRpm (" + maxRpm + ")");
            }
            if (!(p.torque() > 0 && p.torque() <= 100000)) {
                throw curveError("torqueCurve[" + i + "].torqueNm (" + p.torque()
                        + ") must be above 0 and at most 100000 N·m");
            }
        }
        List<MachineRow.TorquePoint> sorted = points.stream()
                .sorted(Comparator.comparingDouble(MachineRow.TorquePoint::rpm)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).rpm() == sorted.get(i - 1).rpm()) {
                throw curveError("torqueCurve lists the speed " + sorted.get(i).rpm()
                        + " rev/min more than once; speeds must be distinct");
            }
        }
        return sorted;
    }

    private static PrismException curveError(String message) {
        return PrismException.badInput(message, "input", "torqueCurve");
    }
}
