package io.prism.calc.speedfeed;

import io.prism.calc.CalcInputException;
import io.prism.calc.formula.ChipThickness;
import io.prism.calc.formula.Cutting;
import io.prism.calc.formula.Deflection;
import io.prism.calc.formula.Drilling;
import io.prism.calc.formula.DrillingLoads;
import io.prism.calc.formula.Feeds;
import io.prism.calc.formula.ForcePower;
import io.prism.calc.formula.Kienzle;
import io.prism.calc.formula.KienzleCoefficients;
import io.prism.calc.formula.MillingGeometry;
import io.prism.calc.formula.Removal;
import io.prism.calc.formula.Roughness;
import io.prism.calc.formula.Sources;
import io.prism.calc.formula.Threads;
import io.prism.calc.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Recommends cutting speed, spindle speed and feed for one operation and checks them against the machine, the tool
 * and the material; every formula comes from {@link io.prism.calc.formula} (method in docs/calculations.md).
 *
 * <ol>
 *   <li><b>Speed.</b> vc starts at the middle of the material's cutting-data window for the tool material (tapping:
 *       its low end); without one, the tool maker's window for the material's ISO group; without that, the ISO-group
 *       fallback of {@link GroupDefaults} (flagged). A tool-life target lowers vc to the Taylor speed for that life.
 *       n = 1000·vc/(π·D) at the cutting diameter (ball-nose: the effective diameter at ap), clamped by the tool's and
 *       the machine's highest speed.</li>
 *   <li><b>Chip load.</b> From the override, the cutting data (mm or × D), the tool maker's feed range, the tool's
 *       chip-load range, or the ISO-group fallback. In milling the value is the chip thickness to reach: the feed per
 *       tooth is raised by the radial chip-thinning factor when ae &lt; D/2 (and by the axial factor of a ball nose),
 *       and the chip thickness is clamped to the tool's chip-load maximum.</li>
 *   <li><b>Loads.</b> kc by Kienzle at the mean chip thickness; force, net power, spindle power = net/η and spindle
 *       torque; the tip deflection of the tool (or boring bar) under the mean tangential force, a stepped beam where
 *       the flute length is known. The machine offers its rated power capped by its torque curve at n. Power, torque
 *       and deflection all grow as fz^(1 − mc), so when one exceeds its limit the feed is scaled by
 *       (limit/actual)^(1/(1 − mc)) for the tightest one, in one step; if that falls below the minimum chip load,
 *       the minimum is kept and the cut is REFUSED (UNSAFE).</li>
 *   <li><b>Results.</b> Tool life (Taylor, where constants exist), surface finish (turning Ra from fn and the nose
 *       radius; ball-nose scallop), the safety score ({@link SafetyScore}), uncertainty bands ({@link Uncertainty})
 *       and the list of formulas, sources and assumptions.</li>
 * </ol>
 *
 * <p>The evaluation is deterministic and keeps to arithmetic on records; invalid input throws
 * {@link CalcInputException} naming the input field ({@code apMm}, {@code aeMm}, {@code stickOutMm},
 * {@code overrides.chipLoadMm}, …; {@code toolId}, {@code materialId} or {@code machineId} for catalog data that
 * cannot serve). What only explains the result is produced when it is read: the words of assumptions and warnings,
 * and the uncertainty bands, are written on first access to their lists (which are immutable and read the same
 * whenever they are read), so an evaluation whose explanation nobody reads does not pay for it.
 */
public final class SpeedFeedEngine {

    /** Version of the engine's rules, stored with every calculation. */
    public static final String VERSION = "speed-feed 1.0.0";

    /** Machine efficiency when none is given: Mitsubishi's machine coefficient 0.8 [S9] (Kyocera 0.7–0.8 [S22]). */
    public static final double DEFAULT_EFFICIENCY = 0.8;

    /** Default deflection limit of roughing operations, mm (0.001 in; see docs/calculations.md). */
    public static final double ROUGHING_DEFLECTION_LIMIT_MM = 0.025;

    /** Default deflection limit of finishing operations, mm (about half of IT7 at 18–30 mm, ISO 286). */
    public static final double FINISHING_DEFLECTION_LIMIT_MM = 0.010;

    /** Lower end of the chip thickness range the Kienzle law is fitted for, mm (calc-reference §4.1). */
    public static final double KIENZLE_MIN_CHIP_MM = 0.05;

    /** Drill point angle assumed when the tool record has none: 118°, the smaller common angle (higher kc). */
    public static final double DEFAULT_POINT_ANGLE_DEG = 118.0;

    /** Entering angle assumed for every tool: the catalog does not store it; 90° is a square-shoulder edge. */
    public static final double ENTERING_ANGLE_DEG = 90.0;

    /** Without a published chip-load range, the feed may fall to this fraction of its start before a refusal. */
    public static final double MIN_CHIP_FRACTION = 0.5;

    /** Ra ≈ scallop height / 4, the rough conversion quoted by calcady [S19]. */
    static final double SCALLOP_TO_RA = 0.25;

    /** Basis of the bands that follow kc alone. */
    private static final String KC_ONLY = "proportional to kc: the band of the specific cutting force";

    /** Basis of power and torque with the default machine efficiency. */
    private static final String ETA_DEFAULT = "proportional to kc/η: the band of the specific cutting force combined "
            + "in quadrature with η 0.8 (Mitsubishi) against 0.7 (Kyocera's low end), "
            + Fmt.num(Uncertainty.DEFAULT_EFFICIENCY_BAND);

    /** Basis of power and torque with an efficiency the caller gave. */
    private static final String ETA_GIVEN = "proportional to kc/η: the band of the specific cutting force (η as given)";

    /** Where a starting speed came from: the material's cutting data, by the row's operation. */
    private static final String[] FROM_DATA = new String[CuttingDataOperation.values().length];

    /** Where a starting speed came from: the tool maker's data, by ISO group. */
    private static final String[] FROM_MAKER = new String[IsoGroup.values().length];

    /** Where a starting speed came from: the ISO-group default window, by group and tool substrate. */
    private static final String[][] FROM_GROUP = new String[GroupDefaults.values().length][];

    static {
        for (CuttingDataOperation operation : CuttingDataOperation.values()) {
            FROM_DATA[operation.ordinal()] = "the material's cutting data (" + operation + ")";
        }
        for (IsoGroup group : IsoGroup.values()) {
            FROM_MAKER[group.ordinal()] = "the tool maker's data for ISO group " + group
                    + " (the material has no cutting data for this tool material)";
        }
        for (GroupDefaults group : GroupDefaults.values()) {
            FROM_GROUP[group.ordinal()] = new String[ToolSubstrate.values().length];
            for (ToolSubstrate substrate : ToolSubstrate.values()) {
                FROM_GROUP[group.ordinal()][substrate.ordinal()] = "the ISO group " + group + " default window ("
                        + group.representative() + "), as the material has no cutting data for " + substrate
                        + " tools";
            }
        }
    }

    /** Relative margin kept below a load limit after a reduction, so rounding never leaves it exceeded. */
    private static final double BELOW_LIMIT = 1e-9;

