package io.prism.service;

import io.prism.calc.CalcInputException;
import io.prism.calc.optimize.CostData;
import io.prism.calc.optimize.Objective;
import io.prism.calc.optimize.OptimizeInput;
import io.prism.calc.optimize.OptimizeResult;
import io.prism.calc.optimize.Optimizer;
import io.prism.calc.optimize.Range;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.data.CalculationRepository;
import io.prism.data.CalculationRow;
import io.prism.data.CuttingDataRow;
import io.prism.data.MachineRepository;
import io.prism.data.MachineRow;
import io.prism.data.MaterialRepository;
import io.prism.data.MaterialRow;
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
 * Optimisations and their place in the history. A run reads the material, its cutting data, the tool and the machine
 * in the request's shared read session (as {@code speedFeed} does), runs the pure optimizer outside any transaction,
 * and stores the input and the answer in the caller's history in a write transaction of its own before answering.
 * A rejected input stops before the write, so it stores nothing.
 */
@Service
public class OptimizationService {

    /** Kind of an optimisation (GraphQL {@code CalculationKind}). */
    public static final String OPTIMIZE = "OPTIMIZE";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MaterialRepository materials;
    private final ToolRepository tools;
    private final MachineRepository machines;
    private final CalculationRepository calculations;

    /** Creates the service over the catalog repositories and the calculation history. */
    public OptimizationService(MaterialRepository materials, ToolRepository tools, MachineRepository machines,
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
     * Finds the best cut and stores the run in the caller's history.
     *
     * @return the answer, whose meta carries the stored calculation's id
     */
    public OptimizeEnvelope optimize(RequestContext ctx, OptimizeRequest request) {
        ctx.require(Scope.CALC);
        UUID materialId = Checks.id(request.materialId(), "input.materialId");
        UUID toolId = Checks.id(request.toolId(), "input.toolId");
        UUID machineId = request.machineId() == null ? null : Checks.id(request.machineId(), "input.machineId");
        Checks.range(request.flutes(), 1, 500, "input.flutes");
        Operation operation = Operation.valueOf(request.operation());
        Objective objective = Objective.valueOf(request.objective());
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
        SpeedFeedRequest fixed = new SpeedFeedRequest(request.materialId(), request.toolId(), request.machineId(),
                request.operation(), null, null, request.stickOutMm(), request.workpieceDiameterMm(), request.flutes(),
                null, request.machineEfficiency(), null, request.targets());
        SpeedFeedInput base = SpeedFeedMapper.input(operation, catalog.material(), catalog.cuttingData(),
                catalog.tool(), catalog.machine(), fixed);
        OptimizeInput input = new OptimizeInput(base, objective, range(request.cuttingSpeedMPerMin()),
                range(request.chipLoadMm()), range(request.apMm()), range(request.aeMm()),
                economics(request.economics()));
        OptimizeResult result;
        try {
            result = Optimizer.optimize(input);
        } catch (CalcInputException e) {
            throw PrismException.badInput(e.getMessage(), ("input." + e.field()).split("\\."));
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        SpeedFeedEnvelope optimum = SpeedFeedMapper.envelope(result.optimum(), id.toString(), OPTIMIZE, now);
        OptimizeEnvelope envelope = new OptimizeEnvelope(optimum.result(), optimum.safety(), optimum.meta(),
                new OptimizeEnvelope.ObjectiveValue(result.objective(), result.objectiveValue(),
                        result.objectiveUnit()), result.bindingConstraints(), result.economics(),
                result.searchBounds(), result.candidatesEvaluated(), result.feasibleCandidates());
        CalculationRow row = new CalculationRow(id, ctx.tenant(), OPTIMIZE, materialId, toolId, machineId,
                result.optimum().meta().formulasUsed(), result.optimum().meta().engineVersion(),
                JSON.writeValueAsString(request), JSON.writeValueAsString(envelope), now);
        ctx.write(dsl -> calculations.insert(dsl, ctx.tenant(), row));
        return envelope;
    }

    /** The stored answer of an optimisation; null for other kinds. */
    public OptimizeEnvelope optimizeEnvelope(CalculationRow row) {
        return OPTIMIZE.equals(row.kind()) ? JSON.readValue(row.envelope(), OptimizeEnvelope.class) : null;
    }

    private static Range range(OptimizeRequest.Range r) {
        return r == null ? Range.NONE : new Range(nan(r.min()), nan(r.max()));
    }

    private static CostData economics(OptimizeRequest.Economics e) {
        return e == null ? null : new CostData(nan(e.machineRatePerMin()), nan(e.toolCostPerEdge()),
                nan(e.toolChangeTimeMin()), nan(e.volumeCm3()), nan(e.nonCuttingTimeMin()));
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static PrismException notFound(String what, String id, String field) {
        return new PrismException(ErrorCode.NOT_FOUND, what + " " + id + " was not found", List.of("input", field));
    }
}
