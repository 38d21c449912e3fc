package io.prism.service;

import io.prism.calc.CalcInputException;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.SpeedFeedEngine;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.calc.speedfeed.SpeedFeedResult;
import io.prism.data.CalculationQuery;
import io.prism.data.CalculationRepository;
import io.prism.data.CalculationRow;
import io.prism.data.CuttingDataRow;
import io.prism.data.MachineRepository;
import io.prism.data.MachineRow;
import io.prism.data.MaterialRepository;
import io.prism.data.MaterialRow;
import io.prism.data.Page;
import io.prism.data.Pager;
import io.prism.data.ToolRepository;
import io.prism.data.ToolRow;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calculations and their history. A speed-and-feed run reads the material, its cutting data, the tool and the
 * machine in the request's shared read session, runs the pure engine, and stores the input and the envelope in the
 * caller's history in a write transaction of its own before answering. A rejected input stops before the write,
 * so it stores nothing.
 */
@Service
public class CalculationService {

    /** Kind of a speed-and-feed calculation (GraphQL {@code CalculationKind}). */
    public static final String SPEED_FEED = "SPEED_FEED";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MaterialRepository materials;
    private final ToolRepository tools;
    private final MachineRepository machines;
    private final CalculationRepository calculations;

    /** Creates the service over the catalog repositories and the calculation history. */
    public CalculationService(MaterialRepository materials, ToolRepository tools, MachineRepository machines,
                              CalculationRepository calculations) {
        this.materials = materials;
        this.tools = tools;
        this.machines = machines;
        this.calculations = calculations;
    }

    /** The catalog rows one run reads. */
    private record Catalog(MaterialRow material, List<CuttingDataRow> cuttingData, ToolRow tool, MachineRow machine) {
    }

    /**
     * Recommends speeds and feeds and stores the run in the caller's history.
     *
     * @return the envelope, whose meta carries the stored calculation's id
     */
    public SpeedFeedEnvelope speedFeed(RequestContext ctx, SpeedFeedRequest request) {
        ctx.require(Scope.CALC);
        UUID materialId = Checks.id(request.materialId(), "input.materialId");
        UUID toolId = Checks.id(request.toolId(), "input.toolId");
        UUID machineId = request.machineId() == null ? null : Checks.id(request.machineId(), "input.machineId");
        Checks.range(request.flutes(), 1, 500, "input.flutes");
        Operation operation = Operation.valueOf(request.operation());
        Catalog catalog = ctx.read(dsl -> {
            MaterialRow material = materials.find(dsl, ctx.tenant(), materialId)
                    .orElseThrow(() -> notFound("Material", request.materialId(), "materialId"));
            ToolRow tool = tools.find(dsl, ctx.tenant(), toolId)
                    .orElseThrow(() -> notFound("Tool", request.toolId(), "toolId"));
            MachineRow machine = machineId == null ? null : machines.find(dsl, ctx.tenant(), machineId)
                    .orElseThrow(() -> notFound("Machine", request.machineId(), "machineId"));
            List<CuttingDataRow> data = materials.cuttingData(dsl, ctx.tenant(), List.of(materialId)).get(materialId);
            return new Catalog(material, data, tool, machine);
        });
        SpeedFeedInput input = SpeedFeedMapper.input(operation, catalog.material(), catalog.cuttingData(),
                catalog.tool(), catalog.machine(), request);
        SpeedFeedResult result;
        try {
            result = SpeedFeedEngine.calculate(input);
        } catch (CalcInputException e) {
            throw PrismException.badInput(e.getMessage(), ("input." + e.field()).split("\\."));
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        SpeedFeedEnvelope envelope = SpeedFeedMapper.envelope(result, id.toString(), SPEED_FEED, now);
        CalculationRow row = new CalculationRow(id, ctx.tenant(), SPEED_FEED, materialId, toolId, machineId,
                result.meta().formulasUsed(), result.meta().engineVersion(), JSON.writeValueAsString(request),
                JSON.writeValueAsString(envelope), now);
        ctx.write(dsl -> calculations.insert(dsl, ctx.tenant(), row));
        return envelope;
    }

    /** A page of the caller's calculations, newest first. */
    public Page<CalculationRow> calculations(RequestContext ctx, CalculationQuery query, Integer first, String after) {
        ctx.require(Scope.READ);
        int size = Pager.checkFirst(first);
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw PrismException.badInput("from (" + query.from() + ") must be before to (" + query.to() + ")",
                    "filter", "from");
        }
        return ctx.read(dsl -> calculations.list(dsl, ctx.tenant(), query, size, after));
    }

    /** One of the caller's calculations; NOT_FOUND for another tenant's. */
    public CalculationRow calculation(RequestContext ctx, String id) {
        ctx.require(Scope.READ);
        UUID uuid = Checks.id(id, "id");
        return ctx.read(dsl -> calculations.find(dsl, ctx.tenant(), uuid))
                .orElseThrow(() -> PrismException.notFound("Calculation", id));
    }

    /** The stored envelope of a speed-and-feed calculation; null for other kinds. */
    public SpeedFeedEnvelope speedFeedEnvelope(CalculationRow row) {
        return SPEED_FEED.equals(row.kind()) ? JSON.readValue(row.envelope(), SpeedFeedEnvelope.class) : null;
    }

    private static PrismException notFound(String what, String id, String field) {
        return new PrismException(ErrorCode.NOT_FOUND, what + " " + id + " was not found", List.of("input", field));
    }
}