    // The formulas and citations the engine records, by their Trace numbers (looked up once, when the class loads).
    private static final int F_BALL_NOSE_EFFECTIVE_CUTTING_SPEED = Trace.formulaId("ball-nose-effective-cutting-speed");
    private static final int F_BALL_NOSE_SCALLOP_HEIGHT = Trace.formulaId("ball-nose-scallop-height");
    private static final int F_BALL_NOSE_STEPOVER_FOR_SCALLOP = Trace.formulaId("ball-nose-stepover-for-scallop");
    private static final int F_CENTRED_FACE_MILLING_MEAN_CHIP_THICKNESS =
            Trace.formulaId("centred-face-milling-mean-chip-thickness");
    private static final int F_CHIP_THINNING_COMPENSATED_FEED = Trace.formulaId("chip-thinning-compensated-feed");
    private static final int F_CUTTING_SPEED_FROM_SPINDLE_SPEED = Trace.formulaId("cutting-speed-from-spindle-speed");
    private static final int F_DRILLING_SANDVIK_LOADS = Trace.formulaId("drilling-sandvik-loads");
    private static final int F_DRILLING_TUNGALOY_LOADS = Trace.formulaId("drilling-tungaloy-loads");
    private static final int F_END_MILL_DEFLECTION = Trace.formulaId("end-mill-deflection");
    private static final int F_FEED_RATE_FROM_FEED_PER_REV = Trace.formulaId("feed-rate-from-feed-per-rev");
    private static final int F_KIENZLE_SPECIFIC_CUTTING_FORCE = Trace.formulaId("kienzle-specific-cutting-force");
    private static final int F_MAX_FEED_FOR_ROUGHNESS = Trace.formulaId("max-feed-for-roughness");
    private static final int F_MILLING_MEAN_TANGENTIAL_FORCE = Trace.formulaId("milling-mean-tangential-force");
    private static final int F_MILLING_NET_POWER = Trace.formulaId("milling-net-power");
    private static final int F_MILLING_TABLE_FEED = Trace.formulaId("milling-table-feed");
    private static final int F_REMOVAL_RATE_DRILLING = Trace.formulaId("removal-rate-drilling");
    private static final int F_REMOVAL_RATE_MILLING = Trace.formulaId("removal-rate-milling");
    private static final int F_REMOVAL_RATE_TURNING = Trace.formulaId("removal-rate-turning");
    private static final int F_ROUND_INSERT_CHIP_THINNING_FACTOR = Trace.formulaId("round-insert-chip-thinning-factor");
    private static final int F_SIDE_MILLING_MAX_CHIP_THICKNESS = Trace.formulaId("side-milling-max-chip-thickness");
    private static final int F_SIDE_MILLING_MEAN_CHIP_THICKNESS = Trace.formulaId("side-milling-mean-chip-thickness");
    private static final int F_SLOTTING_MEAN_CHIP_THICKNESS = Trace.formulaId("slotting-mean-chip-thickness");
    private static final int F_SPINDLE_POWER = Trace.formulaId("spindle-power");
    private static final int F_SPINDLE_SPEED_FROM_CUTTING_SPEED = Trace.formulaId("spindle-speed-from-cutting-speed");
    private static final int F_STEPPED_END_MILL_DEFLECTION = Trace.formulaId("stepped-end-mill-deflection");
    private static final int F_TAPPING_FEED = Trace.formulaId("tapping-feed");
    private static final int F_TAYLOR_CUTTING_SPEED = Trace.formulaId("taylor-cutting-speed");
    private static final int F_TAYLOR_TOOL_LIFE = Trace.formulaId("taylor-tool-life");
    private static final int F_TORQUE_FROM_POWER = Trace.formulaId("torque-from-power");
    private static final int F_TURNING_CHIP_THICKNESS = Trace.formulaId("turning-chip-thickness");
    private static final int F_TURNING_CUTTING_FORCE = Trace.formulaId("turning-cutting-force");
    private static final int F_TURNING_NET_POWER = Trace.formulaId("turning-net-power");
    private static final int F_TURNING_ROUGHNESS = Trace.formulaId("turning-roughness");
    private static final int C_S9 = Trace.citationId(Sources.S9);
    private static final int C_S18 = Trace.citationId(Sources.S18);
    private static final int C_S19 = Trace.citationId(Sources.S19);
    private static final int C_S22 = Trace.citationId(Sources.S22);
    private static final int C_S33 = Trace.citationId(Sources.S33);
    private static final int C_S45 = Trace.citationId(Sources.S45);
    private static final int C_S48 = Trace.citationId(Sources.S48);
    private static final int C_S56 = Trace.citationId(Sources.S56);

    private SpeedFeedEngine() {
    }

    /**
     * Evaluates one operation.
     *
     * @param input the operation, material, cutting data, tool, optional machine, cut, overrides and targets
     * @return values, safety and meta; never null
     * @throws CalcInputException naming the input field when a value is missing, not positive, out of range or
     *     inconsistent (ae &gt; D, ap beyond the flute length, a tool that cannot do the operation, …)
     */
    public static SpeedFeedResult calculate(SpeedFeedInput input) {
        Checks.present("input", input, "a speed-and-feed input");
        if (input.operation() == null) {
            throw new CalcInputException("operation", "operation (null) must be one of "
                    + Arrays.toString(Operation.values()));
        }
        return new Evaluation(input, input.operation()).run();
    }

    /** The loads at one feed. */
    private record Loads(double meanChipMm, double maxChipMm, double kcNPerMm2, double cuttingForceN,
            double thrustForceN, double netPowerKw, double spindlePowerKw, double torqueNm,
            double deflectionMm, double feedRateMmPerMin, double removalRateCm3PerMin, double methodTorqueBand) {
    }

    /** One evaluation's working state. */
    private static final class Evaluation {

        private final SpeedFeedInput in;
        private final Operation op;
        private final Operation.Process process;
        private final ToolData tool;
        private final CutData cut;
        private final MachineData machine;
        private final GroupDefaults group;
        private final Trace trace = new Trace();

        private ToolSubstrate substrate;
        private double diameter = Double.NaN;
        private double cuttingDiameter;
        private double ap = Double.NaN;
        private double ae = Double.NaN;
        private double stickOut = Double.NaN;
        private double barDiameter = Double.NaN;
        private double pitch = Double.NaN;
        private int teeth = 1;
        private double efficiency;
        private boolean defaultEfficiency;
        private double kc11;
        private double mc;
        private boolean kcFallback;
        private boolean groupDataUsed;
        private TaylorPair taylor;
        private double vc;
        private double n;
        private double hexPerFz;
        private double hmPerFz;
        private double chipPerFz;
        private double pointAngle = DEFAULT_POINT_ANGLE_DEG;
        private double fz;
        private double chipFloor;
        private double deflectionLimit = Double.NaN;
        private double raUm = Double.NaN;
        private double scallopMm = Double.NaN;

        Evaluation(SpeedFeedInput in, Operation op) {
            this.in = in;
            this.op = op;
            this.process = op.process();
            this.tool = in.tool();
            this.cut = in.cut();
            this.machine = in.machine();
            this.group = GroupDefaults.of(in.material().isoGroup());
        }

        SpeedFeedResult run() {
            validate();
            constants();
            speed();
            if (process == Operation.Process.TAPPING) {
                return tapping();
            }
            feed();
            Loads loads = limits(loads(fz));
            return result(loads);
        }

        // ---------------------------------------------------------------------------------------- validation

        private void validate() {
            if (!op.accepts(tool.type())) {
                throw new CalcInputException("operation", "operation " + op + " needs a tool of type "
                        + op.toolTypes() + "; the tool is a " + tool.type());
            }
            substrate = tool.substrate();
            if (substrate == null) {
                substrate = ToolSubstrate.HSS;
                trace.assume("The tool's material is not in the catalog: HSS is assumed, the slower and more "
                        + "flexible choice (lower cutting speed, lower Young's modulus).");
                trace.lowerQuality(SafetyScore.UNKNOWN_SUBSTRATE);
            }
            checkCatalog();
            switch (process) {
                case MILLING -> validateMilling();
                case DRILLING, TAPPING -> validateHole();
                case TURNING -> validateTurning();
            }
            Overrides o = in.overrides();
            optional("overrides.cuttingSpeedMPerMin", o.cuttingSpeedMPerMin(), 10_000.0);
            optional("overrides.chipLoadMm", o.chipLoadMm(), 5.0);
            Targets t = in.targets();
            optional("targets.toolLifeMin", t.toolLifeMin(), 1e6);
            optional("targets.surfaceFinishRaUm", t.surfaceFinishRaUm(), 100.0);
            optional("targets.maxDeflectionMm", t.maxDeflectionMm(), 10.0);
            if (given(cut.machineEfficiency())) {
                efficiency = Checks.inOpenClosed("machineEfficiency", cut.machineEfficiency(), 0.0, 1.0);
            } else {
                efficiency = DEFAULT_EFFICIENCY;
                defaultEfficiency = true;
                trace.source(C_S9);
                trace.source(C_S22);
            }
        }

