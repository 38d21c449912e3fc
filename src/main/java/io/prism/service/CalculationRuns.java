package io.prism.service;

import io.prism.calc.CalcInputException;
import io.prism.calc.speedfeed.SpeedFeedMeta;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every calculation run shares: reading the material, its cutting data, the tool and the machine in the
 * request's read session; turning the engine's input errors into BAD_USER_INPUT on the request's fields; and storing
 * the request and its answer in the caller's history in a write transaction of its own, before the answer leaves.
 */
@Component
class CalculationRuns {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MaterialRepository materials;
    private final ToolRepository tools;
    private final MachineRepository machines;
    private final CalculationRepository calculations;

    CalculationRuns(MaterialRepository materials, ToolRepository tools, MachineRepository machines,
                    CalculationRepository calculations) {
        this.materials = materials;
        this.tools = tools;
        this.machines = machines;
        this.calculations = calculations;
    }

    /** The catalog rows one run reads, with their ids. */
    record Catalog(UUID materialId, UUID toolId, UUID machineId, MaterialRow material,
                   List<CuttingDataRow> cuttingData, ToolRow tool, MachineRow machine) {
    }

    /** The id and time stamp a run is stored under; the answer carries both. */
    record Stamp(UUID id, OffsetDateTime at) {
    }

    /**
     * Checks the ids and the flute count of {@code input.*} and reads the rows; an unknown id, or another tenant's,
     * is NOT_FOUND naming the field.
     */
    Catalog load(RequestContext ctx, String materialId, String toolId, String machineId, Integer flutes) {
        UUID material = Checks.id(materialId, "input.materialId");
        UUID tool = Checks.id(toolId, "input.toolId");
        UUID machine = machineId == null ? null : Checks.id(machineId, "input.machineId");
        Checks.range(flutes, 1, 500, "input.flutes");
        return ctx.read(dsl -> new Catalog(material, tool, machine,
                materials.find(dsl, ctx.tenant(), material)
                        .orElseThrow(() -> notFound("Material", materialId, "materialId")),
                materials.cuttingData(dsl, ctx.tenant(), List.of(material)).get(material),
                tools.find(dsl, ctx.tenant(), tool).orElseThrow(() -> notFound("Tool", toolId, "toolId")),
                machine == null ? null : machines.find(dsl, ctx.tenant(), machine)
                        .orElseThrow(() -> notFound("Machine", machineId, "machineId"))));
    }

    /** Runs the pure engine; its input errors become BAD_USER_INPUT on {@code input.<argument>}. */
    static <T> T engine(Supplier<T> run) {
        try {
            return run.get();
        } catch (CalcInputException e) {
            throw PrismException.badInput(e.getMessage(), ("input." + e.field()).split("\\."));
        }
    }

    /** A new id and the current time (UTC, microseconds: what the database keeps). */
    static Stamp stamp() {
        return new Stamp(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    /** Stores a run of one material, tool and machine in the caller's history. */
    void store(RequestContext ctx, Stamp stamp, String kind, Catalog catalog, SpeedFeedMeta meta, Object request,
               Object answer) {
        store(ctx, stamp, kind, catalog.materialId(), catalog.toolId(), catalog.machineId(), meta.formulasUsed(),
                meta.engineVersion(), request, answer);
    }

    /** Stores a run in the caller's history; the catalog ids it read may be null. */
    void store(RequestContext ctx, Stamp stamp, String kind, UUID materialId, UUID toolId, UUID machineId,
               List<String> formulaIds, String engineVersion, Object request, Object answer) {
        CalculationRow row = new CalculationRow(stamp.id(), ctx.tenant(), kind, materialId, toolId, machineId,
                formulaIds, engineVersion, JSON.writeValueAsString(request), JSON.writeValueAsString(answer),
                stamp.at());
        ctx.write(dsl -> calculations.insert(dsl, ctx.tenant(), row));
    }

    static PrismException notFound(String what, String id, String field) {
        return new PrismException(ErrorCode.NOT_FOUND, what + " " + id + " was not found", List.of("input", field));
    }
}
