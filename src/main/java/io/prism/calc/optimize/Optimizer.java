package io.prism.calc.optimize;

import io.prism.calc.CalcInputException;
import io.prism.calc.formula.ChipThickness;
import io.prism.calc.formula.Cutting;
import io.prism.calc.formula.Economics;
import io.prism.calc.formula.MillingGeometry;
import io.prism.calc.formula.Roughness;
import io.prism.calc.formula.Sources;
import io.prism.calc.internal.Checks;
import io.prism.calc.speedfeed.Action;
import io.prism.calc.speedfeed.CutData;
import io.prism.calc.speedfeed.CuttingWindow;
import io.prism.calc.speedfeed.LimitCheck;
import io.prism.calc.speedfeed.MachineData;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.Overrides;
import io.prism.calc.speedfeed.SpeedFeedEngine;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.calc.speedfeed.SpeedFeedMeta;
import io.prism.calc.speedfeed.SpeedFeedResult;
import io.prism.calc.speedfeed.SpeedFeedValues;
import io.prism.calc.speedfeed.Targets;
import io.prism.calc.speedfeed.ToolData;
import io.prism.calc.speedfeed.Warning;
import io.prism.calc.speedfeed.WarningCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses cutting speed, chip load, axial and radial depth for one operation so as to minimise the cost per part or
 * maximise the removal rate, within the bounds of the cut and every limit the speed-and-feed engine enforces (method
 * and a hand-solved example in docs/optimization.md).
 *
 * <ol>
 *   <li><b>Bounds.</b> Each searched variable gets an interval: the caller's range, else the catalog (cutting data,
 *       the tool's chip-load range, flute length, diameter), else a documented default. Hard limits lower the upper
 *       ends: the tool's and the machine's highest spindle speed, the tool's chip-load maximum, the tool-life target
 *       (Taylor speed) and the surface-finish target (turning feed, ball-nose stepover).</li>
 *   <li><b>Candidates.</b> Each candidate is one {@link SpeedFeedEngine} evaluation with the candidate's ap and ae
 *       and overrides for vc and the feed; the engine clamps the spindle speed and chip load and lowers the feed to
 *       the tightest power, torque or deflection limit, exactly as for {@code speedFeed}. A candidate is feasible when
 *       the engine did not refuse it, every realised value lies within its interval and the targets hold.</li>
 *   <li><b>Search.</b> A logarithmic grid over the searched variables, then a compass search (poll ± one step along
 *       each variable, move to the best improving neighbour, halve the step when none improves) from each of the
 *       best {@value #STARTS} grid points, until the step is below {@value #MIN_STEP} of the logarithmic range.
 *       The best feasible candidate seen is the optimum; ties within {@value #TIE_TOLERANCE} (relative) go to the
 *       higher safety score, then the lower cutting speed, then the lower coordinates, so the answer is
 *       deterministic.</li>
 * </ol>
 *
 * <p>Objectives: the removal rate Q from the engine; Gilbert's cost per part
 * {@code C = Co·(Th + tc) + (Co·Tt + Ct)·tc/T} with {@code tc = V/Q} and T the engine's Taylor tool life at the
 * candidate's cutting speed (calc-reference §9). Invalid input throws {@link CalcInputException} naming the field of
 * {@link OptimizeInput} at fault ({@code apMm.max}, {@code economics.volumeCm3}, {@code objective}, …), or the
 * engine's own field for values it checks ({@code stickOutMm}, {@code toolId}, …).
 */
public final class Optimizer {

    /** Version of the optimizer's rules, stored with every optimisation beside the engine's. */
    public static final String VERSION = "optimize 1.0.0";

    /** A constraint is reported as binding when the optimum lies within this fraction of its limit. */
    public static final double BINDING_TOLERANCE = 1e-3;

    /** Default lower end of the ap and ae ranges, as a fraction of the upper end. */
    public static final double DEFAULT_LOWER_FRACTION = 0.1;

    /** Objective values closer than this (relative) are a tie, decided by the tie-breakers. */
    static final double TIE_TOLERANCE = 1e-9;

    /** The compass search stops when every step is below this, in logarithmic coordinates (range = 1). */
    static final double MIN_STEP = 1e-5;

    /** Number of best grid points the compass search starts from. */
    static final int STARTS = 3;

    /** Guard on the number of evaluations of one optimisation. */
    static final int MAX_EVALUATIONS = 20_000;

    /** Relative slack when a realised value is compared with its bound or target (engine rounding). */
    private static final double SLACK = 1e-6;

    /** Ra ≈ scallop height / 4: the engine's ball-nose conversion (calcady [S19]). */
    private static final double SCALLOP_TO_RA = 0.25;

    /** Largest accepted chip load, mm (the engine accepts chip-load overrides up to 5 mm). */
    private static final double MAX_CHIP_MM = 5.0;

    private static final int VC = 0;
    private static final int H = 1;
    private static final int AP = 2;
    private static final int AE = 3;

    /** Grid levels per variable (vc, h, ap, ae), by the number of searched variables. */
    private static final int[][] LEVELS = {{33, 33, 33, 33}, {33, 33, 33, 33}, {17, 9, 9, 9}, {11, 5, 9, 9},
        {9, 4, 7, 7}};

    private Optimizer() {
    }

    /**
     * Finds the best cut.
     *
     * @param input the operation, catalog data, bounds, objective, economics and targets
     * @return the optimum in the speed-and-feed envelope with the objective, the binding constraints and the search
     *     bounds; never null
     * @throws CalcInputException naming the field at fault when an input is missing, out of range or inconsistent,
     *     when MIN_COST_PER_PART has no tool life to work with, or when no candidate within the bounds is feasible
     */
    public static OptimizeResult optimize(OptimizeInput input) {
        Checks.present("input", input, "an optimisation input");
        return new Run(input).run();
    }

    /** One evaluated point. */
    private record Candidate(double[] u, double[] x, SpeedFeedResult result, boolean feasible, double value) {
    }

    /** Exact coordinates of a point, for looking up repeated points. */
    private record Key(double vc, double h, double ap, double ae) {
    }

    /** One optimisation's working state. */
    private static final class Run {

        private final OptimizeInput in;
        private final SpeedFeedInput base;
        private final Operation op;
        private final Operation.Process process;
        private final ToolData tool;
        private final CutData cut;
        private final Targets targets;
        private final Objective objective;
        private final CostData cost;
        private final SearchAxis[] axes = new SearchAxis[4];
        private final Map<Key, Candidate> seen = new HashMap<>();
        private final List<Candidate> grid = new ArrayList<>();
        private double diameter = Double.NaN;
        private int evaluations;
        private int feasibleCount;
        private Candidate best;

        Run(OptimizeInput in) {
            this.in = in;
            this.base = in.base();
            this.op = base.operation();
            this.process = op == null ? null : op.process();
            this.tool = base.tool();
            this.cut = base.cut();
            this.targets = base.targets();
            this.objective = in.objective();
            this.cost = in.economics();
        }

        OptimizeResult run() {
            validate();
            axes[VC] = speedAxis();
            axes[H] = chipAxis();
            axes[AP] = depthAxis();
            axes[AE] = widthAxis();
            finishTarget();
            speedLimits();
            probe();
            search();
            return answer();
        }

        // ---------------------------------------------------------------------------------------- validation

        private void validate() {
            Checks.present("objective", objective, "one of " + Arrays.toString(Objective.values()));
            if (op == null) {
                throw new CalcInputException("operation", "operation (null) must be one of "
                        + Arrays.toString(Operation.values()));
            }
            if (process == Operation.Process.TAPPING) {
                throw new CalcInputException("operation", "TAPPING has nothing to optimise: the feed is the thread "
                        + "pitch and no loads are modelled");
            }
            if (!op.accepts(tool.type())) {
                throw new CalcInputException("operation", "operation " + op + " needs a tool of type "
                        + op.toolTypes() + "; the tool is a " + tool.type());
            }
            if (process != Operation.Process.TURNING) {
                if (!given(tool.diameterMm()) || !(tool.diameterMm() > 0)) {
                    throw new CalcInputException("toolId", "the tool has no diameter in the catalog; " + op
                            + " needs one");
                }
                diameter = tool.diameterMm();
            }
            range("cuttingSpeedMPerMin", in.cuttingSpeedMPerMin(), 10_000.0);
            range("chipLoadMm", in.chipLoadMm(), MAX_CHIP_MM);
            range("apMm", in.apMm(), 1000.0);
            range("aeMm", in.aeMm(), 3000.0);
            if (objective == Objective.MIN_COST_PER_PART && cost == null) {
                throw new CalcInputException("economics", "economics is required for MIN_COST_PER_PART: give the "
                        + "machine rate, the tool cost per edge, the tool-change time and the volume per part");
            }
            if (cost != null) {
                Checks.inOpenClosed("economics.machineRatePerMin", cost.machineRatePerMin(), 0.0, 1e6);
                Checks.inRange("economics.toolCostPerEdge", cost.toolCostPerEdge(), 0.0, 1e9);
                Checks.inRange("economics.toolChangeTimeMin", cost.toolChangeTimeMin(), 0.0, 10_000.0);
                Checks.inOpenClosed("economics.volumeCm3", cost.volumeCm3(), 0.0, 1e9);
                if (given(cost.nonCuttingTimeMin())) {
                    Checks.inRange("economics.nonCuttingTimeMin", cost.nonCuttingTimeMin(), 0.0, 1e6);
                }
            }
        }

        private static void range(String field, Range r, double max) {
            if (r.hasMin()) {
                Checks.inOpenClosed(field + ".min", r.min(), 0.0, max);
            }
            if (r.hasMax()) {
                Checks.inOpenClosed(field + ".max", r.max(), 0.0, max);
            }
            if (r.hasMin() && r.hasMax() && r.min() > r.max()) {
                throw new CalcInputException(field + ".min", field + ".min (" + r.min() + ") must not exceed "
                        + field + ".max (" + r.max() + ")");
            }
        }

        // -------------------------------------------------------------------------------------------- bounds

        /** Cutting speed: the given range, else the cutting data, else the tool maker's window for the group. */
        private SearchAxis speedAxis() {
            SearchAxis axis = new SearchAxis(SearchVariable.CUTTING_SPEED, "cuttingSpeedMPerMin", "m/min");
            Range given = in.cuttingSpeedMPerMin();
            CuttingWindow data = base.cuttingData();
            ToolData.Recommendation rec = tool.recommendation();
            double lo = Double.NaN;
            double hi = Double.NaN;
            String from = null;
            if (data != null && (given(data.vcMinMPerMin()) || given(data.vcMaxMPerMin()))) {
                lo = or(data.vcMinMPerMin(), data.vcMaxMPerMin());
                hi = or(data.vcMaxMPerMin(), data.vcMinMPerMin());
                from = "the material's " + data.toolMaterial() + " cutting data (" + data.operation() + ")";
            } else if (rec != null && rec.isoGroup() == base.material().isoGroup()
                    && (given(rec.vcMinMPerMin()) || given(rec.vcMaxMPerMin()))) {
                lo = or(rec.vcMinMPerMin(), rec.vcMaxMPerMin());
                hi = or(rec.vcMaxMPerMin(), rec.vcMinMPerMin());
                from = "the tool maker's window for ISO group " + rec.isoGroup();
            }
            if (from == null && !(given.hasMin() && given.hasMax())) {
                throw new CalcInputException("cuttingSpeedMPerMin", "the catalog has no cutting-speed window for "
                        + "this tool on this material (no cutting data for its substrate, no tool maker's window for "
                        + "ISO group " + base.material().isoGroup() + "): give cuttingSpeedMPerMin.min and "
                        + "cuttingSpeedMPerMin.max");
            }
            axis.init(given, lo, hi, from, Constraint.CUTTING_SPEED_MIN, Constraint.CUTTING_SPEED_MAX);
            return axis;
        }

        /**
         * Chip load: the given range, else the narrower of the tool's chip-load range and the material's cutting
         * data (the tool's range when they do not overlap); the tool's maximum always caps it, as the engine clamps
         * there.
         */
        private SearchAxis chipAxis() {
            SearchAxis axis = new SearchAxis(SearchVariable.CHIP_LOAD, "chipLoadMm", "mm");
            boolean turning = process == Operation.Process.TURNING;
            ToolData.Recommendation rec = tool.recommendation();
            double toolMin = tool.chipLoadMinMm();
            double toolMax = tool.chipLoadMaxMm();
            if (turning && rec != null) {
                toolMin = or(toolMin, rec.feedPerRevMinMm());
                toolMax = or(toolMax, rec.feedPerRevMaxMm());
            }
            double dataLo = Double.NaN;
            double dataHi = Double.NaN;
            CuttingWindow data = base.cuttingData();
            if (data != null && (given(data.fzMinMm()) || given(data.fzMaxMm()))) {
                dataLo = or(data.fzMinMm(), data.fzMaxMm());
                dataHi = or(data.fzMaxMm(), data.fzMinMm());
            } else if (data != null && !turning && (given(data.fzMinPerDiameter())
                    || given(data.fzMaxPerDiameter()))) {
                dataLo = or(data.fzMinPerDiameter(), data.fzMaxPerDiameter()) * diameter;
                dataHi = or(data.fzMaxPerDiameter(), data.fzMinPerDiameter()) * diameter;
            }
            boolean hasTool = given(toolMin) || given(toolMax);
            boolean hasData = given(dataLo);
            double lo = maxGiven(toolMin, dataLo);
            double hi = minGiven(toolMax, dataHi);
            String from = hasTool && hasData ? "the narrower of the tool's chip-load range and the material's "
                    + "cutting data" : hasTool ? (turning ? "the tool's feed range" : "the tool's chip-load range")
                    : "the material's cutting data";
            if (given(lo) && given(hi) && lo > hi) {
                lo = or(toolMin, 0.5 * toolMax);
                hi = or(toolMax, toolMin);
                from = "the tool's chip-load range (the material's cutting data does not overlap it)";
            }
            Range given = in.chipLoadMm();
            if (!given(hi) && !given.hasMax()) {
                throw new CalcInputException("chipLoadMm", "no chip load is known for this tool on this material "
                        + "(no chip-load range on the tool, no feed in the cutting data): give chipLoadMm.max");
            }
            if (!given(lo)) {
                double top = given.hasMax() ? given.max() : hi;
                lo = top * SpeedFeedEngine.MIN_CHIP_FRACTION;
                from = from + ", lower end half the upper";
            }
            axis.init(given, lo, hi, from, Constraint.CHIP_LOAD_MIN, Constraint.CHIP_LOAD_MAX);
            if (given(toolMax)) {
                axis.cap(toolMax, Constraint.CHIP_LOAD_MAX, "chipLoadMm.min", "the tool's chip-load maximum");
            }
            return axis;
        }

        /** Axial depth: milling up to the flute length (ball nose: its radius); turning up to the given maximum. */
        private SearchAxis depthAxis() {
            Range given = in.apMm();
            if (process == Operation.Process.DRILLING) {
                if (!given.isEmpty()) {
                    throw new CalcInputException("apMm", "DRILLING searches no depth: the hole depth changes neither "
                            + "speed nor feed; leave apMm out");
                }
                return null;
            }
            SearchAxis axis = new SearchAxis(SearchVariable.AXIAL_DEPTH, "apMm", "mm");
            double limit = Double.POSITIVE_INFINITY;
            String limitText = null;
            double natural = Double.NaN;
            String from = null;
            if (process == Operation.Process.MILLING) {
                if (given(tool.fluteLengthMm())) {
                    natural = tool.fluteLengthMm();
                    from = "the tool's flute length";
                    limit = natural;
                    limitText = "the tool's flute length";
                }
                if (op == Operation.BALL_NOSE_FINISHING && !(diameter / 2.0 >= limit)) {
                    natural = diameter / 2.0;
                    from = "the ball radius";
                    limit = natural;
                    limitText = "the ball radius";
                }
                if (given(cut.stickOutMm()) && cut.stickOutMm() < limit) {
                    limit = cut.stickOutMm();
                    limitText = "stickOutMm (the holder would be in the cut)";
                    natural = given(natural) ? Math.min(natural, limit) : natural;
                }
            } else if (given(cut.workpieceDiameterMm())) {
                limit = cut.workpieceDiameterMm() / 2.0;
                limitText = "half the workpiece diameter";
            }
            if (given.hasMax() && given.max() > limit) {
                throw new CalcInputException("apMm.max", "apMm.max (" + given.max() + ") must not exceed "
                        + limitText + " (" + Num.of(limit) + " mm)");
            }
            if (given.hasMin() && given.min() > limit) {
                throw new CalcInputException("apMm.min", "apMm.min (" + given.min() + ") must not exceed "
                        + limitText + " (" + Num.of(limit) + " mm)");
            }
            if (!given(natural) && !given.hasMax()) {
                throw new CalcInputException("apMm.max", process == Operation.Process.MILLING
                        ? "the tool has no flute length in the catalog: give apMm.max"
                        : "the insert's usable edge length is not in the catalog: give apMm.max");
            }
            double hi = given.hasMax() ? given.max() : natural;
            String text = from == null ? "a tenth of the upper end" : from + ", lower end a tenth of the upper";
            axis.init(given, hi * DEFAULT_LOWER_FRACTION, natural, text, Constraint.AP_MIN, Constraint.AP_MAX);
            return axis;
        }

        /** Radial depth: side, face and ball-nose milling up to the diameter, high-efficiency milling up to D/2. */
        private SearchAxis widthAxis() {
            Range given = in.aeMm();
            boolean searched = switch (op) {
                case FACE_MILLING, SIDE_MILLING, HIGH_EFFICIENCY_MILLING, BALL_NOSE_FINISHING -> true;
                default -> false;
            };
            if (!searched) {
                if (!given.isEmpty()) {
                    throw new CalcInputException("aeMm", op == Operation.SLOTTING
                            ? "SLOTTING cuts the full tool diameter: leave aeMm out"
                            : op + " has no radial depth: leave aeMm out");
                }
                return null;
            }
            SearchAxis axis = new SearchAxis(SearchVariable.RADIAL_DEPTH, "aeMm", "mm");
            boolean half = op == Operation.HIGH_EFFICIENCY_MILLING;
            double limit = half ? diameter / 2.0 : diameter;
            String limitText = half ? "half the tool diameter in HIGH_EFFICIENCY_MILLING" : "the tool diameter";
            for (String end : new String[] {"max", "min"}) {
                double v = end.equals("max") ? given.max() : given.min();
                if (given(v) && v > limit) {
                    throw new CalcInputException("aeMm." + end, "aeMm." + end + " (" + v + ") must not exceed "
                            + limitText + " (" + Num.of(limit) + " mm)");
                }
            }
            double hi = given.hasMax() ? given.max() : limit;
            axis.init(given, hi * DEFAULT_LOWER_FRACTION, limit, limitText + ", lower end a tenth of the upper",
                    Constraint.AE_MIN, Constraint.AE_MAX);
            return axis;
        }

        /** A surface-finish target caps the turning feed or the ball-nose stepover; elsewhere it cannot be met. */
        private void finishTarget() {
            double ra = targets.surfaceFinishRaUm();
            if (!given(ra)) {
                return;
            }
            Checks.inOpenClosed("targets.surfaceFinishRaUm", ra, 0.0, 100.0);
            String what = "the surface-finish target Ra " + Num.of(ra) + " µm";
            if (process == Operation.Process.TURNING) {
                double radius = tool.cornerRadiusMm();
                if (!given(radius)) {
                    throw new CalcInputException("targets.surfaceFinishRaUm", "the tool has no nose radius in the "
                            + "catalog, so the surface finish cannot be checked");
                }
                if (ra < 125.0 * radius) {
                    axes[H].cap(Roughness.maxFeedForRaMm(ra, radius), Constraint.SURFACE_FINISH_TARGET,
                            "targets.surfaceFinishRaUm", what + " with the " + Num.of(radius) + " mm nose radius");
                }
            } else if (op == Operation.BALL_NOSE_FINISHING) {
                double scallop = ra / (SCALLOP_TO_RA * 1000.0);
                if (scallop < diameter / 2.0) {
                    double stepover = Roughness.stepoverForScallopMm(diameter, scallop) * (1.0 - 1e-12);
                    axes[AE].cap(stepover, Constraint.SURFACE_FINISH_TARGET, "targets.surfaceFinishRaUm",
                            what + " (scallop " + Num.of(scallop * 1000.0) + " µm, Ra ≈ scallop / 4)");
                }
            } else {
                throw new CalcInputException("targets.surfaceFinishRaUm", "the surface finish is modelled for "
                        + "turning, boring and ball-nose finishing only, so a target cannot be met in " + op);
            }
        }

        /** The highest spindle speeds cap the cutting speed at the largest cutting diameter the search uses. */
        private void speedLimits() {
            double cuttingDiameter;
            if (process == Operation.Process.TURNING) {
                cuttingDiameter = cut.workpieceDiameterMm();
                if (!given(cuttingDiameter) || !(cuttingDiameter > 0)) {
                    return;
                }
            } else if (op == Operation.BALL_NOSE_FINISHING) {
                cuttingDiameter = Cutting.effectiveDiameterMm(diameter, axes[AP].hi);
            } else {
                cuttingDiameter = diameter;
            }
            String at = " at the cutting diameter " + Num.of(cuttingDiameter) + " mm";
            if (given(tool.maxRpm()) && tool.maxRpm() > 0) {
                axes[VC].cap(Cutting.cuttingSpeedMPerMin(cuttingDiameter, tool.maxRpm()), Constraint.TOOL_MAX_RPM,
                        "cuttingSpeedMPerMin.min", "the tool's highest spindle speed (" + Num.of(tool.maxRpm())
                        + " rev/min)" + at);
            }
            MachineData machine = base.machine();
            if (machine != null && machine.maxRpm() > 0 && Double.isFinite(machine.maxRpm())) {
                axes[VC].cap(Cutting.cuttingSpeedMPerMin(cuttingDiameter, machine.maxRpm()),
                        Constraint.MACHINE_MAX_RPM, "cuttingSpeedMPerMin.min", "the machine's highest spindle speed ("
                        + Num.of(machine.maxRpm()) + " rev/min)" + at);
            }
        }

        /**
         * One evaluation at the upper corner: lets the engine check everything the optimizer passes through, finds
         * out whether a tool life is known and, for a tool-life target, the Taylor speed that meets it.
         */
        private void probe() {
            double[] u = {1.0, 1.0, 1.0, 1.0};
            SpeedFeedResult r = engine(position(u));
            evaluations++;
            boolean life = given(r.values().toolLifeMin());
            String why = "no Taylor constants are published for " + (tool.substrate() == null ? "HSS (assumed)"
                    : tool.substrate()) + " tools on ISO " + base.material().isoGroup() + " material (docs/"
                    + "calculations.md, Tool life)";
            if (objective == Objective.MIN_COST_PER_PART && !life) {
                throw new CalcInputException("objective", "MIN_COST_PER_PART needs the tool life, and " + why
                        + "; use MAX_REMOVAL_RATE, which needs no tool life");
            }
            double targetLife = targets.toolLifeMin();
            if (given(targetLife)) {
                if (!life) {
                    throw new CalcInputException("targets.toolLifeMin", "the tool-life target cannot be checked: "
                            + why);
                }
                for (Warning w : r.safety().warnings()) {
                    if (w.code() == WarningCode.TOOL_LIFE_TARGET) {
                        axes[VC].cap(w.limit(), Constraint.TOOL_LIFE_TARGET, "targets.toolLifeMin",
                                "the tool-life target of " + Num.of(targetLife) + " min (Taylor)");
                    }
                }
            }
        }

        // -------------------------------------------------------------------------------------------- search

        private void search() {
            int searched = 0;
            for (SearchAxis axis : axes) {
                if (axis != null && axis.searched()) {
                    searched++;
                }
            }
            int[] levels = LEVELS[searched];
            for (int i = 0; i < 4; i++) {
                if (axes[i] != null && axes[i].searched()) {
                    axes[i].levels = levels[i];
                }
            }
            int[] n = new int[4];
            for (int i = 0; i < 4; i++) {
                n[i] = axes[i] == null ? 1 : axes[i].levels;
            }
            double[] u = new double[4];
            for (int a = 0; a < n[VC]; a++) {
                u[VC] = coordinate(a, n[VC]);
                for (int b = 0; b < n[H]; b++) {
                    u[H] = coordinate(b, n[H]);
                    for (int c = 0; c < n[AP]; c++) {
                        u[AP] = coordinate(c, n[AP]);
                        for (int d = 0; d < n[AE]; d++) {
                            u[AE] = coordinate(d, n[AE]);
                            grid.add(evaluate(u));
                        }
                    }
                }
            }
            List<Candidate> starts = new ArrayList<>(STARTS);
            for (int k = 0; k < STARTS; k++) {
                Candidate pick = null;
                for (Candidate c : grid) {
                    if (c.feasible() && !containsSame(starts, c) && better(c, pick)) {
                        pick = c;
                    }
                }
                if (pick == null) {
                    break;
                }
                starts.add(pick);
            }
            for (Candidate start : starts) {
                refine(start);
            }
        }

        private static boolean containsSame(List<Candidate> list, Candidate c) {
            for (Candidate other : list) {
                if (other == c) {
                    return true;
                }
            }
            return false;
        }

        private static double coordinate(int index, int levels) {
            return levels <= 1 ? 0.0 : index == levels - 1 ? 1.0 : (double) index / (levels - 1);
        }

        /** Compass search from {@code start}: best of the ± steps along each variable, halving when none helps. */
        private void refine(Candidate start) {
            Candidate current = start;
            double scale = 1.0;
            int smallest = Integer.MAX_VALUE;
            for (SearchAxis axis : axes) {
                if (axis != null && axis.levels > 1) {
                    smallest = Math.min(smallest, axis.levels);
                }
            }
            if (smallest == Integer.MAX_VALUE) {
                return;
            }
            for (int iteration = 0; iteration < MAX_EVALUATIONS && evaluations < MAX_EVALUATIONS; iteration++) {
                if (scale / (smallest - 1) < MIN_STEP) {
                    return;
                }
                Candidate pick = null;
                for (int i = 0; i < 4; i++) {
                    SearchAxis axis = axes[i];
                    if (axis == null || axis.levels <= 1) {
                        continue;
                    }
                    double step = scale / (axis.levels - 1);
                    for (int sign = -1; sign <= 1; sign += 2) {
                        double[] u = current.u().clone();
                        u[i] = Math.min(1.0, Math.max(0.0, u[i] + sign * step));
                        if (u[i] == current.u()[i]) {
                            continue;
                        }
                        Candidate c = evaluate(u);
                        if (better(c, pick)) {
                            pick = c;
                        }
                    }
                }
                if (pick != null && better(pick, current)) {
                    current = pick;
                } else {
                    scale /= 2.0;
                }
            }
        }

        /** Evaluates a point once; a repeated point is looked up. */
        private Candidate evaluate(double[] u) {
            Key key = new Key(u[VC], u[H], u[AP], u[AE]);
            Candidate known = seen.get(key);
            if (known != null) {
                return known;
            }
            double[] x = position(u);
            SpeedFeedResult r = engine(x);
            evaluations++;
            boolean feasible = feasible(r);
            double value = feasible ? objectiveValue(r.values()) : Double.NaN;
            if (feasible && !(value > 0.0 && Double.isFinite(value))) {
                feasible = false;
            }
            Candidate c = new Candidate(u.clone(), x, r, feasible, value);
            seen.put(key, c);
            if (feasible) {
                feasibleCount++;
                if (better(c, best)) {
                    best = c;
                }
            }
            return c;
        }

        private double[] position(double[] u) {
            double[] x = new double[4];
            for (int i = 0; i < 4; i++) {
                x[i] = axes[i] == null ? Double.NaN : axes[i].at(u[i]);
            }
            return x;
        }

        /** The engine at one point: ap and ae as given, vc and the feed as overrides. */
        private SpeedFeedResult engine(double[] x) {
            double ap = axes[AP] == null ? cut.apMm() : x[AP];
            double ae = axes[AE] == null ? Double.NaN : x[AE];
            double fz = programmedFeed(x[H], ap, ae);
            CutData c = new CutData(ap, ae, cut.stickOutMm(), cut.workpieceDiameterMm(), Double.NaN, cut.flutes(),
                    cut.machineEfficiency());
            SpeedFeedInput input = new SpeedFeedInput(op, base.material(), base.cuttingData(), tool, base.machine(),
                    c, new Overrides(x[VC], fz), targets);
            try {
                return SpeedFeedEngine.calculate(input);
            } catch (CalcInputException e) {
                throw switch (e.field()) {
                    case "overrides.cuttingSpeedMPerMin" -> new CalcInputException("cuttingSpeedMPerMin",
                            e.getMessage());
                    case "overrides.chipLoadMm" -> new CalcInputException("chipLoadMm", e.getMessage());
                    default -> e;
                };
            }
        }

        /**
         * The feed per tooth (drilling: per lip; turning: per revolution) whose chip-load measure is {@code chip}:
         * in milling the largest chip thickness per mm of feed per tooth follows the engine's geometry (radial
         * thinning in side milling, the ball's axial thinning), so the feed is compensated for chip thinning.
         */
        private double programmedFeed(double chip, double ap, double ae) {
            if (process != Operation.Process.MILLING) {
                return chip;
            }
            double perFz = switch (op) {
                case BALL_NOSE_FINISHING -> 1.0 / ChipThickness.roundInsertThinningFactor(diameter, ap);
                case FACE_MILLING -> ChipThickness.maxChipThicknessMm(MillingGeometry.CENTRED_FACE_MILLING, 1.0,
                        diameter, ae, SpeedFeedEngine.ENTERING_ANGLE_DEG);
                case SLOTTING -> ChipThickness.maxChipThicknessMm(MillingGeometry.SLOTTING, 1.0, diameter, diameter,
                        SpeedFeedEngine.ENTERING_ANGLE_DEG);
                default -> ChipThickness.maxChipThicknessMm(MillingGeometry.defaultFor(diameter, ae), 1.0, diameter,
                        ae, SpeedFeedEngine.ENTERING_ANGLE_DEG);
            };
            double fz = chip / perFz;
            return fz * perFz > chip ? Math.nextDown(fz) : fz;
        }

        /** The chip-load measure the engine realised. */
        private double chip(SpeedFeedValues v) {
            return switch (process) {
                case MILLING -> v.maxChipThicknessMm();
                case DRILLING -> v.feedPerToothMm();
                default -> v.feedPerRevMm();
            };
        }

        /** The realised value of variable {@code i}. */
        private double realised(int i, SpeedFeedValues v) {
            return switch (i) {
                case VC -> v.cuttingSpeedMPerMin();
                case H -> chip(v);
                case AP -> v.axialDepthMm();
                default -> v.radialDepthMm();
            };
        }

        /** Not refused, every realised value within its interval, and the targets met. */
        private boolean feasible(SpeedFeedResult r) {
            for (Warning w : r.safety().warnings()) {
                if (w.action() == Action.REFUSED) {
                    return false;
                }
            }
            SpeedFeedValues v = r.values();
            for (int i = 0; i < 4; i++) {
                SearchAxis axis = axes[i];
                if (axis != null) {
                    double x = realised(i, v);
                    if (!(x >= axis.lo * (1.0 - SLACK) && x <= axis.hi * (1.0 + SLACK))) {
                        return false;
                    }
                }
            }
            double life = targets.toolLifeMin();
            if (given(life) && !(v.toolLifeMin() >= life * (1.0 - SLACK))) {
                return false;
            }
            double ra = targets.surfaceFinishRaUm();
            return !(given(ra) && given(v.surfaceFinishRaUm()) && v.surfaceFinishRaUm() > ra * (1.0 + SLACK));
        }

        private double objectiveValue(SpeedFeedValues v) {
            if (objective == Objective.MAX_REMOVAL_RATE) {
                return v.removalRateCm3PerMin();
            }
            return costOf(v).costPerPart();
        }

        /** Gilbert's cost per part for the values of one evaluation (a tool life must be known). */
        private CostBreakdown costOf(SpeedFeedValues v) {
            double life = v.toolLifeMin();
            double cuttingTime = cost.volumeCm3() / v.removalRateCm3PerMin();
            double handling = given(cost.nonCuttingTimeMin()) ? cost.nonCuttingTimeMin() : 0.0;
            double cycle = Economics.cycleTimeMin(handling, cuttingTime, cost.toolChangeTimeMin(), life);
            double total = Economics.costPerPiece(cost.machineRatePerMin(), cycle, cost.toolCostPerEdge(),
                    cuttingTime, life);
            double edges = cuttingTime / life;
            return new CostBreakdown(cuttingTime, life, edges, cycle, cost.machineRatePerMin() * cycle,
                    cost.toolCostPerEdge() * edges, total);
        }

        /**
         * True when {@code a} is strictly preferred to {@code b}: feasible over infeasible, then the objective
         * (beyond the tie tolerance), then the higher safety score, the lower cutting speed, the lower coordinates.
         */
        private boolean better(Candidate a, Candidate b) {
            if (!a.feasible()) {
                return false;
            }
            if (b == null || !b.feasible()) {
                return true;
            }
            double gain = objective == Objective.MAX_REMOVAL_RATE ? a.value() - b.value() : b.value() - a.value();
            double tie = TIE_TOLERANCE * Math.max(Math.abs(a.value()), Math.abs(b.value()));
            if (gain > tie) {
                return true;
            }
            if (gain < -tie) {
                return false;
            }
            double scoreA = a.result().safety().score();
            double scoreB = b.result().safety().score();
            if (Math.abs(scoreA - scoreB) > TIE_TOLERANCE) {
                return scoreA > scoreB;
            }
            double vcA = a.result().values().cuttingSpeedMPerMin();
            double vcB = b.result().values().cuttingSpeedMPerMin();
            if (Math.abs(vcA - vcB) > TIE_TOLERANCE * Math.max(vcA, vcB)) {
                return vcA < vcB;
            }
            for (int i = 0; i < 4; i++) {
                if (a.u()[i] != b.u()[i]) {
                    return a.u()[i] < b.u()[i];
                }
            }
            return false;
        }

        // -------------------------------------------------------------------------------------------- answer

        private OptimizeResult answer() {
            if (best == null) {
                throw infeasible();
            }
            SpeedFeedResult r = best.result();
            SpeedFeedValues v = r.values();
            CostBreakdown breakdown = cost != null && given(v.toolLifeMin()) ? costOf(v) : null;
            List<SearchBound> bounds = new ArrayList<>(4);
            for (SearchAxis axis : axes) {
                if (axis != null) {
                    bounds.add(axis.bound());
                }
            }
            SpeedFeedResult optimum = new SpeedFeedResult(v, r.safety(), meta(r.meta(), v, breakdown));
            String unit = objective == Objective.MAX_REMOVAL_RATE ? "cm³/min" : "currency/part";
            return new OptimizeResult(optimum, objective, best.value(), unit, binding(r), breakdown, bounds,
                    evaluations, feasibleCount);
        }

        /** The constraints within {@link #BINDING_TOLERANCE} of their limits at the optimum. */
        private List<BindingConstraint> binding(SpeedFeedResult r) {
            Map<Constraint, BindingConstraint> found = new EnumMap<>(Constraint.class);
            for (LimitCheck check : r.safety().limits()) {
                Constraint c = switch (check.limit()) {
                    case MACHINE_POWER -> Constraint.SPINDLE_POWER;
                    case MACHINE_TORQUE -> Constraint.SPINDLE_TORQUE;
                    case DEFLECTION -> Constraint.DEFLECTION;
                    case TOOL_MAX_RPM -> Constraint.TOOL_MAX_RPM;
                    case MACHINE_MAX_RPM -> Constraint.MACHINE_MAX_RPM;
                    case TOOL_CHIP_LOAD -> Constraint.CHIP_LOAD_MAX;
                    default -> null;
                };
                if (c != null && check.utilisation() >= 1.0 - BINDING_TOLERANCE) {
                    found.putIfAbsent(c, new BindingConstraint(c, check.actual(), check.limitValue(), check.unit()));
                }
            }
            SpeedFeedValues v = r.values();
            double life = targets.toolLifeMin();
            if (given(life) && v.toolLifeMin() <= life * (1.0 + BINDING_TOLERANCE)) {
                found.putIfAbsent(Constraint.TOOL_LIFE_TARGET, new BindingConstraint(Constraint.TOOL_LIFE_TARGET,
                        v.toolLifeMin(), life, "min"));
            }
            double ra = targets.surfaceFinishRaUm();
            if (given(ra) && given(v.surfaceFinishRaUm()) && v.surfaceFinishRaUm() >= ra * (1.0 - BINDING_TOLERANCE)) {
                found.putIfAbsent(Constraint.SURFACE_FINISH_TARGET, new BindingConstraint(
                        Constraint.SURFACE_FINISH_TARGET, v.surfaceFinishRaUm(), ra, "µm"));
            }
            for (int i = 0; i < 4; i++) {
                SearchAxis axis = axes[i];
                if (axis == null) {
                    continue;
                }
                double x = realised(i, v);
                if (x >= axis.hi * (1.0 - BINDING_TOLERANCE)) {
                    found.putIfAbsent(axis.hiReason, new BindingConstraint(axis.hiReason, x, axis.hi, axis.unit));
                } else if (axis.searched() && x <= axis.lo * (1.0 + BINDING_TOLERANCE)) {
                    found.putIfAbsent(axis.loReason, new BindingConstraint(axis.loReason, x, axis.lo, axis.unit));
                }
            }
            return List.copyOf(found.values());
        }

        /** The engine's meta at the optimum, with the optimizer's notes first and the cost formula added. */
        private SpeedFeedMeta meta(SpeedFeedMeta engine, SpeedFeedValues v, CostBreakdown breakdown) {
            List<String> formulas = new ArrayList<>(engine.formulasUsed());
            List<String> sources = new ArrayList<>(engine.sources());
            List<String> notes = new ArrayList<>();
            List<String> names = new ArrayList<>(4);
            for (SearchAxis axis : axes) {
                if (axis != null && axis.searched()) {
                    names.add(axis.variable.name());
                }
            }
            notes.add("Optimised for " + objective + " by a deterministic search over " + names + " (docs/"
                    + "optimization.md): a logarithmic grid of " + grid.size() + " candidates, then a compass search "
                    + "from the best " + STARTS + "; " + evaluations + " speed-and-feed evaluations, " + feasibleCount
                    + " of them met every limit, bound and target.");
            if (process == Operation.Process.MILLING) {
                notes.add("The chip load searched is the largest chip thickness hex (" + Num.of(chip(v)) + " mm); "
                        + "the feed per tooth the optimizer programs for it (" + Num.of(v.feedPerToothMm()) + " mm) "
                        + "includes any chip-thinning compensation, so the engine's note on a chip-load override "
                        + "programmed as given refers to that feed.");
            }
            if (breakdown != null) {
                formulas.add("machining-cycle-cost");
                addOnce(sources, Sources.S36);
                addOnce(sources, Sources.S33);
                notes.add("Cost per part after Gilbert: Co·(Th + tc) + (Co·Tt + Ct)·tc/T with tc = V/Q = "
                        + Num.of(breakdown.cuttingTimeMin()) + " min and T = " + Num.of(breakdown.toolLifeMin())
                        + " min, the engine's Taylor life at the optimum's cutting speed.");
            } else if (cost != null) {
                notes.add("The cost per part is not reported: no tool life is known for this tool and material.");
            }
            notes.addAll(engine.assumptions());
            return new SpeedFeedMeta(formulas, sources, engine.uncertainty(), notes,
                    VERSION + " / " + engine.engineVersion());
        }

        private static void addOnce(List<String> list, String item) {
            if (!list.contains(item)) {
                list.add(item);
            }
        }

        /** No feasible candidate: says why at the lightest cut searched. */
        private CalcInputException infeasible() {
            Candidate lightest = seen.get(new Key(0.0, 0.0, 0.0, 0.0));
            String reason = "";
            if (lightest != null) {
                for (Warning w : lightest.result().safety().warnings()) {
                    if (w.action() == Action.REFUSED) {
                        reason = " At the lightest cut searched: " + w.message();
                        break;
                    }
                }
                if (reason.isEmpty()) {
                    reason = " At the lightest cut searched the load limits lower the chip load to "
                            + Num.of(chip(lightest.result().values())) + " mm, below chipLoadMm.min ("
                            + Num.of(axes[H].lo) + " mm).";
                }
            }
            String field = axes[AP] != null ? "apMm.min" : "chipLoadMm.min";
            return new CalcInputException(field, "No cut within the bounds meets every limit." + reason
                    + " Lower " + field + (axes[AE] != null ? " or aeMm.min" : "") + ", shorten the stick-out or "
                    + "choose a stronger machine.");
        }
    }

    private static boolean given(double value) {
        return !Double.isNaN(value);
    }

    private static double or(double value, double other) {
        return given(value) ? value : other;
    }

    /** The smaller of the given values; NaN when neither is. */
    private static double minGiven(double a, double b) {
        return !given(a) ? b : !given(b) ? a : Math.min(a, b);
    }

    /** The larger of the given values; NaN when neither is. */
    private static double maxGiven(double a, double b) {
        return !given(a) ? b : !given(b) ? a : Math.max(a, b);
    }
}