        /** Catalog values that cannot serve are reported against the id that named the row. */
        private void checkCatalog() {
            WorkMaterial m = in.material();
            if (given(m.kc11NPerMm2()) && !(m.kc11NPerMm2() > 0 && m.kc11NPerMm2() <= 20_000)) {
                throw new CalcInputException("materialId", "the material's kc1.1 (" + m.kc11NPerMm2()
                        + " N/mm²) must be in (0, 20000]");
            }
            if (given(m.mc()) && !(m.mc() >= 0 && m.mc() < 1)) {
                throw new CalcInputException("materialId", "the material's mc (" + m.mc() + ") must be in [0, 1)");
            }
            toolValue(tool.diameterMm());
            toolValue(tool.fluteLengthMm());
            toolValue(tool.cornerRadiusMm());
            toolValue(tool.maxRpm());
            toolValue(tool.chipLoadMinMm());
            toolValue(tool.chipLoadMaxMm());
            if (given(tool.pointAngleDeg()) && !(tool.pointAngleDeg() > 0 && tool.pointAngleDeg() <= 180)) {
                throw new CalcInputException("toolId", "the tool's point angle (" + tool.pointAngleDeg()
                        + "°) must be in (0, 180]");
            }
            if (machine != null && !(machine.maxRpm() > 0 && Double.isFinite(machine.maxRpm()))) {
                throw new CalcInputException("machineId", "the machine's highest speed (" + machine.maxRpm()
                        + " rev/min) must be > 0");
            }
            if (cut.flutes() < 0 || cut.flutes() > 500) {
                throw new CalcInputException("flutes", "flutes (" + cut.flutes() + ") must be in [1, 500]");
            }
        }

        /** A number of the tool record: absent (NaN) or a finite positive number. */
        private static void toolValue(double v) {
            if (given(v) && !(v > 0 && Double.isFinite(v))) {
                throw new CalcInputException("toolId", "the tool record holds a value that is not a positive "
                        + "number (" + v + ")");
            }
        }

        private void validateMilling() {
            diameter = toolDiameter();
            teeth = cut.flutes() > 0 ? cut.flutes() : tool.flutes();
            if (teeth <= 0) {
                throw new CalcInputException("flutes", "the tool has no flute count in the catalog: give flutes, the "
                        + "number of effective teeth");
            }
            ap = required("apMm", cut.apMm(), 1000.0);
            withinFluteLength();
            if (op == Operation.BALL_NOSE_FINISHING && ap > diameter / 2.0) {
                throw new CalcInputException("apMm", "apMm (" + ap + ") must not exceed the ball radius ("
                        + diameter / 2.0 + " mm) in BALL_NOSE_FINISHING");
            }
            if (op == Operation.SLOTTING) {
                if (given(cut.aeMm())) {
                    Checks.positive("aeMm", cut.aeMm());
                    if (Math.abs(cut.aeMm() - diameter) > 1e-9 * diameter) {
                        throw new CalcInputException("aeMm", "aeMm (" + cut.aeMm() + ") must equal the tool "
                                + "diameter (" + diameter + " mm) in SLOTTING, or be left out");
                    }
                }
                ae = diameter;
            } else {
                ae = required("aeMm", cut.aeMm(), 3000.0);
                if (ae > diameter) {
                    throw new CalcInputException("aeMm", "aeMm (" + ae + ") must not exceed the tool diameter ("
                            + diameter + " mm)");
                }
                if (op == Operation.HIGH_EFFICIENCY_MILLING && ae > diameter / 2.0) {
                    throw new CalcInputException("aeMm", "aeMm (" + ae + ") must not exceed half the tool diameter ("
                            + diameter / 2.0 + " mm) in HIGH_EFFICIENCY_MILLING; use SIDE_MILLING for wider cuts");
                }
            }
            stickOut = required("stickOutMm", cut.stickOutMm(), 2000.0);
            if (stickOut < ap) {
                throw new CalcInputException("stickOutMm", "stickOutMm (" + stickOut + ") must be at least apMm ("
                        + ap + "): the holder would be in the cut");
            }
        }

        private void validateHole() {
            diameter = toolDiameter();
            ap = optional("apMm", cut.apMm(), 1000.0);
            if (given(ap)) {
                withinFluteLength();
            }
            if (process == Operation.Process.DRILLING) {
                teeth = cut.flutes() > 0 ? cut.flutes() : tool.flutes() > 0 ? tool.flutes() : 2;
                if (cut.flutes() <= 0 && tool.flutes() <= 0) {
                    trace.assume("The drill's flute count is not in the catalog: two lips are assumed.");
                }
                if (teeth != 2) {
                    trace.assume(() -> "The Sandvik drilling loads assume two lips; this drill has " + teeth + ".");
                }
                return;
            }
            if (given(cut.pitchMm())) {
                pitch = Checks.positive("pitchMm", cut.pitchMm());
                if (pitch >= diameter) {
                    throw new CalcInputException("pitchMm", "pitchMm (" + pitch + ") must be smaller than the tap "
                            + "diameter (" + diameter + " mm)");
                }
            } else {
                OptionalDouble coarse = Threads.coarsePitchMm(diameter);
                if (coarse.isEmpty()) {
                    throw new CalcInputException("pitchMm", "pitchMm is required: the tap diameter (" + diameter
                            + " mm) is not an ISO metric coarse size");
                }
                pitch = coarse.getAsDouble();
                trace.assume(() -> "Pitch " + Fmt.num(pitch) + " mm: the ISO 261 coarse pitch of M" + Fmt.num(diameter)
                        + ".");
            }
        }

        private void validateTurning() {
            double dm = required("workpieceDiameterMm", cut.workpieceDiameterMm(), 5000.0);
            ap = required("apMm", cut.apMm(), 1000.0);
            if (ap > dm / 2.0) {
                throw new CalcInputException("apMm", "apMm (" + ap + ") must not exceed half the workpiece "
                        + "diameter (" + dm / 2.0 + " mm)");
            }
            cuttingDiameter = dm;
            if (op != Operation.BORING) {
                return;
            }
            stickOut = required("stickOutMm", cut.stickOutMm(), 2000.0);
            if (tool.type() == ToolType.BORING_BAR && given(tool.diameterMm())) {
                barDiameter = tool.diameterMm();
                if (barDiameter >= dm) {
                    throw new CalcInputException("workpieceDiameterMm", "workpieceDiameterMm (" + dm
                            + ") must exceed the boring bar diameter (" + barDiameter + " mm)");
                }
            } else {
                trace.assume("The boring bar's diameter is not known: its deflection is not checked.");
            }
        }

        private double toolDiameter() {
            if (!given(tool.diameterMm())) {
                throw new CalcInputException("toolId", "the tool has no diameter in the catalog; " + op
                        + " needs one");
            }
            return tool.diameterMm();
        }

        private void withinFluteLength() {
            if (given(tool.fluteLengthMm())) {
                if (ap > tool.fluteLengthMm()) {
                    throw new CalcInputException("apMm", "apMm (" + ap + ") must not exceed the tool's flute length ("
                            + tool.fluteLengthMm() + " mm)");
                }
            } else {
                trace.assume("The tool's flute length is not in the catalog: ap is not checked against it.");
            }
        }

        // ---------------------------------------------------------------------------------- material constants

        private void constants() {
            WorkMaterial m = in.material();
            if (given(m.kc11NPerMm2())) {
                kc11 = m.kc11NPerMm2();
                if (given(m.mc())) {
                    mc = m.mc();
                } else {
                    mc = group.mc();
                    trace.assume(() -> "The material gives kc1.1 without mc: mc " + Fmt.num(mc) + " of the ISO group "
                            + group + " default (" + group.representative() + ") is used.");
                }
            } else {
                kc11 = group.kc11();
                mc = group.mc();
                kcFallback = true;
                trace.assume(() -> "The material has no Kienzle constants: kc1.1 " + Fmt.num(kc11) + " N/mm², mc "
                        + Fmt.num(mc) + " of the ISO group " + group + " default (" + group.representative()
                        + ", ISCAR VDI 3323) are used, with the uncertainty of the whole group.");
                trace.lowerQuality(SafetyScore.FALLBACK_KIENZLE);
                trace.source(C_S45);
            }
            trace.assume("Entering angle 90° and rake angle 0° (the reference of the ISCAR kc1.1 values): the "
                    + "catalog stores neither.");
            if (!in.material().verified()) {
                trace.lowerQuality(SafetyScore.UNVERIFIED_ROW);
                trace.assume("The material row is not verified against its source.");
            }
            if (!tool.verified()) {
                trace.lowerQuality(SafetyScore.UNVERIFIED_ROW);
                trace.assume("The tool row is not verified against its source.");
            }
        }

