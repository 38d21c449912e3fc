package io.prism.service;

import io.prism.calc.plan.Feature;
import io.prism.calc.plan.FeatureKind;
import io.prism.calc.plan.JobPlanInput;
import io.prism.calc.plan.JobPlanResult;
import io.prism.calc.plan.JobPlanner;
import io.prism.calc.plan.PlanMachine;
import io.prism.calc.plan.PlanTool;
import io.prism.calc.plan.PlannedOperation;
import io.prism.calc.plan.ThreadData;
import io.prism.calc.plan.Unplannable;
import io.prism.data.CalculationRow;
import io.prism.data.CalculationLineage;
import io.prism.data.CuttingDataRow;
import io.prism.data.MachineRepository;
import io.prism.data.MachineRow;
import io.prism.data.MaterialRepository;
import io.prism.data.MaterialRow;
import io.prism.data.ThreadSpecRepository;
import io.prism.data.ThreadSpecRow;
import io.prism.data.ToolRepository;
import io.prism.data.ToolRow;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Job plans and their place in the history. A run reads the material, its cutting data, the machine, the caller's
 * tool library (its own tools and the shared ones) and the threads its tapped holes name in the request's read
 * transaction, runs the pure planner, and stores the request and the plan in the caller's history, committed before
 * the answer leaves ({@link HistoryWriter}). A rejected input fails before the store, so it stores nothing.
 */
@Service
public class JobPlanService {

    /** Kind of a job plan (GraphQL {@code CalculationKind}). */
    public static final String JOB_PLAN = "JOB_PLAN";

    /** The tool types a plan may choose from. */
    static final Set<String> PLANNED_TOOL_TYPES = Set.of("FLAT_END_MILL", "BULL_NOSE_END_MILL", "FACE_MILL",
            "CHAMFER_MILL", "DRILL", "SPOT_DRILL", "TAP", "TURNING_INSERT");

    /** Machine types with a milling spindle, and those that turn. */
    private static final Set<String> MILLING_MACHINES = Set.of("VMC", "HMC", "FIVE_AXIS", "TURN_MILL", "ROUTER",
            "DRILL_TAP");
    private static final Set<String> TURNING_MACHINES = Set.of("LATHE", "TURN_MILL");

    /** A metric thread named in a tap's designation or name, e.g. "M8x1.25". */
    private static final Pattern TAP_THREAD = Pattern.compile("M\\s*(\\d{1,3}(?:\\.\\d{1,3})?)\\s*[X×]\\s*"
            + "(\\d(?:\\.\\d{1,3})?)");

    private final MaterialRepository materials;
    private final MachineRepository machines;
    private final ToolRepository tools;
    private final ThreadSpecRepository threads;
    private final CalculationRuns runs;

    /** Creates the service over the catalog, the thread table and the shared run steps. */
    public JobPlanService(MaterialRepository materials, MachineRepository machines, ToolRepository tools,
                          ThreadSpecRepository threads, CalculationRuns runs) {
        this.materials = materials;
        this.machines = machines;
        this.tools = tools;
        this.threads = threads;
        this.runs = runs;
    }

