package io.prism.service;

import io.prism.audit.AuditEvent;
import io.prism.audit.AuditTrail;
import io.prism.audit.Digests;
import io.prism.calc.CalcInputException;
import io.prism.calc.speedfeed.SpeedFeedMeta;
import io.prism.calc.formula.FormulaRegistry;
import io.prism.data.CalculationLineage;
import io.prism.data.CalculationRow;
import io.prism.data.CatalogRepository;
import io.prism.data.CuttingDataRow;
import io.prism.data.MachineRow;
import io.prism.data.MaterialRepository;
import io.prism.data.MaterialRow;
import io.prism.data.ToolRow;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every calculation run shares: the material, the tool and the machine (one statement) and the material's
 * cutting data (another), read in the request's read transaction unless the run catalog cache holds them
 * ({@link RunCatalogCache}); the engine's answer; and the request and the answer stored in the caller's history,
 * committed with its audit event before the answer leaves ({@link HistoryWriter}). A pooled connection is held only while SQL runs,
 * never while the engine computes. Also the mapping of the engine's input errors to BAD_USER_INPUT on the request's
 * fields. A run that fails (unknown id, rejected input) fails before its write, so it stores nothing.
 */
@Component
class CalculationRuns {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogRepository catalogs;
    private final MaterialRepository materials;
    private final HistoryWriter history;
    private final RunCatalogCache cache;
    private final EngineBuild build;

    CalculationRuns(CatalogRepository catalogs, MaterialRepository materials, HistoryWriter history,
                    RunCatalogCache cache, EngineBuild build) {
        this.build = build;
        this.catalogs = catalogs;
        this.cache = cache;
        this.materials = materials;
        this.history = history;
    }

    /** The catalog rows one run reads, with their ids. */
    record Catalog(UUID materialId, UUID toolId, UUID machineId, MaterialRow material,
                   List<CuttingDataRow> cuttingData, ToolRow tool, MachineRow machine) {

        /** Every row read, with its version, for the run's lineage. */
        List<CalculationLineage.Read> reads() {
            List<CalculationLineage.Read> reads = new ArrayList<>();
            reads.add(CalculationLineage.Read.of(material));
            cuttingData.forEach(c -> reads.add(CalculationLineage.Read.of(c)));
            reads.add(CalculationLineage.Read.of(tool));
            if (machine != null) {
                reads.add(CalculationLineage.Read.of(machine));
            }
            return reads;
        }
    }

    /** The id and time stamp a run is stored under; the answer carries both. */
    record Stamp(UUID id, OffsetDateTime at) {
    }

    /** What a calculation hands back to be stored and answered: the answer and the engine's meta data. */
    record Outcome<A>(A answer, SpeedFeedMeta meta) {
    }

    /** The computing step of a run: the answer from the catalog rows, stored under the given stamp. */
    @FunctionalInterface
    interface Calculation<A> {
        Outcome<A> compute(Catalog catalog, Stamp stamp);
    }

    /**
     * Runs a calculation of {@code kind}: checks the ids and the flute count of {@code input.*}, reads the rows (an
     * unknown id, or another tenant's, is NOT_FOUND naming the field), computes, then stores the request and the
     * answer and commits.
     *
     * @return the answer, stored in the caller's history
     */
    <A> A run(RequestContext ctx, String kind, Object request, String materialId, String toolId, String machineId,
              Integer flutes, Calculation<A> calculation) {
        UUID material = Checks.id(materialId, "input.materialId");
        UUID tool = Checks.id(toolId, "input.toolId");
        UUID machine = machineId == null ? null : Checks.id(machineId, "input.machineId");
        Checks.range(flutes, 1, 500, "input.flutes");
        RunCatalogCache.Entry read = cache.get(ctx.tenant(), material, tool, machine, () -> ctx.read(dsl -> {
            CatalogRepository.RunRows found = catalogs.find(dsl, ctx.tenant(), material, tool, machine);
            return new RunCatalogCache.Entry(found, found.material().isEmpty() ? List.of()
                    : materials.cuttingData(dsl, ctx.tenant(), List.of(material)).get(material));
        }));
        CatalogRepository.RunRows rows = read.rows();
        Catalog catalog = new Catalog(material, tool, machine,
                rows.material().orElseThrow(() -> notFound("Material", materialId, "materialId")),
                read.cuttingData(),
                rows.tool().orElseThrow(() -> notFound("Tool", toolId, "toolId")),
                machine == null ? null
                        : rows.machine().orElseThrow(() -> notFound("Machine", machineId, "machineId")));
        Stamp stamp = stamp();
        Outcome<A> outcome = calculation.compute(catalog, stamp);
        store(ctx, stamp, kind, material, tool, machine, outcome.meta().formulasUsed(),
                outcome.meta().engineVersion(), request, outcome.answer(), catalog.reads());
        return outcome.answer();
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

    /**
     * Stores a run in the caller's history (catalog ids may be null) and returns once it is committed
     * ({@link HistoryWriter}); the request's read session is closed first.
     */
    void store(RequestContext ctx, Stamp stamp, String kind, UUID materialId, UUID toolId, UUID machineId,
               List<String> formulaIds, String engineVersion, Object request, Object answer,
               List<CalculationLineage.Read> reads) {
        JsonNode result = JSON.valueToTree(answer);
        AuditTrail.Entry event = ctx.entry("calculation." + kind, "Calculation", stamp.id().toString(),
                AuditEvent.Outcome.SUCCESS, null, Digests.canonicalHex(result), null, null);
        CalculationLineage lineage = new CalculationLineage(reads, formulaIds, FormulaRegistry.fingerprint(),
                engineVersion, build.version(), build.commit(), event.eventId());
        history.store(ctx, new CalculationRow(stamp.id(), ctx.tenant(), kind, materialId, toolId, machineId,
                formulaIds, engineVersion, JSON.writeValueAsString(request), JSON.writeValueAsString(result),
                stamp.at(), JSON.writeValueAsString(lineage)), event);
    }

    static PrismException notFound(String what, String id, String field) {
        return new PrismException(ErrorCode.NOT_FOUND, what + " " + id + " was not found", List.of("input", field));
    }
}