        // --------------------------------------------------------------------------------------------- speed

        private void speed() {
            double vc0 = startSpeed();
            taylor = process == Operation.Process.TAPPING ? null : TaylorPair.of(substrate, in.material().isoGroup());
            double targetLife = in.targets().toolLifeMin();
            if (given(targetLife)) {
                if (taylor == null) {
                    trace.assume(() -> "The tool-life target is not applied: no Taylor constants are published for "
                            + substrate + " tools on ISO " + in.material().isoGroup() + " material.");
                } else {
                    double vcLife = taylor.speedForLifeMPerMin(targetLife);
                    trace.formula(F_TAYLOR_CUTTING_SPEED);
                    if (vc0 > vcLife) {
                        double from = vc0;
                        trace.warn(WarningCode.TOOL_LIFE_TARGET, vcLife, from, "m/min", Action.REDUCED,
                                () -> "Cutting speed lowered from " + Fmt.num(from) + " to " + Fmt.num(vcLife)
                                + " m/min so that the tool lasts " + Fmt.num(targetLife) + " min (Taylor).");
                        trace.bind(Limit.TOOL_LIFE_TARGET);
                        vc0 = vcLife;
                    }
                }
            }
            if (op == Operation.BALL_NOSE_FINISHING) {
                cuttingDiameter = Cutting.effectiveDiameterMm(diameter, ap);
                trace.formula(F_BALL_NOSE_EFFECTIVE_CUTTING_SPEED);
            } else if (process != Operation.Process.TURNING) {
                cuttingDiameter = diameter;
            }
            n = Cutting.spindleSpeedRpm(cuttingDiameter, vc0);
            trace.formula(F_SPINDLE_SPEED_FROM_CUTTING_SPEED);
            boolean clamped = false;
            if (given(tool.maxRpm()) && n > tool.maxRpm()) {
                double asked = n;
                double max = tool.maxRpm();
                trace.warn(WarningCode.TOOL_MAX_RPM, max, asked, "rev/min", Action.CLAMPED,
                        () -> "Spindle speed " + Fmt.num(asked) + " rev/min clamped to the tool's maximum "
                        + Fmt.num(max) + " rev/min.");
                trace.bind(Limit.TOOL_MAX_RPM);
                n = tool.maxRpm();
                clamped = true;
            }
            if (machine != null && n > machine.maxRpm()) {
                double asked = n;
                double max = machine.maxRpm();
                trace.warn(WarningCode.MACHINE_MAX_RPM, max, asked, "rev/min", Action.CLAMPED,
                        () -> "Spindle speed " + Fmt.num(asked) + " rev/min clamped to the machine's maximum "
                        + Fmt.num(max) + " rev/min.");
                trace.bind(Limit.MACHINE_MAX_RPM);
                n = machine.maxRpm();
                clamped = true;
            }
            vc = vc0;
            if (clamped) {
                vc = Cutting.cuttingSpeedMPerMin(cuttingDiameter, n);
                trace.formula(F_CUTTING_SPEED_FROM_SPINDLE_SPEED);
            }
            if (given(tool.maxRpm())) {
                trace.check(Limit.TOOL_MAX_RPM, tool.maxRpm(), n, "rev/min");
            }
            if (machine != null) {
                trace.check(Limit.MACHINE_MAX_RPM, machine.maxRpm(), n, "rev/min");
            }
        }

        /** The starting cutting speed: override, cutting data, tool maker's window, ISO-group fallback. */
        private double startSpeed() {
            CuttingWindow data = in.cuttingData();
            double override = in.overrides().cuttingSpeedMPerMin();
            if (given(override)) {
                if (data != null && data.hasSpeed()) {
                    double low = or(data.vcMinMPerMin(), data.vcMaxMPerMin());
                    double high = or(data.vcMaxMPerMin(), data.vcMinMPerMin());
                    if (override < low || override > high) {
                        double bound = override < low ? low : high;
                        trace.warn(WarningCode.CUTTING_SPEED_OUTSIDE_DATA, bound, override, "m/min", Action.NOTED,
                                () -> "The cutting-speed override " + Fmt.num(override) + " m/min lies outside the "
                                + "published window " + Fmt.num(low) + "–" + Fmt.num(high)
                                + " m/min; it is used as given.");
                    }
                }
                return override;
            }
            if (data != null && data.hasSpeed()) {
                if (data.toolMaterial() != substrate) {
                    trace.assume(() -> "No cutting data for " + substrate + " tools: the " + data.toolMaterial()
                            + " data of the material is used (a substrate that runs no faster).");
                }
                if (!data.verified()) {
                    trace.lowerQuality(SafetyScore.UNVERIFIED_ROW);
                    trace.assume("The cutting-data row is not verified against its source.");
                }
                return pick(data.vcMinMPerMin(), data.vcMaxMPerMin(), FROM_DATA[data.operation().ordinal()]);
            }
            ToolData.Recommendation rec = tool.recommendation();
            if (rec != null && rec.isoGroup() == in.material().isoGroup()
                    && (given(rec.vcMinMPerMin()) || given(rec.vcMaxMPerMin()))) {
                return pick(rec.vcMinMPerMin(), rec.vcMaxMPerMin(), FROM_MAKER[rec.isoGroup().ordinal()]);
            }
            double[] window = group.speedWindow(substrate, process);
            if (window == null) {
                throw new CalcInputException("overrides.cuttingSpeedMPerMin", "no cutting speed is known for "
                        + substrate + " tools on ISO " + in.material().isoGroup() + " material: give "
                        + "overrides.cuttingSpeedMPerMin");
            }
            useGroupData();
            boolean drilling = process == Operation.Process.DRILLING;
            if (substrate.carbideFamily() && (drilling
                    || process == Operation.Process.TURNING && group.turningBorrowsMilling())) {
                trace.assume(() -> "calc-reference §14 has no carbide " + (drilling ? "drilling" : "turning")
                        + " speed for the ISO group " + group + " default: its milling window is used.");
            }
            trace.source(substrate.carbideFamily() ? C_S48 : C_S56);
            return pick(window[0], window[1], FROM_GROUP[group.ordinal()][substrate.ordinal()]);
        }

        /** The middle of a window (tapping: its low end), noting where it came from. */
        private double pick(double min, double max, String from) {
            double low = or(min, max);
            double high = or(max, min);
            if (process == Operation.Process.TAPPING) {
                trace.assume(() -> "Tapping speed: the low end (" + Fmt.num(low) + " m/min) of " + from + "; the "
                        + "consulted sources give no tapping speeds.");
                return low;
            }
            double mid = (low + high) / 2.0;
            trace.assume(() -> "Cutting speed " + Fmt.num(mid) + " m/min: the middle of " + Fmt.num(low) + "–"
                    + Fmt.num(high) + " m/min from " + from + ".");
            return mid;
        }

        private void useGroupData() {
            if (!groupDataUsed) {
                groupDataUsed = true;
                trace.lowerQuality(SafetyScore.FALLBACK_CUTTING_DATA);
            }
        }

        // ---------------------------------------------------------------------------------------------- feed

        private void feed() {
            geometry();
            Overrides o = in.overrides();
            double chip;
            double[] window = null;
            if (given(o.chipLoadMm())) {
                double programmed = o.chipLoadMm();
                fz = programmed;
                chip = fz * chipPerFz;
                trace.assume(() -> "Chip load override " + Fmt.num(programmed) + " mm programmed as given (no "
                        + "chip-thinning compensation).");
            } else {
                window = chipWindow();
                double target = (window[0] + window[1]) / 2.0;
                chip = target;
                fz = feedFor(chip);
                if (process == Operation.Process.MILLING && hexPerFz < 1.0) {
                    double compensated = fz;
                    double factor = 1.0 / hexPerFz;
                    trace.formula(F_CHIP_THINNING_COMPENSATED_FEED);
                    trace.assume(() -> "Feed per tooth " + Fmt.num(compensated) + " mm compensates chip thinning so "
                            + "that the chip reaches " + Fmt.num(target) + " mm (factor " + Fmt.num(factor) + ").");
                }
            }
            double max = chipMax();
            double min = chipMin();
            if (given(max)) {
                if (chip > max) {
                    double asked = chip;
                    trace.warn(WarningCode.CHIP_LOAD_MAX, max, asked, "mm", Action.CLAMPED,
                            () -> "Chip load " + Fmt.num(asked) + " mm clamped to the tool's maximum " + Fmt.num(max)
                            + " mm.");
                    trace.bind(Limit.TOOL_CHIP_LOAD);
                    chip = max;
                    fz = feedFor(chip);
                }
            }
            if (given(min) && chip < min) {
                double low = chip;
                trace.warn(WarningCode.CHIP_LOAD_MIN, min, low, "mm", Action.NOTED,
                        () -> "Chip load " + Fmt.num(low) + " mm is below the tool's minimum " + Fmt.num(min)
                        + " mm: the edge may rub rather than cut.");
            }
            chipFloor = floor(min, max, window, chip);
            if (process == Operation.Process.TURNING) {
                finishTarget();
            }
        }