    /**
     * Plans the job and stores the run in the caller's history.
     *
     * @return the plan, whose meta carries the stored calculation's id
     */
    public JobPlanEnvelope jobPlan(RequestContext ctx, JobPlanRequest request) {
        ctx.require(Scope.CALC);
        UUID materialId = Checks.id(request.materialId(), "input.materialId");
        UUID machineId = Checks.id(request.machineId(), "input.machineId");
        List<JobPlanRequest.Feature> requested = request.features() == null ? List.of() : request.features();
        CalculationRuns.engine(() -> {
            JobPlanner.checkFeatureCount(requested.size());
            return null;
        });
        Map<Integer, ThreadDesignation> designations = designations(requested);
        List<CalculationLineage.Read> reads = new ArrayList<>();
        JobPlanInput input = ctx.read(dsl -> {
            MaterialRow material = materials.find(dsl, ctx.tenant(), materialId)
                    .orElseThrow(() -> CalculationRuns.notFound("Material", request.materialId(), "materialId"));
            MachineRow machine = machines.find(dsl, ctx.tenant(), machineId)
                    .orElseThrow(() -> CalculationRuns.notFound("Machine", request.machineId(), "machineId"));
            Map<String, ThreadSpecRow> listed = new HashMap<>();
            for (ThreadDesignation d : designations.values()) {
                threads.find(dsl, d.nominalMm(), d.pitchMm()).ifPresent(t -> listed.put(d.canonical(), t));
            }
            List<CuttingDataRow> cuttingData = materials.cuttingData(dsl, ctx.tenant(), List.of(materialId))
                    .get(materialId);
            List<ToolRow> library = tools.library(dsl, ctx.tenant(), PLANNED_TOOL_TYPES);
            reads.add(CalculationLineage.Read.of(material));
            cuttingData.forEach(c -> reads.add(CalculationLineage.Read.of(c)));
            reads.add(CalculationLineage.Read.of(machine));
            library.forEach(t -> reads.add(CalculationLineage.Read.of(t)));
            List<Feature> features = new ArrayList<>(requested.size());
            for (int i = 0; i < requested.size(); i++) {
                features.add(feature(requested.get(i), designations.get(i), listed));
            }
            return new JobPlanInput(SpeedFeedMapper.material(material),
                    SpeedFeedMapper.windows(cuttingData), machine(machine),
                    library.stream().map(t -> tool(ctx, t)).toList(), features,
                    SpeedFeedMapper.nan(request.machineEfficiency()),
                    SpeedFeedMapper.nan(request.toolChangeTimeS()));
        });
        JobPlanResult plan = CalculationRuns.engine(() -> JobPlanner.plan(input));
        CalculationRuns.Stamp stamp = CalculationRuns.stamp();
        JobPlanEnvelope envelope = envelope(plan, stamp);
        runs.store(ctx, stamp, JOB_PLAN, materialId, null, machineId, plan.formulasUsed(), plan.engineVersion(),
                request, envelope, reads);
        return envelope;
    }

    /** The stored plan of a job-plan calculation; null for other kinds. */
    public JobPlanEnvelope jobPlanEnvelope(CalculationRow row) {
        return JOB_PLAN.equals(row.kind()) ? CalculationRuns.JSON.readValue(row.envelope(), JobPlanEnvelope.class)
                : null;
    }

