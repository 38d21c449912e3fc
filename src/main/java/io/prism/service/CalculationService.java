package io.prism.service;

import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.SpeedFeedEngine;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.calc.speedfeed.SpeedFeedResult;
import io.prism.data.CalculationQuery;
import io.prism.data.CalculationRepository;
import io.prism.data.CalculationLineage;
import io.prism.data.CalculationRow;
import io.prism.data.Page;
import io.prism.data.PageRequest;
import io.prism.data.Pager;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Calculations and their history. A speed-and-feed run reads the material, its cutting data, the tool and the
 * machine, runs the pure engine, and stores the input and the envelope in the caller's history, all in one
 * transaction that commits before the answer leaves. A rejected input rolls it back, so it stores nothing.
 */
@Service
public class CalculationService {

    /** Kind of a speed-and-feed calculation (GraphQL {@code CalculationKind}). */
    public static final String SPEED_FEED = "SPEED_FEED";

    private final CalculationRuns runs;
    private final CalculationRepository calculations;

    /** Creates the service over the shared run steps and the calculation history. */
    public CalculationService(CalculationRuns runs, CalculationRepository calculations) {
        this.runs = runs;
        this.calculations = calculations;
    }

    /**
     * Recommends speeds and feeds and stores the run in the caller's history.
     *
     * @return the envelope, whose meta carries the stored calculation's id
     */
    public SpeedFeedEnvelope speedFeed(RequestContext ctx, SpeedFeedRequest request) {
        ctx.require(Scope.CALC);
        Operation operation = Operation.valueOf(request.operation());
        return runs.run(ctx, SPEED_FEED, request, request.materialId(), request.toolId(), request.machineId(),
                request.flutes(), (catalog, stamp) -> {
                    SpeedFeedInput input = SpeedFeedMapper.input(operation, catalog.material(),
                            catalog.cuttingData(), catalog.tool(), catalog.machine(), request);
                    SpeedFeedResult result = CalculationRuns.engine(() -> SpeedFeedEngine.calculate(input));
                    return new CalculationRuns.Outcome<>(SpeedFeedMapper.envelope(result, stamp.id().toString(),
                            SPEED_FEED, stamp.at()), result.meta());
                });
    }

    /** A page of the caller's calculations, newest first. */
    public Page<CalculationRow> calculations(RequestContext ctx, CalculationQuery query, Integer first, String after,
                                               boolean countTotal) {
        ctx.require(Scope.READ);
        PageRequest page = Pager.request(first, after, countTotal);
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw PrismException.badInput("from (" + query.from() + ") must be before to (" + query.to() + ")",
                    "filter", "from");
        }
        return ctx.read(dsl -> calculations.list(dsl, ctx.tenant(), query, page));
    }

    /** One of the caller's calculations; NOT_FOUND for another tenant's. */
    public CalculationRow calculation(RequestContext ctx, String id) {
        ctx.require(Scope.READ);
        UUID uuid = Checks.id(id, "id");
        return ctx.read(dsl -> calculations.find(dsl, ctx.tenant(), uuid))
                .orElseThrow(() -> PrismException.notFound("Calculation", id));
    }

    /** The lineage stored with a calculation; null for one stored before lineage was recorded. */
    public CalculationLineage lineage(CalculationRow row) {
        return row.lineage() == null ? null : CalculationRuns.JSON.readValue(row.lineage(), CalculationLineage.class);
    }

    /** The stored envelope of a speed-and-feed calculation; null for other kinds. */
    public SpeedFeedEnvelope speedFeedEnvelope(CalculationRow row) {
        return SPEED_FEED.equals(row.kind())
                ? CalculationRuns.JSON.readValue(row.envelope(), SpeedFeedEnvelope.class) : null;
    }
}