        /** The feed per tooth whose chip-load measure is {@code chip}, rounded so it never exceeds {@code chip}. */
        private double feedFor(double chip) {
            double feed = chip / chipPerFz;
            return feed * chipPerFz > chip ? Math.nextDown(feed) : feed;
        }

        /** Chip thickness (and the tool's chip-load measure) per mm of feed per tooth, for the operation. */
        private void geometry() {
            switch (process) {
                case MILLING -> {
                    if (op == Operation.BALL_NOSE_FINISHING) {
                        double thinning = ChipThickness.roundInsertThinningFactor(diameter, ap);
                        trace.formula(F_ROUND_INSERT_CHIP_THINNING_FACTOR);
                        double radial = Math.min(ae, cuttingDiameter);
                        hexPerFz = 1.0 / thinning;
                        hmPerFz = hexPerFz * ChipThickness.meanChipThicknessSideMillingMm(1.0, cuttingDiameter,
                                radial, ENTERING_ANGLE_DEG);
                        trace.formula(F_SIDE_MILLING_MEAN_CHIP_THICKNESS);
                        trace.assume("Ball-nose chip: the axial thinning of the ball (round-insert relation, D → "
                                + "ball diameter, ae → ap), then the side-milling shape at the effective diameter "
                                + "with the stepover as radial depth.");
                    } else {
                        MillingGeometry g = switch (op) {
                            case FACE_MILLING -> MillingGeometry.CENTRED_FACE_MILLING;
                            case SLOTTING -> MillingGeometry.SLOTTING;
                            default -> MillingGeometry.defaultFor(diameter, ae);
                        };
                        hexPerFz = ChipThickness.maxChipThicknessMm(g, 1.0, diameter, ae, ENTERING_ANGLE_DEG);
                        hmPerFz = ChipThickness.meanChipThicknessMm(g, 1.0, diameter, ae, ENTERING_ANGLE_DEG);
                        trace.formula(switch (g) {
                            case SIDE_MILLING -> F_SIDE_MILLING_MEAN_CHIP_THICKNESS;
                            case CENTRED_FACE_MILLING -> F_CENTRED_FACE_MILLING_MEAN_CHIP_THICKNESS;
                            case SLOTTING -> F_SLOTTING_MEAN_CHIP_THICKNESS;
                        });
                        if (g == MillingGeometry.SIDE_MILLING) {
                            trace.formula(F_SIDE_MILLING_MAX_CHIP_THICKNESS);
                        }
                    }
                    chipPerFz = hexPerFz;
                }
                case DRILLING -> {
                    if (given(tool.pointAngleDeg())) {
                        pointAngle = tool.pointAngleDeg();
                    } else {
                        trace.assume("Drill point angle 118° (not in the catalog): the smaller common angle, which "
                                + "gives the thinner chip and the higher kc.");
                    }
                    hexPerFz = teeth * Drilling.chipThicknessMm(1.0, pointAngle);
                    hmPerFz = hexPerFz;
                    chipPerFz = 1.0;
                }
                default -> {
                    hexPerFz = ChipThickness.turningChipThicknessMm(1.0, ENTERING_ANGLE_DEG);
                    hmPerFz = hexPerFz;
                    chipPerFz = 1.0;
                    trace.formula(F_TURNING_CHIP_THICKNESS);
                }
            }
        }

        /** The published chip-load window {min, max} the starting chip load comes from. */
        private double[] chipWindow() {
            CuttingWindow data = in.cuttingData();
            boolean perTooth = process != Operation.Process.TURNING;
            boolean inMm = data != null && (given(data.fzMinMm()) || given(data.fzMaxMm()));
            if (inMm || data != null && perTooth && data.hasFeed()) {
                // a feed per diameter refers to the tool diameter, which only rotating tools have
                double[] w = inMm
                        ? new double[] {or(data.fzMinMm(), data.fzMaxMm()), or(data.fzMaxMm(), data.fzMinMm())}
                        : new double[] {or(data.fzMinPerDiameter(), data.fzMaxPerDiameter()) * diameter,
                            or(data.fzMaxPerDiameter(), data.fzMinPerDiameter()) * diameter};
                trace.assume(() -> "Chip load from the material's cutting data: " + Fmt.num(w[0]) + "–" + Fmt.num(w[1])
                        + " mm" + (perTooth ? " per tooth" : " per revolution") + ", middle taken.");
                return w;
            }
            ToolData.Recommendation rec = tool.recommendation();
            if (!perTooth && rec != null && (given(rec.feedPerRevMinMm()) || given(rec.feedPerRevMaxMm()))) {
                double[] w = {or(rec.feedPerRevMinMm(), rec.feedPerRevMaxMm()),
                    or(rec.feedPerRevMaxMm(), rec.feedPerRevMinMm())};
                trace.assume(() -> "Feed per revolution from the tool maker's range " + Fmt.num(w[0]) + "–"
                        + Fmt.num(w[1]) + " mm, middle taken.");
                return w;
            }
            if (given(tool.chipLoadMinMm()) || given(tool.chipLoadMaxMm())) {
                double[] w = {or(tool.chipLoadMinMm(), tool.chipLoadMaxMm()),
                    or(tool.chipLoadMaxMm(), tool.chipLoadMinMm())};
                trace.assume(() -> "Chip load from the tool's range " + Fmt.num(w[0]) + "–" + Fmt.num(w[1])
                        + " mm, middle taken.");
                return w;
            }
            double[] perDiameter = group.feedPerDiameter();
            if (process == Operation.Process.MILLING && perDiameter != null) {
                useGroupData();
                trace.source(C_S48);
                double[] w = {perDiameter[0] * diameter, perDiameter[1] * diameter};
                trace.assume(() -> "Chip load from the ISO group " + group + " default " + Fmt.num(perDiameter[0]) + "–"
                        + Fmt.num(perDiameter[1]) + " × D (ISCAR Multi-Master start values), middle taken.");
                return w;
            }
            throw new CalcInputException("overrides.chipLoadMm", "no chip load is known for this tool on this "
                    + "material (no cutting data, no tool range): give overrides.chipLoadMm");
        }

        /** The tool's chip-load maximum in the measure compared (turning: the maker's feed range if no chip load). */
        private double chipMax() {
            if (given(tool.chipLoadMaxMm())) {
                return tool.chipLoadMaxMm();
            }
            ToolData.Recommendation rec = tool.recommendation();
            return process == Operation.Process.TURNING && rec != null ? rec.feedPerRevMaxMm() : Double.NaN;
        }

        private double chipMin() {
            if (given(tool.chipLoadMinMm())) {
                return tool.chipLoadMinMm();
            }
            ToolData.Recommendation rec = tool.recommendation();
            return process == Operation.Process.TURNING && rec != null ? rec.feedPerRevMinMm() : Double.NaN;
        }

        /** The smallest chip load a load limit may reduce to before the cut is refused. */
        private double floor(double min, double max, double[] window, double chip) {
            double f;
            if (given(min) && (!given(max) || min < max)) {
                f = min;
            } else if (window != null && window[0] < window[1]) {
                f = window[0];
            } else {
                f = MIN_CHIP_FRACTION * chip;
                trace.assume("No chip-load range is published: a load limit may lower the chip load to half its "
                        + "start value before the cut is refused.");
            }
            return Math.min(f, chip);
        }

