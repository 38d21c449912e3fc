package io.prism.service;

import io.prism.data.CalculationLineage;
import io.prism.data.CalculationRepository;
import io.prism.data.CalculationRow;
import io.prism.data.Page;
import io.prism.data.Pager;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Lineage in use: the calculations that rested on a catalog row version, and a stored calculation answered again on
 * today's data with a field-by-field comparison against the stored answer (docs/lineage.md).
 */
@Service
public class RerunService {

    /** Fields that differ between any two runs (their ids and time stamps), left out of a comparison. */
    private static final Set<String> VOLATILE = Set.of("calculationId", "computedAt");
    /** The most differences one comparison lists. */
    static final int MAX_DIFFERENCES = 500;

    private final CalculationService calculations;
    private final OptimizationService optimizations;
    private final JobPlanService plans;
    private final CalculationRepository history;

    public RerunService(CalculationService calculations, OptimizationService optimizations, JobPlanService plans,
                        CalculationRepository history) {
        this.calculations = calculations;
        this.optimizations = optimizations;
        this.plans = plans;
        this.history = history;
    }

    /** A stored answer, the answer of today's run, and where they differ. */
    public record Rerun(CalculationRow original, CalculationRow rerun, List<Difference> differences) {

        public boolean identical() {
            return differences.isEmpty();
        }
    }

    /** One changed field: its path and both values as JSON text (null where the field is absent). */
    public record Difference(String path, String stored, String now) {
    }

    public Page<CalculationRow> using(RequestContext ctx, CalculationLineage.Resource resource, String id,
                                      Integer version, Integer first, String after, boolean countTotal) {
        ctx.require(Scope.READ);
        UUID uuid = Checks.id(id, "id");
        Checks.range(version, 1, Integer.MAX_VALUE, "version");
        var page = Pager.request(first, after, countTotal);
        return ctx.read(dsl -> history.using(dsl, ctx.tenant(), resource, uuid, version, page));
    }

    /** Runs the stored calculation's input again, stores the new run and compares the answers. */
    public Rerun rerun(RequestContext ctx, String id) {
        ctx.require(Scope.CALC);
        CalculationRow original = calculations.calculation(ctx, id);
        String newId = switch (original.kind()) {
            case CalculationService.SPEED_FEED -> calculations.speedFeed(ctx,
                    read(original, SpeedFeedRequest.class)).meta().calculationId();
            case OptimizationService.OPTIMIZE -> optimizations.optimize(ctx,
                    read(original, OptimizeRequest.class)).meta().calculationId();
            case JobPlanService.JOB_PLAN -> plans.jobPlan(ctx, read(original, JobPlanRequest.class))
                    .meta().calculationId();
            default -> throw PrismException.badInput("calculations of kind " + original.kind()
                    + " cannot be run again", "id");
        };
        CalculationRow rerun = calculations.calculation(ctx, newId);
        return new Rerun(original, rerun, differences(CalculationRuns.JSON.readTree(original.envelope()),
                CalculationRuns.JSON.readTree(rerun.envelope())));
    }

    private static <T> T read(CalculationRow row, Class<T> type) {
        return CalculationRuns.JSON.readValue(row.inputs(), type);
    }

    /** The fields of two answers whose values differ, in document order, ids and time stamps aside. */
    static List<Difference> differences(JsonNode stored, JsonNode now) {
        List<Difference> out = new ArrayList<>();
        compare("", stored, now, out);
        return out;
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<Difference> out) {
        if (out.size() >= MAX_DIFFERENCES) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                if (!VOLATILE.contains(name)) {
                    compare(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
                }
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (!same(a, b)) {
            out.add(new Difference(path, text(a), text(b)));
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        return a.equals(b);
    }

    private static String text(JsonNode n) {
        return n == null ? null : n.toString();
    }
}