    /**
     * The thread designations of the tapped holes, by feature index; one that is not an ISO metric designation is
     * BAD_USER_INPUT on its field. (Whether the table lists it is the planner's business: an unlisted thread makes
     * the feature unplannable, not the request invalid.)
     */
    private static Map<Integer, ThreadDesignation> designations(List<JobPlanRequest.Feature> features) {
        Map<Integer, ThreadDesignation> found = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String text = features.get(i).thread();
            if (text == null) {
                continue;
            }
            String field = "input.features[" + i + "].thread";
            String typed = Checks.text(text, field, 40);
            int index = i;
            found.put(i, ThreadDesignation.parse(typed).filter(t -> t.nominalMm() > 0
                    && (t.pitchMm() == null || t.pitchMm() > 0)).orElseThrow(() -> PrismException.badInput(
                    "thread \"" + typed + "\" of features[" + index + "] is not an ISO metric thread: write M, the "
                            + "nominal diameter and optionally x and the pitch in mm, for example M8 or M8x1",
                    "input", "features[" + index + "]", "thread")));
        }
        return found;
    }

    private static Feature feature(JobPlanRequest.Feature f, ThreadDesignation designation,
                                   Map<String, ThreadSpecRow> listed) {
        ThreadData thread = null;
        if (designation != null) {
            ThreadSpecRow row = listed.get(designation.canonical());
            thread = row == null ? null : new ThreadData(row.designation(), row.nominalDiameter(), row.pitch(),
                    row.tapDrill());
        }
        return new Feature(FeatureKind.valueOf(f.kind()), f.label(), f.count() == null ? 1 : f.count(),
                SpeedFeedMapper.nan(f.lengthMm()), SpeedFeedMapper.nan(f.widthMm()), SpeedFeedMapper.nan(f.depthMm()),
                SpeedFeedMapper.nan(f.cornerRadiusMm()), SpeedFeedMapper.nan(f.diameterMm()),
                SpeedFeedMapper.nan(f.stockDiameterMm()), SpeedFeedMapper.nan(f.chamferMm()),
                Boolean.TRUE.equals(f.through()), designation == null ? f.thread() : designation.canonical(), thread);
    }

    private static PlanMachine machine(MachineRow m) {
        return new PlanMachine(m.type(), MILLING_MACHINES.contains(m.type()), TURNING_MACHINES.contains(m.type()),
                SpeedFeedMapper.machine(m), SpeedFeedMapper.nan(m.xTravel()), SpeedFeedMapper.nan(m.yTravel()),
                SpeedFeedMapper.nan(m.zTravel()), SpeedFeedMapper.nan(m.rapidRate()));
    }

    private static PlanTool tool(RequestContext ctx, ToolRow t) {
        ToolRow.Recommendation rec = t.recommendation();
        return new PlanTool(t.id().toString(), t.name(), t.tenantId().equals(ctx.tenant()), SpeedFeedMapper.tool(t),
                rec == null ? Double.NaN : SpeedFeedMapper.nan(rec.depthOfCutMax()), tapPitch(t));
    }

    /** The pitch a tap's designation or name states for its own diameter; NaN when it states none. */
    static double tapPitch(ToolRow t) {
        if (!"TAP".equals(t.type()) || t.diameter() == null) {
            return Double.NaN;
        }
        for (String text : new String[] {t.isoDesignation(), t.name()}) {
            if (text == null) {
                continue;
            }
            Matcher m = TAP_THREAD.matcher(text.toUpperCase(Locale.ROOT));
            while (m.find()) {
                if (Math.abs(Double.parseDouble(m.group(1)) - t.diameter()) < 1e-6) {
                    return Double.parseDouble(m.group(2));
                }
            }
        }
        return Double.NaN;
    }

    private static JobPlanEnvelope envelope(JobPlanResult plan, CalculationRuns.Stamp stamp) {
        String id = stamp.id().toString();
        List<JobPlanEnvelope.Operation> ops = new ArrayList<>(plan.operations().size());
        for (PlannedOperation o : plan.operations()) {
            ops.add(new JobPlanEnvelope.Operation(o.sequence(), o.stage().name(), o.featureIndex(), o.featureLabel(),
                    o.toolId(), o.toolName(), o.operation().name(), o.levels(), o.passes(), o.apMm(),
                    SpeedFeedMapper.num(o.aeMm()), SpeedFeedMapper.num(o.stickOutMm()), o.pathLengthMm(),
                    o.cuttingTimeS(), o.nonCuttingTimeS(),
                    SpeedFeedMapper.envelope(o.speedFeed(), id, JOB_PLAN, stamp.at()), o.notes()));
        }
        List<JobPlanEnvelope.Unplannable> left = new ArrayList<>(plan.unplannable().size());
        for (Unplannable u : plan.unplannable()) {
            left.add(new JobPlanEnvelope.Unplannable(u.featureIndex(), u.label(), u.kind().name(), u.reason().name(),
                    u.message()));
        }
        SpeedFeedEnvelope.Meta meta = new SpeedFeedEnvelope.Meta(id, JOB_PLAN, plan.formulasUsed(), plan.sources(),
                List.of(), plan.assumptions(), plan.engineVersion(), false, stamp.at());
        return new JobPlanEnvelope(ops, left, plan.cuttingTimeS(), plan.nonCuttingTimeS(), plan.toolChanges(),
                plan.toolChangeTimeS(), plan.cycleTimeS(), meta);
    }
}