        /** Turning, boring: a surface-finish target caps the feed per revolution. */
        private void finishTarget() {
            double target = in.targets().surfaceFinishRaUm();
            if (!given(target)) {
                return;
            }
            double radius = tool.cornerRadiusMm();
            if (!given(radius)) {
                trace.assume("The surface-finish target is not applied: the tool has no nose radius in the catalog.");
                return;
            }
            if (target >= 125.0 * radius) {
                return;
            }
            double limitFn = Roughness.maxFeedForRaMm(target, radius);
            trace.formula(F_MAX_FEED_FOR_ROUGHNESS);
            if (fz > limitFn) {
                double before = Roughness.turningRaUm(Math.min(fz, 2.0 * radius), radius);
                double asked = fz;
                trace.warn(WarningCode.SURFACE_FINISH_TARGET, target, before, "µm", Action.REDUCED,
                        () -> "Feed " + Fmt.num(asked) + " mm/rev lowered to " + Fmt.num(limitFn) + " mm/rev for Ra "
                        + Fmt.num(target) + " µm with a " + Fmt.num(radius) + " mm nose radius.");
                trace.bind(Limit.SURFACE_FINISH_TARGET);
                fz = limitFn;
                chipFloor = Math.min(chipFloor, fz);
            }
        }

        // --------------------------------------------------------------------------------------------- loads

        private Loads loads(double feedPerTooth) {
            return switch (process) {
                case MILLING -> millingLoads(feedPerTooth);
                case DRILLING -> drillingLoads(feedPerTooth);
                default -> turningLoads(feedPerTooth);
            };
        }

        private Loads millingLoads(double feedPerTooth) {
            double hm = feedPerTooth * hmPerFz;
            double hex = feedPerTooth * hexPerFz;
            double kc = Kienzle.specificCuttingForceNPerMm2(kc11, mc, hm);
            trace.formula(F_KIENZLE_SPECIFIC_CUTTING_FORCE);
            double vf = Feeds.tableFeedMmPerMin(feedPerTooth, teeth, n);
            trace.formula(F_MILLING_TABLE_FEED);
            double radial = Math.min(ae, cuttingDiameter);
            double force = ForcePower.millingMeanTangentialForceN(kc, ap, radial, feedPerTooth, teeth,
                    cuttingDiameter);
            trace.formula(F_MILLING_MEAN_TANGENTIAL_FORCE);
            double net = ForcePower.millingNetPowerKw(ap, ae, vf, kc);
            trace.formula(F_MILLING_NET_POWER);
            double removal = Removal.millingCm3PerMin(ap, ae, vf);
            trace.formula(F_REMOVAL_RATE_MILLING);
            return spindle(hm, hex, kc, force, Double.NaN, net, millingDeflection(force), vf, removal, 0.0);
        }

        /**
         * Tip deflection under the mean tangential force: a stepped beam (shank of the tool diameter, fluted part of
         * k·D) when the flute length is known and shorter than the stick-out, else the whole stick-out as fluted
         * (a face mill's body as a plain shank).
         */
        private double millingDeflection(double force) {
            double e = substrate.youngsModulusNPerMm2();
            if (tool.type() == ToolType.FACE_MILL) {
                trace.formula(F_END_MILL_DEFLECTION);
                return Deflection.endMillDeflectionMm(force, stickOut, diameter, Deflection.PLAIN_SHANK_FACTOR, e);
            }
            double fluted = tool.fluteLengthMm();
            if (given(fluted) && fluted < stickOut) {
                trace.formula(F_STEPPED_END_MILL_DEFLECTION);
                return Deflection.steppedEndMillDeflectionMm(force, stickOut, fluted, diameter, diameter,
                        Deflection.DEFAULT_FLUTED_DIAMETER_FACTOR, e);
            }
            trace.formula(F_END_MILL_DEFLECTION);
            return Deflection.endMillDeflectionMm(force, stickOut, diameter, Deflection.DEFAULT_FLUTED_DIAMETER_FACTOR,
                    e);
        }

        private Loads turningLoads(double feedPerRev) {
            double kc = Kienzle.specificCuttingForceNPerMm2(kc11, mc, feedPerRev * hmPerFz);
            trace.formula(F_KIENZLE_SPECIFIC_CUTTING_FORCE);
            double force = ForcePower.turningCuttingForceN(kc, ap, feedPerRev);
            trace.formula(F_TURNING_CUTTING_FORCE);
            double net = ForcePower.turningNetPowerKw(vc, ap, feedPerRev, kc);
            trace.formula(F_TURNING_NET_POWER);
            double vf = Feeds.feedRateMmPerMin(feedPerRev, n);
            trace.formula(F_FEED_RATE_FROM_FEED_PER_REV);
            double removal = Removal.turningCm3PerMin(vc, ap, feedPerRev);
            trace.formula(F_REMOVAL_RATE_TURNING);
            double deflection = Double.NaN;
            if (given(barDiameter)) {
                deflection = Deflection.endMillDeflectionMm(force, stickOut, barDiameter,
                        Deflection.PLAIN_SHANK_FACTOR, substrate.youngsModulusNPerMm2());
                trace.formula(F_END_MILL_DEFLECTION);
            }
            double h = feedPerRev * hmPerFz;
            return spindle(h, h, kc, force, Double.NaN, net, deflection, vf, removal, 0.0);
        }

        private Loads drillingLoads(double feedPerLip) {
            double fn = teeth * feedPerLip;
            KienzleCoefficients coefficients = new KienzleCoefficients(kc11, mc,
                    KienzleCoefficients.SANDVIK_REFERENCE_RAKE_DEG);
            DrillingLoads sandvik = Drilling.sandvik(coefficients, 0.0, diameter, fn, vc, pointAngle);
            trace.formula(F_DRILLING_SANDVIK_LOADS);
            double hm = Drilling.chipThicknessMm(fn, pointAngle);
            double kc = coefficients.kcNPerMm2(hm, 0.0);
            double force = 4000.0 * sandvik.torqueNm() / diameter;
            double thrust = sandvik.thrustN();
            double methodBand = 0.0;
            double constantK = in.material().drillConstantK();
            if (given(constantK) && constantK > 0) {
                DrillingLoads tungaloy = Drilling.tungaloy(constantK, diameter, fn, n);
                trace.formula(F_DRILLING_TUNGALOY_LOADS);
                thrust = tungaloy.thrustN();
                methodBand = Uncertainty.pair(sandvik.torqueNm(), tungaloy.torqueNm());
            }
            double vf = Feeds.feedRateMmPerMin(fn, n);
            trace.formula(F_FEED_RATE_FROM_FEED_PER_REV);
            double removal = Removal.drillingCm3PerMin(vc, diameter, fn);
            trace.formula(F_REMOVAL_RATE_DRILLING);
            return spindle(hm, hm, kc, force, thrust, sandvik.netPowerKw(), Double.NaN, vf, removal,
                    methodBand);
        }

        /** Adds spindle power (net / η) and spindle torque to the loads. */
        private Loads spindle(double hm, double hex, double kc, double force, double thrust, double net,
                double deflection, double vf, double removal, double methodBand) {
            double power = ForcePower.spindlePowerKw(net, efficiency);
            trace.formula(F_SPINDLE_POWER);
            double torque = ForcePower.torqueNm(power, n);
            trace.formula(F_TORQUE_FROM_POWER);
            return new Loads(hm, hex, kc, force, thrust, net, power, torque, deflection, vf, removal, methodBand);
        }

        // -------------------------------------------------------------------------------------------- limits

        /** Reduces the feed for the tightest exceeded load limit, or refuses the cut at the minimum chip load. */
        private Loads limits(Loads start) {
            double powerLimit = Double.NaN;
            double torqueLimit = Double.NaN;
            if (machine == null) {
                trace.assume("No machine given: the spindle speed, power and torque limits are not checked.");
                trace.lowerQuality(SafetyScore.NO_MACHINE);
            } else {
                powerLimit = machine.availablePowerKw(n);
                torqueLimit = machine.availableTorqueNm(n);
                machineNotes();
            }
            if (given(start.deflectionMm())) {
                deflectionLimit = given(in.targets().maxDeflectionMm()) ? in.targets().maxDeflectionMm()
                        : op.finishing() ? FINISHING_DEFLECTION_LIMIT_MM : ROUGHING_DEFLECTION_LIMIT_MM;
            }
            double limitD = deflectionLimit;
            // The scale each exceeded limit asks for grows with its ratio limit/actual (Math.pow is semi-monotonic), so
            // when every ratio is positive no limit after the one with the smallest ratio can ask for less.
            int last = -1;
            double smallestRatio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 3; i++) {
                double limit = of(i, powerLimit, torqueLimit, limitD);
                double actual = load(start, i);
                if (actual > limit) {
                    double ratio = limit / actual;
                    if (!(ratio > 0.0)) {
                        last = 2;
                        break;
                    }
                    if (ratio < smallestRatio) {
                        smallestRatio = ratio;
                        last = i;
                    }
                }
            }
            double scale = 1.0;
            int tightest = -1;
            for (int i = 0; i <= last; i++) {
                double limit = of(i, powerLimit, torqueLimit, limitD);
                double actual = load(start, i);
                if (actual > limit) {
                    double s = Math.pow(limit / actual, 1.0 / (1.0 - mc));
                    if (s < scale) {
                        scale = s;
                        tightest = i;
                    }
                }
            }
            Loads loads = start;
            if (tightest >= 0) {
                double reduced = fz * scale * (1.0 - BELOW_LIMIT);
                double floorFz = feedFor(chipFloor);
                boolean atFloor = reduced < floorFz;
                double previous = fz;
                fz = atFloor ? floorFz : reduced;
                loads = loads(fz);
                Limit refusedBy = null;
                double worst = 0.0;
                for (int i = 0; i < 3; i++) {
                    double limit = of(i, powerLimit, torqueLimit, limitD);
                    double before = load(start, i);
                    if (before > limit) {
                        double after = load(loads, i);
                        boolean refused = after > limit;
                        reductionWarning(i, limit, refused ? after : before, previous, refused);
                        if (refused && after / limit > worst) {
                            worst = after / limit;
                            refusedBy = LIMITS[i];
                        }
                    }
                }
                trace.bind(refusedBy != null ? refusedBy : LIMITS[tightest]);
            }
            for (int i = 0; i < 3; i++) {
                double limit = of(i, powerLimit, torqueLimit, limitD);
                double actual = load(loads, i);
                if (given(limit) && given(actual)) {
                    trace.check(LIMITS[i], limit, actual, UNITS[i]);
                }
            }
            return loads;
        }

        /** The i-th of power, torque and deflection (a load, or its limit; NaN where it is not known). */
        private static double of(int i, double power, double torque, double deflection) {
            return i == 0 ? power : i == 1 ? torque : deflection;
        }

        /** The i-th load of power, torque and deflection; an exceeded limit is {@code load > limit}, never NaN. */
        private static double load(Loads loads, int i) {
            return of(i, loads.spindlePowerKw(), loads.torqueNm(), loads.deflectionMm());
        }

        private static final Limit[] LIMITS = {Limit.MACHINE_POWER, Limit.MACHINE_TORQUE, Limit.DEFLECTION};
        private static final WarningCode[] CODES = {WarningCode.MACHINE_POWER, WarningCode.MACHINE_TORQUE,
            WarningCode.DEFLECTION};
        private static final String[] UNITS = {"kW", "N·m", "mm"};
        private static final String[] NAMES = {"Spindle power", "Spindle torque", "Tool deflection"};

        private void reductionWarning(int i, double limit, double actual, double previousFz, boolean refused) {
            double speed = n;
            double reducedFz = fz;
            trace.warn(CODES[i], limit, actual, UNITS[i], refused ? Action.REFUSED : Action.REDUCED,
                    () -> reductionMessage(i, limit, actual, speed, reducedFz, previousFz, refused));
        }

        /** The words of a load-limit warning, written when read. */
        private static String reductionMessage(int i, double limit, double actual, double speed, double reducedFz,
                double previousFz, boolean refused) {
            String what = NAMES[i] + " " + Fmt.num(actual) + " " + UNITS[i];
            String against = i == 2 ? "the deflection limit " + Fmt.num(limit) + " mm"
                    : "the " + Fmt.num(limit) + " " + UNITS[i] + " the machine offers at " + Fmt.num(speed)
                    + " rev/min";
            if (refused) {
                return what + " exceeds " + against + " even at the minimum chip load: the cut is "
                        + "refused; " + (i == 2 ? "reduce ap or ae, or shorten the stick-out."
                        : "reduce ap or ae, or use a machine with more " + NAMES[i].toLowerCase(Locale.ROOT)
                        + " at this speed.");
            }
            return what + " exceeded " + against + ": feed per tooth reduced by "
                    + Fmt.percent(1.0 - reducedFz / previousFz) + " % (loads grow as fz^(1 − mc)).";
        }

        private void machineNotes() {
            if (!machine.verified()) {
                trace.lowerQuality(SafetyScore.UNVERIFIED_ROW);
                trace.assume("The machine row is not verified against its source.");
            }
            if (!given(machine.ratedPowerKw()) && !machine.hasTorqueCurve()) {
                trace.assume("The machine has no power rating or torque curve: power and torque are not checked.");
                trace.lowerQuality(SafetyScore.MACHINE_WITHOUT_POWER);
                return;
            }
            if (machine.onlyPeakPower()) {
                trace.assume("Only a peak power rating is published: it is used as the power limit, which overstates "
                        + "what the spindle holds in a long cut.");
            }
            if (machine.hasTorqueCurve()) {
                trace.assume("Spindle torque from the published curve: constant below its first point, linear "
                        + "between points, constant power beyond its last point.");
            } else {
                trace.assume("No torque curve is published: torque is limited only through the power rating.");
            }
        }

        // ------------------------------------------------------------------------------------------- results

        private SpeedFeedResult result(Loads loads) {
            double meanChip = loads.meanChipMm();
            if (meanChip < KIENZLE_MIN_CHIP_MM) {
                trace.warn(WarningCode.CHIP_BELOW_KIENZLE_RANGE, KIENZLE_MIN_CHIP_MM, meanChip, "mm", Action.NOTED,
                        () -> "Mean chip thickness " + Fmt.num(meanChip) + " mm is below the range the Kienzle "
                        + "constants are fitted for (about 0.05 mm): the true kc, force and power are likely higher.");
            }
            double chipMax = chipMax();
            if (given(chipMax)) {
                trace.check(Limit.TOOL_CHIP_LOAD, chipMax, fz * chipPerFz, "mm");
            }
            double life = toolLife();
            surfaceFinish();
            double fn = process == Operation.Process.TURNING ? fz : teeth * fz;
            SpeedFeedValues values = new SpeedFeedValues(vc, n, cuttingDiameter, teeth,
                    process == Operation.Process.TURNING ? Double.NaN : fz, fn, loads.feedRateMmPerMin(),
                    loads.meanChipMm(), loads.maxChipMm(), loads.removalRateCm3PerMin(), loads.kcNPerMm2(),
                    loads.cuttingForceN(), loads.thrustForceN(), loads.netPowerKw(), loads.spindlePowerKw(),
                    loads.torqueNm(), life, raUm, scallopMm, loads.deflectionMm(), ap,
                    process == Operation.Process.MILLING ? ae : Double.NaN);
            List<UncertaintyBand> bands = uncertainty(loads, life);
            return finish(values, bands);
        }

        private double toolLife() {
            if (taylor == null) {
                trace.assume(() -> "Tool life is not estimated: no Taylor constants are published for " + substrate
                        + " tools on ISO " + in.material().isoGroup() + " material; calibrate C from one observed "
                        + "life (C = v·Tⁿ).");
                return Double.NaN;
            }
            trace.formula(F_TAYLOR_TOOL_LIFE);
            trace.source(C_S33);
            trace.source(C_S18);
            TaylorPair pair = taylor;
            trace.assume(() -> "Tool life from group-level Taylor constants (" + pair.basis() + "); the shorter life "
                    + "is reported." + (process == Operation.Process.TURNING ? ""
                    : " They come from turning tests: read the life of an interrupted cut as indicative."));
            return taylor.shorterLifeMin(vc);
        }

        /** Sets Ra (µm) and the scallop height (mm); they stay NaN where the operation's finish is not modelled. */
        private void surfaceFinish() {
            double target = in.targets().surfaceFinishRaUm();
            if (process == Operation.Process.TURNING) {
                double radius = tool.cornerRadiusMm();
                if (given(radius) && fz <= 2.0 * radius) {
                    trace.formula(F_TURNING_ROUGHNESS);
                    raUm = Roughness.turningRaUm(fz, radius);
                    return;
                }
                trace.assume("Surface finish is not computed: the tool has no nose radius in the catalog, or the "
                        + "feed exceeds twice it.");
                return;
            }
            if (op == Operation.BALL_NOSE_FINISHING) {
                double scallop = Roughness.scallopHeightMm(diameter, ae);
                trace.formula(F_BALL_NOSE_SCALLOP_HEIGHT);
                trace.source(C_S19);
                double ra = scallop * SCALLOP_TO_RA * 1000.0;
                trace.assume("Ra ≈ scallop height / 4 (calcady's rough conversion) on a flat surface normal to the "
                        + "tool axis.");
                if (given(target) && ra > target) {
                    double wanted = target / SCALLOP_TO_RA / 1000.0;
                    double stepover = wanted >= diameter / 2.0 ? diameter
                            : Roughness.stepoverForScallopMm(diameter, wanted);
                    trace.formula(F_BALL_NOSE_STEPOVER_FOR_SCALLOP);
                    trace.warn(WarningCode.SURFACE_FINISH_TARGET, target, ra, "µm", Action.NOTED,
                            () -> "Ra " + Fmt.num(ra) + " µm exceeds the target " + Fmt.num(target)
                            + " µm: use a stepover of at most " + Fmt.num(stepover) + " mm.");
                }
                raUm = ra;
                scallopMm = scallop;
                return;
            }
            if (given(target)) {
                trace.assume("The surface-finish target is not applied: finish is modelled for turning, boring and "
                        + "ball-nose finishing only.");
            }
        }

        /** Records the citations of the uncertainty bands; the bands themselves are worked out when read. */
        private List<UncertaintyBand> uncertainty(Loads loads, double life) {
            KcClass kcClass = in.material().kcClass();
            GroupDefaults fallback = kcFallback ? group : null;
            Uncertainty.cite(kcClass, process, fallback, trace);
            Operation.Process kind = process;
            boolean ownConstants = !kcFallback;
            double ownKc11 = kc11;
            double ownMc = mc;
            boolean defaultEta = defaultEfficiency;
            double methodBand = loads.methodTorqueBand();
            TaylorPair pair = given(life) ? taylor : null;
            double speed = vc;
            Limit bound = trace.binding();
            return LazyList.ofAll(pair == null ? 5 : 6, () -> bands(kcClass, kind, ownConstants, ownKc11, ownMc,
                    fallback, defaultEta, methodBand, pair, speed, bound));
        }

        /**
         * The uncertainty bands: kc, cutting force, spindle power, torque, tool life (where estimated) and removal
         * rate.
         */
        private static List<UncertaintyBand> bands(KcClass kcClass, Operation.Process process, boolean ownConstants,
                double kc11, double mc, GroupDefaults fallback, boolean defaultEfficiency, double methodBand,
                TaylorPair taylor, double vc, Limit bound) {
            double own = ownConstants ? kc11 * Math.pow(KcClass.REFERENCE_CHIP_MM, -mc) : Double.NaN;
            Uncertainty.Band kc = Uncertainty.kc(kcClass, process, own, fallback);
            double eta = defaultEfficiency ? Uncertainty.DEFAULT_EFFICIENCY_BAND : 0.0;
            String etaBasis = defaultEfficiency ? ETA_DEFAULT : ETA_GIVEN;
            double power = Uncertainty.combine(kc.relative(), eta);
            double torque = Uncertainty.combine(power, methodBand);
            String torqueBasis = methodBand > 0 ? "; combined in quadrature with the Sandvik against "
                    + "the Tungaloy drilling torque: " + Fmt.num(methodBand) : "";
            List<UncertaintyBand> bands = new ArrayList<>(6);
            bands.add(new UncertaintyBand(UncertainQuantity.SPECIFIC_CUTTING_FORCE, kc.relative(), kc.basis()));
            bands.add(new UncertaintyBand(UncertainQuantity.CUTTING_FORCE, kc.relative(), KC_ONLY));
            bands.add(new UncertaintyBand(UncertainQuantity.SPINDLE_POWER, power, etaBasis));
            bands.add(new UncertaintyBand(UncertainQuantity.TORQUE, torque, etaBasis + torqueBasis));
            if (taylor != null) {
                bands.add(new UncertaintyBand(UncertainQuantity.TOOL_LIFE, taylor.lifeBand(vc), "the lives of the "
                        + "two published Taylor pairs at the recommended cutting speed: " + taylor.basis()));
            }
            if (bound == Limit.MACHINE_POWER || bound == Limit.MACHINE_TORQUE) {
                bands.add(new UncertaintyBand(UncertainQuantity.REMOVAL_RATE, bound == Limit.MACHINE_POWER ? power
                        : torque, "the " + bound + " limit set the feed, so the removal rate carries the band of the "
                        + (bound == Limit.MACHINE_POWER ? "spindle power" : "torque")));
            } else if (bound == Limit.DEFLECTION) {
                bands.add(new UncertaintyBand(UncertainQuantity.REMOVAL_RATE, kc.relative(), "the deflection limit "
                        + "set the feed, so the removal rate carries the band of the cutting force"));
            } else {
                bands.add(new UncertaintyBand(UncertainQuantity.REMOVAL_RATE, 0.0, "no published constant enters: "
                        + "the removal rate follows from the recommended ap, ae and feed, and no load limit set "
                        + "the feed"));
            }
            return bands;
        }

        private SpeedFeedResult finish(SpeedFeedValues values, List<UncertaintyBand> bands) {
            double smallest = 1.0;
            for (int i = 0; i < trace.limitCount(); i++) {
                LimitCheck check = trace.limit(i);
                if (check.limit() == Limit.MACHINE_POWER || check.limit() == Limit.MACHINE_TORQUE
                        || check.limit() == Limit.DEFLECTION) {
                    smallest = Math.min(smallest, SafetyScore.margin(check.utilisation()));
                }
            }
            double score = SafetyScore.score(trace.quality(), smallest);
            Safety safety = new Safety(score, SafetyLevel.of(score), trace.binding(), trace.limits(),
                    trace.warnings());
            SpeedFeedMeta meta = new SpeedFeedMeta(trace.formulas(), trace.sources(), bands, trace.assumptions(),
                    VERSION);
            return new SpeedFeedResult(values, safety, meta);
        }

        /** Tapping: speed and the synchronised feed; loads are not modelled. */
        private SpeedFeedResult tapping() {
            double vf = Threads.tappingFeedMmPerMin(n, pitch);
            trace.formula(F_TAPPING_FEED);
            trace.assume("Tapping torque and power are not modelled (no tapping-force data in the consulted "
                    + "sources): the machine's power and torque are not checked.");
            trace.lowerQuality(SafetyScore.LOADS_NOT_MODELLED);
            if (machine == null) {
                trace.assume("No machine given: the spindle speed limit is not checked.");
                trace.lowerQuality(SafetyScore.NO_MACHINE);
            } else if (!machine.verified()) {
                trace.lowerQuality(SafetyScore.UNVERIFIED_ROW);
                trace.assume("The machine row is not verified against its source.");
            }
            SpeedFeedValues values = new SpeedFeedValues(vc, n, cuttingDiameter, 1, pitch, pitch, vf, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, ap, Double.NaN);
            return finish(values, List.of());
        }

        // ------------------------------------------------------------------------------------------- helpers

        /** A value the operation needs: present, positive, at most {@code max}. */
        private double required(String field, double value, double max) {
            if (!given(value)) {
                throw new CalcInputException(field, field + " is required for " + op);
            }
            return optional(field, value, max);
        }

        /** A value that may be absent (NaN); when present it must be positive and at most {@code max}. */
        private static double optional(String field, double value, double max) {
            if (given(value)) {
                Checks.positive(field, value);
                Checks.atMost(field, value, max);
            }
            return value;
        }
    }

    /** True when a value was given (not NaN). */
    private static boolean given(double value) {
        return !Double.isNaN(value);
    }

    /** {@code value}, or {@code other} when value is NaN. */
    private static double or(double value, double other) {
        return given(value) ? value : other;
    }
}
