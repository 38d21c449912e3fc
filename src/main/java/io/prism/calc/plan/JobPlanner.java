package io.prism.calc.plan;

import io.prism.calc.CalcInputException;
import io.prism.calc.formula.Threads;
import io.prism.calc.speedfeed.Action;
import io.prism.calc.speedfeed.CutData;
import io.prism.calc.speedfeed.CuttingWindow;
import io.prism.calc.speedfeed.Fmt;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.Overrides;
import io.prism.calc.speedfeed.SpeedFeedEngine;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.calc.speedfeed.SpeedFeedResult;
import io.prism.calc.speedfeed.Targets;
import io.prism.calc.speedfeed.ToolData;
import io.prism.calc.speedfeed.ToolSubstrate;
import io.prism.calc.speedfeed.ToolType;
import io.prism.calc.speedfeed.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Plans the machining of a part from its features: picks tools from the library, splits each feature into the
 * operations a machinist would run (face, rough, semi-finish, finish, spot drill, drill, tap, chamfer), computes
 * every operation's parameters with {@link SpeedFeedEngine} (so every machine and tool limit applies), and estimates
 * each operation's time and the cycle time. A feature that cannot be made with the library or the machine is left
 * out with a reason; it never gets invented parameters. Pure and deterministic: the same input gives the same plan.
 *
 * <p>Dimensions each feature kind takes (all in mm; any other dimension is an input error):
 * <ul>
 *   <li>FACE: length, width, depth (stock to face off);</li>
 *   <li>POCKET: length, width, depth, corner radius;</li>
 *   <li>SLOT: length, width, depth;</li>
 *   <li>SHOULDER: length, width (radial stock), depth (axial);</li>
 *   <li>HOLE: diameter, depth, through;</li>
 *   <li>TAPPED_HOLE: thread, depth (thread length), through;</li>
 *   <li>CHAMFER: chamfer (leg size), length (edge length);</li>
 *   <li>TURNED_DIAMETER: stock diameter, diameter (finished), length.</li>
 * </ul>
 *
 * <p>The planning rules (allowances, engagements, stick-out, the time model) are listed, with their reasons, in
 * docs/job-plan.md; each rule a plan relies on is also named in its assumptions.
 */
public final class JobPlanner {

    /** Radial allowance the roughing leaves on walls, in mm. */
    static final double WALL_STOCK_MM = 0.5;
    /** Radial allowance the semi-finishing pass leaves for the finishing pass, in mm. */
    static final double SEMI_STOCK_MM = 0.1;
    /** Axial allowance the roughing leaves on floors, in mm. */
    static final double FLOOR_STOCK_MM = 0.2;
    /** Radial allowance rough turning leaves on a diameter, per side, in mm. */
    static final double TURN_STOCK_MM = 0.25;
    /** Depth of cut per rough-turning pass when the insert states none, in mm. */
    static final double TURN_AP_MM = 2.0;
    /** Radial engagement of high-efficiency roughing, as a fraction of the diameter. */
    static final double HEM_AE = 0.10;
    /** Largest radial engagement of side roughing, as a fraction of the diameter. */
    static final double SIDE_AE = 0.5;
    /** Stepover of facing, as a fraction of the diameter. */
    static final double FACE_AE = 0.75;
    /** Radial engagement of floor finishing, as a fraction of the diameter. */
    static final double FLOOR_AE = 0.6;
    /** Largest axial depth per level of a slotting pass, as a fraction of the diameter. */
    static final double SLOT_AP = 0.5;
    /** Largest axial step of an end mill whose flute length is unknown, as a fraction of the diameter. */
    static final double END_MILL_AP = 1.0;
    /** Largest axial step of a face mill whose depth of cut is unknown, as a fraction of the diameter. */
    static final double FACE_MILL_AP = 0.05;
    /** Shortest stick-out assumed for a milling tool, as a multiple of its diameter. */
    static final double STICK_OUT_D = 3.0;
    /** Stick-out assumed for a face mill on its arbor, as a multiple of its diameter. */
    static final double FACE_MILL_STICK_OUT_D = 1.0;
    /** Clearance beyond the deepest point a milling tool reaches, added to the stick-out, in mm. */
    static final double STICK_OUT_CLEARANCE_MM = 2.0;
    /** Approach and overrun at each end of a feed move, in mm. */
    static final double APPROACH_MM = 2.0;
    /** Height of the retract plane above the work, in mm. */
    static final double RETRACT_MM = 5.0;
    /** Rapid traverse when the machine states none, in m/min. */
    static final double DEFAULT_RAPID_M_PER_MIN = 10.0;
    /** Tool change time when the request gives none, in s. */
    static final double DEFAULT_TOOL_CHANGE_S = 10.0;
    /** Largest difference between a drill and the hole it drills, in mm. */
    static final double DRILL_MATCH_MM = 0.01;
    /** Largest difference between a drill and the tap drill it stands in for, in mm. */
    static final double TAP_DRILL_MATCH_MM = 0.1;
    /** Depth-to-diameter ratio beyond which peck drilling is advised. */
    static final double PECK_RATIO = 4.0;
    /** Smallest axial depth per level the planner splits a refused milling cut into, in mm. */
    static final double MIN_LEVEL_MM = 0.5;
    /** Largest number of features of one plan. */
    public static final int MAX_FEATURES = 200;
    /** Largest count of one feature. */
    public static final int MAX_COUNT = 1000;
    /** Largest dimension of a feature, in mm. */
    public static final double MAX_LENGTH_MM = 10_000;

    private static final Set<ToolType> END_MILLS = EnumSet.of(ToolType.FLAT_END_MILL, ToolType.BULL_NOSE_END_MILL);

    private final JobPlanInput in;
    private final double rapidMmPerMin;
    private final double toolChangeS;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Unplannable> unplannable = new ArrayList<>();
    private final Set<String> assumptions = new LinkedHashSet<>();

    private JobPlanner(JobPlanInput in) {
        this.in = in;
        PlanMachine m = in.machine();
        boolean rapidKnown = Double.isFinite(m.rapidRateMPerMin()) && m.rapidRateMPerMin() > 0;
        this.rapidMmPerMin = 1000 * (rapidKnown ? m.rapidRateMPerMin() : DEFAULT_RAPID_M_PER_MIN);
        if (!rapidKnown) {
            assumptions.add("The machine states no rapid traverse: " + DEFAULT_RAPID_M_PER_MIN + " m/min is used for "
                    + "rapid moves.");
        }
        this.toolChangeS = Double.isNaN(in.toolChangeTimeS()) ? DEFAULT_TOOL_CHANGE_S : in.toolChangeTimeS();
        if (Double.isNaN(in.toolChangeTimeS())) {
            assumptions.add("Tool change time " + fmt(DEFAULT_TOOL_CHANGE_S) + " s (none was given).");
        }
    }

    /**
     * Plans the job.
     *
     * @throws CalcInputException when a feature is malformed (a missing or out-of-range dimension, or one its kind
     *     does not take), naming it as {@code features[i].<dimension>}, or a setting is out of range
     */
    public static JobPlanResult plan(JobPlanInput in) {
        PlanChecks.settings(in);
        for (int i = 0; i < in.features().size(); i++) {
            PlanChecks.feature(in.features().get(i), i);
        }
        return new JobPlanner(in).run();
    }

    /**
     * Checks the number of features alone, so a caller can refuse an oversized request before it reads anything.
     *
     * @throws CalcInputException naming {@code features} when there are none or more than {@link #MAX_FEATURES}
     */
    public static void checkFeatureCount(int count) {
        PlanChecks.featureCount(count);
    }

    // ------------------------------------------------------------------------------------------------ planning

    private JobPlanResult run() {
        assumptions.add("Milling tools are assumed to stick out " + fmt(STICK_OUT_D) + "·D (face mills "
                + fmt(FACE_MILL_STICK_OUT_D) + "·D) or the deepest reach plus " + fmt(STICK_OUT_CLEARANCE_MM)
                + " mm, whichever is longer; the deflection check uses that length.");
        assumptions.add("Times count feed moves with " + fmt(APPROACH_MM) + " mm approach and overrun, retracts to "
                + fmt(RETRACT_MM) + " mm above the work at rapid, and a tool change before each run of operations "
                + "with one tool; moves between feature positions are not known and not counted.");
        for (int i = 0; i < in.features().size(); i++) {
            Feature f = in.features().get(i);
            try {
                planFeature(i, f);
            } catch (Refusal r) {
                unplannable.add(new Unplannable(i, f.label(), f.kind(), r.reason, r.getMessage()));
                int index = i;
                drafts.removeIf(d -> d.featureIndex == index);
            }
        }
        return assemble();
    }

    private void planFeature(int i, Feature f) {
        PlanMachine m = in.machine();
        if (f.kind().milled() && !m.mills()) {
            throw new Refusal(UnplannableReason.MACHINE_CANNOT, "A " + m.type() + " has no milling spindle: a "
                    + f.kind() + " cannot be made on it.");
        }
        if (f.kind() == FeatureKind.TURNED_DIAMETER && !m.turns()) {
            throw new Refusal(UnplannableReason.MACHINE_CANNOT, "A " + m.type() + " cannot turn: a turned diameter "
                    + "needs a LATHE or a TURN_MILL.");
        }
        boolean hole = f.kind() == FeatureKind.HOLE || f.kind() == FeatureKind.TAPPED_HOLE;
        if (hole && !m.mills() && f.count() > 1) {
            throw new Refusal(UnplannableReason.MACHINE_CANNOT, "A " + m.type() + " drills only on the spindle axis: "
                    + f.count() + " holes cannot be made on it (one can).");
        }
        travel(f);
        switch (f.kind()) {
            case FACE -> face(i, f);
            case POCKET -> pocket(i, f);
            case SLOT -> slot(i, f);
            case SHOULDER -> shoulder(i, f);
            case HOLE -> hole(i, f, f.diameterMm(), DRILL_MATCH_MM, f.depthMm(), "hole");
            case TAPPED_HOLE -> tappedHole(i, f);
            case CHAMFER -> chamfer(i, f);
            case TURNED_DIAMETER -> turn(i, f);
            default -> throw new IllegalStateException(f.kind().name());
        }
    }

    /** Refuses a milled feature larger than the machine's travels, when they are known. */
    private void travel(Feature f) {
        PlanMachine m = in.machine();
        if (!f.kind().milled() || f.kind() == FeatureKind.CHAMFER) {
            return;
        }
        double longSide = Math.max(f.lengthMm(), nz(f.widthMm()));
        double shortSide = Math.min(f.lengthMm(), nz(f.widthMm()));
        double longTravel = Math.max(nz(m.xTravelMm()), nz(m.yTravelMm()));
        double shortTravel = Math.min(nz(m.xTravelMm()), nz(m.yTravelMm()));
        boolean xyKnown = Double.isFinite(m.xTravelMm()) && Double.isFinite(m.yTravelMm());
        if (xyKnown && (longSide > longTravel || shortSide > shortTravel)) {
            throw new Refusal(UnplannableReason.OUTSIDE_TRAVEL, "The feature (" + fmt(f.lengthMm()) + " × "
                    + fmt(nz(f.widthMm())) + " mm) does not fit the machine's X/Y travels (" + fmt(m.xTravelMm())
                    + " × " + fmt(m.yTravelMm()) + " mm).");
        }
        if (Double.isFinite(m.zTravelMm()) && f.depthMm() > m.zTravelMm()) {
            throw new Refusal(UnplannableReason.OUTSIDE_TRAVEL, "The feature is " + fmt(f.depthMm())
                    + " mm deep, more than the machine's Z travel (" + fmt(m.zTravelMm()) + " mm).");
        }
    }

    private void face(int i, Feature f) {
        Choice c = choose("face mill or end mill for facing " + fmt(f.widthMm()) + " mm wide", Operation.FACE_MILLING,
                List.of(ofType(ToolType.FACE_MILL), ofTypes(END_MILLS)), Comparator.comparing((PlanTool t) ->
                        t.data().type() == ToolType.FACE_MILL ? 0 : 1).thenComparing(largestFirst()),
                t -> true, t -> {
                    double d = t.diameterMm();
                    int passes = (int) Math.ceil(f.widthMm() / (FACE_AE * d) - 1e-9);
                    Levels z = levels(t, f.depthMm(), Double.POSITIVE_INFINITY);
                    double ae = Math.min(d, f.widthMm() / passes);
                    return new Cut(Operation.FACE_MILLING, z.count, passes, z.step, ae, stickOut(t, f.depthMm()),
                            Double.NaN, Double.NaN);
                });
        double path = c.cut.levels * c.cut.passes * (f.lengthMm() + c.tool.diameterMm() + 2 * APPROACH_MM);
        add(i, f, Stage.FACE, c, path, c.cut.levels * c.cut.passes, List.of());
    }

    private void pocket(int i, Feature f) {
        double width = Math.min(f.lengthMm(), f.widthMm());
        double length = Math.max(f.lengthMm(), f.widthMm());
        if (f.cornerRadiusMm() <= 0) {
            throw new Refusal(UnplannableReason.GEOMETRY, "A pocket with square inner corners (corner radius 0) "
                    + "cannot be milled with a rotating tool; give the corner radius the drawing allows.");
        }
        double finishLimit = Math.min(2 * f.cornerRadiusMm(), width);
        Choice finish = finishingEndMill(f, finishLimit, "a pocket corner radius of " + fmt(f.cornerRadiusMm())
                + " mm (diameter at most " + fmt(finishLimit) + " mm)");
        Choice rough = roughing(f, width, length);
        double roughArea = (length - 2 * WALL_STOCK_MM) * (width - 2 * WALL_STOCK_MM);
        double roughPath = rough.cut.levels * roughArea / rough.cut.aeMm;
        add(i, f, Stage.ROUGH, rough, roughPath, rough.cut.levels, List.of());
        double perimeter = 2 * (length + width) - (8 - 2 * Math.PI) * f.cornerRadiusMm();
        floor(i, f, finish, length * width);
        walls(i, f, rough, finish, perimeter);
    }

    private void slot(int i, Feature f) {
        double width = f.widthMm();
        double length = f.lengthMm();
        Choice finish = finishingEndMill(f, width, "a slot " + fmt(width) + " mm wide");
        if (Math.abs(finish.tool.diameterMm() - width) <= DRILL_MATCH_MM) {
            Choice exact = evaluate(finish.tool, slotting(finish.tool, f.depthMm()));
            double path = exact.cut.levels * (length + 2 * APPROACH_MM);
            add(i, f, Stage.ROUGH, exact, path, exact.cut.levels,
                    List.of("The slot is cut to width with a tool of its width in full-slot passes."));
            return;
        }
        Choice rough = roughing(f, width, length);
        double roughPath = rough.cut.levels * (length - 2 * WALL_STOCK_MM) * (width - 2 * WALL_STOCK_MM)
                / rough.cut.aeMm;
        add(i, f, Stage.ROUGH, rough, roughPath, rough.cut.levels, List.of());
        floor(i, f, finish, length * width);
        walls(i, f, rough, finish, 2 * length);
    }

    private void shoulder(int i, Feature f) {
        double stock = f.widthMm();
        double roughStock = stock - WALL_STOCK_MM;
        double reach = f.depthMm();
        if (roughStock > 0) {
            Choice rough = choose("end mill for side roughing", Operation.SIDE_MILLING, List.of(ofTypes(END_MILLS)),
                    largestFirst(), t -> true, t -> {
                        Levels z = levels(t, reach - FLOOR_STOCK_MM, Double.POSITIVE_INFINITY);
                        int passes = (int) Math.ceil(roughStock / (SIDE_AE * t.diameterMm()) - 1e-9);
                        return new Cut(Operation.SIDE_MILLING, z.count, passes, z.step, roughStock / passes,
                                stickOut(t, reach), Double.NaN, Double.NaN);
                    });
            double path = rough.cut.levels * rough.cut.passes * (f.lengthMm() + rough.tool.diameterMm()
                    + 2 * APPROACH_MM);
            add(i, f, Stage.ROUGH, rough, path, rough.cut.levels * rough.cut.passes, List.of());
        }
        double finishAe = Math.min(stock, WALL_STOCK_MM);
        Choice finish = choose("end mill for finishing the shoulder wall", Operation.SIDE_MILLING,
                List.of(ofTypes(END_MILLS)), largestFirst(), t -> true, t -> {
                    Levels z = levels(t, reach, Double.POSITIVE_INFINITY);
                    return new Cut(Operation.SIDE_MILLING, z.count, 1, z.step, finishAe, stickOut(t, reach),
                            Double.NaN, Double.NaN);
                });
        double path = finish.cut.levels * (f.lengthMm() + finish.tool.diameterMm() + 2 * APPROACH_MM);
        add(i, f, Stage.FINISH, finish, path, finish.cut.levels, List.of());
    }

    /**
     * Rough clearing of a pocket or slot: the largest end mill that fits high-efficiency milling (at most half the
     * width less the wall allowance), else the largest that fits a slotting ladder.
     */
    private Choice roughing(Feature f, double width, double length) {
        double room = width - 2 * WALL_STOCK_MM;
        double depth = f.depthMm() - FLOOR_STOCK_MM;
        try {
            return choose("end mill for high-efficiency roughing", Operation.HIGH_EFFICIENCY_MILLING,
                    List.of(ofTypes(END_MILLS)), largestFirst(), t -> t.diameterMm() <= room / 2 + 1e-9, t -> {
                        Levels z = levels(t, depth, Double.POSITIVE_INFINITY);
                        return new Cut(Operation.HIGH_EFFICIENCY_MILLING, z.count, 1, z.step,
                                HEM_AE * t.diameterMm(), stickOut(t, f.depthMm()), Double.NaN, Double.NaN);
                    });
        } catch (Refusal noHem) {
            try {
                return choose("end mill for slot roughing", Operation.SLOTTING, List.of(ofTypes(END_MILLS)),
                        largestFirst(), t -> t.diameterMm() <= room + 1e-9, t -> slotting(t, depth));
            } catch (Refusal noSlot) {
                throw new Refusal(noSlot.reason, "No end mill fits the roughing of " + fmt(width) + " × "
                        + fmt(length) + " mm: " + noSlot.getMessage());
            }
        }
    }

    private Cut slotting(PlanTool t, double depth) {
        Levels z = levels(t, depth, SLOT_AP * t.diameterMm());
        return new Cut(Operation.SLOTTING, z.count, 1, z.step, Double.NaN, stickOut(t, depth), Double.NaN,
                Double.NaN);
    }

    /** The largest end mill with a diameter at most {@code maxDiameter}, for finishing walls and floors. */
    private Choice finishingEndMill(Feature f, double maxDiameter, String what) {
        return choose("end mill for " + what, Operation.SIDE_MILLING, List.of(ofTypes(END_MILLS)), largestFirst(),
                t -> t.diameterMm() <= maxDiameter + 1e-9, t -> {
                    Levels z = levels(t, f.depthMm(), Double.POSITIVE_INFINITY);
                    return new Cut(Operation.SIDE_MILLING, z.count, 1, z.step, SEMI_STOCK_MM, stickOut(t,
                            f.depthMm()), Double.NaN, Double.NaN);
                });
    }

    /**
     * Wall passes of a pocket or slot: a semi-finishing pass with the finishing tool when the roughing tool was a
     * different (larger) one, so the finishing pass meets an even allowance in the corners; then the finishing pass.
     */
    private void walls(int i, Feature f, Choice rough, Choice finish, double wallLength) {
        if (!rough.tool.id().equals(finish.tool.id())) {
            Choice semi = evaluate(finish.tool, new Cut(Operation.SIDE_MILLING, finish.cut.levels, 1, finish.cut.apMm,
                    WALL_STOCK_MM - SEMI_STOCK_MM, finish.cut.stickOutMm, Double.NaN, Double.NaN));
            add(i, f, Stage.SEMI_FINISH, semi, semi.cut.levels * (wallLength + 2 * APPROACH_MM),
                    semi.cut.levels, List.of("Leaves " + fmt(SEMI_STOCK_MM) + " mm on the walls, also in the corners "
                            + "the larger roughing tool could not reach."));
        } else {
            finish = evaluate(finish.tool, new Cut(Operation.SIDE_MILLING, finish.cut.levels, 1, finish.cut.apMm,
                    WALL_STOCK_MM, finish.cut.stickOutMm, Double.NaN, Double.NaN));
        }
        add(i, f, Stage.FINISH, finish, finish.cut.levels * (wallLength + 2 * APPROACH_MM), finish.cut.levels,
                List.of("Finishes the walls to size."));
    }

    /** The floor finishing pass: the floor allowance at a face-milling engagement. */
    private void floor(int i, Feature f, Choice finish, double area) {
        double ae = FLOOR_AE * finish.tool.diameterMm();
        Choice fl = evaluate(finish.tool, new Cut(Operation.FACE_MILLING, 1, 1, FLOOR_STOCK_MM, ae,
                finish.cut.stickOutMm, Double.NaN, Double.NaN));
        add(i, f, Stage.FINISH, fl, area / ae, 1, List.of("Finishes the floor: the last " + fmt(FLOOR_STOCK_MM)
                + " mm."));
    }

    private void hole(int i, Feature f, double diameter, double match, double depth, String what) {
        List<String> spotNotes = new ArrayList<>();
        List<PlanTool> spots = in.tools().stream().filter(t -> t.data().type() == ToolType.SPOT_DRILL
                && Double.isFinite(t.diameterMm())).toList();
        Choice drill = choose("drill of Ø" + fmt(diameter) + " mm" + (match > DRILL_MATCH_MM ? " (±" + fmt(match)
                        + " mm)" : ""), Operation.DRILLING, List.of(ofType(ToolType.DRILL)),
                Comparator.comparingDouble((PlanTool t) -> Math.abs(t.diameterMm() - diameter)),
                t -> Math.abs(t.diameterMm() - diameter) <= match + 1e-9, t -> {
                    double total = depth + (f.through() ? pointLength(t) + APPROACH_MM : pointLength(t));
                    if (Double.isFinite(t.data().fluteLengthMm()) && total > t.data().fluteLengthMm()) {
                        throw new Refusal(UnplannableReason.NO_SUITABLE_TOOL, "Ø" + fmt(t.diameterMm()) + " drill's "
                                + "flutes (" + fmt(t.data().fluteLengthMm()) + " mm) are shorter than the "
                                + fmt(total) + " mm the " + what + " needs");
                    }
                    return new Cut(Operation.DRILLING, 1, 1, total, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                });
        if (spots.isEmpty()) {
            spotNotes.add("The library has no spot drill: the " + what + " is drilled without spotting.");
        } else {
            PlanTool spot = spots.stream().sorted(Comparator.comparing((PlanTool t) -> t.diameterMm() >= diameter
                    ? 0 : 1).thenComparingDouble(t -> t.diameterMm() >= diameter ? t.diameterMm() : -t.diameterMm())
                    .thenComparing(preference())).findFirst().orElseThrow();
            double spotDepth = 0.5 * Math.min(diameter, spot.diameterMm()) / Math.tan(Math.toRadians(
                    pointAngle(spot, 90) / 2));
            try {
                Choice s = evaluate(spot, new Cut(Operation.DRILLING, 1, 1, spotDepth, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN));
                add(i, f, Stage.SPOT_DRILL, s, spotDepth + APPROACH_MM, 1,
                        List.of("Spots " + fmt(spotDepth) + " mm deep."));
            } catch (Refusal r) {
                spotNotes.add("The spot drill was refused (" + r.getMessage() + "): the " + what
                        + " is drilled without spotting.");
            }
        }
        List<String> notes = new ArrayList<>(spotNotes);
        if (Math.abs(drill.tool.diameterMm() - diameter) > DRILL_MATCH_MM) {
            notes.add("Ø" + fmt(drill.tool.diameterMm()) + " mm drill used for the Ø" + fmt(diameter)
                    + " mm " + what + ".");
        }
        if (depth > PECK_RATIO * drill.tool.diameterMm()) {
            notes.add("Depth " + fmt(depth / drill.tool.diameterMm()) + "×D: peck drilling is advised; the time "
                    + "does not include peck retracts.");
        }
        add(i, f, Stage.DRILL, drill, drill.cut.apMm + APPROACH_MM, 1, notes);
    }

    private void tappedHole(int i, Feature f) {
        ThreadData thread = f.thread();
        if (thread == null) {
            throw new Refusal(UnplannableReason.THREAD_NOT_LISTED, "The thread table lists no ISO metric thread "
                    + f.threadDesignation() + ".");
        }
        double drillDepth = f.depthMm() + (f.through() ? 0 : 3 * thread.pitchMm());
        hole(i, f, thread.tapDrillMm(), TAP_DRILL_MATCH_MM, drillDepth, "tap drill hole for " + thread.designation());
        Choice tap = choose("tap " + thread.designation(), Operation.TAPPING, List.of(ofType(ToolType.TAP)),
                preference(), t -> Math.abs(t.diameterMm() - thread.nominalMm()) <= DRILL_MATCH_MM
                        && Math.abs(tapPitch(t) - thread.pitchMm()) <= 1e-6, t -> new Cut(Operation.TAPPING, 1, 1,
                        f.depthMm(), Double.NaN, Double.NaN, Double.NaN, thread.pitchMm()));
        double stroke = f.depthMm() + APPROACH_MM;
        add(i, f, Stage.TAP, tap, 2 * stroke, 1, List.of("Rigid tapping: in at the feed and out "
                + "at the same speed reversed, both counted."));
    }

    private void chamfer(int i, Feature f) {
        double c = f.chamferMm();
        Choice ch = choose("chamfer mill for a " + fmt(c) + " mm chamfer", Operation.SIDE_MILLING,
                List.of(ofType(ToolType.CHAMFER_MILL)), Comparator.comparingDouble(PlanTool::diameterMm)
                        .thenComparing(preference()), t -> t.diameterMm() >= 2 * c, t -> new Cut(
                        Operation.SIDE_MILLING, 1, 1, c, c, stickOut(t, c), Double.NaN, Double.NaN));
        add(i, f, Stage.CHAMFER, ch, f.lengthMm() + 2 * APPROACH_MM, 1, List.of("Cut at the "
                + "chamfer mill's largest diameter, so the spindle speed is on the safe side for the smaller "
                + "diameter in contact."));
    }

    private void turn(int i, Feature f) {
        double stockPerSide = (f.stockDiameterMm() - f.diameterMm()) / 2;
        double finishAp = Math.min(TURN_STOCK_MM, stockPerSide);
        double roughStock = stockPerSide - finishAp;
        Predicate<PlanTool> any = t -> true;
        double feedLength = f.lengthMm() + APPROACH_MM;
        if (roughStock > 1e-9) {
            Comparator<PlanTool> strongest = Comparator.comparingDouble((PlanTool t) ->
                    -nz(t.data().cornerRadiusMm())).thenComparing(preference());
            Choice rough = choose("turning insert for roughing", Operation.TURNING_ROUGH,
                    List.of(ofType(ToolType.TURNING_INSERT)), strongest, any, t -> {
                        double max = Double.isFinite(t.depthOfCutMaxMm()) ? t.depthOfCutMaxMm() : TURN_AP_MM;
                        int passes = (int) Math.ceil(roughStock / max - 1e-9);
                        return new Cut(Operation.TURNING_ROUGH, 1, passes, roughStock / passes, Double.NaN,
                                Double.NaN, f.stockDiameterMm(), Double.NaN);
                    });
            if (!Double.isFinite(rough.tool.depthOfCutMaxMm())) {
                assumptions.add("A turning insert with no stated depth of cut roughs at most " + fmt(TURN_AP_MM)
                        + " mm per pass.");
            }
            double time = 0;
            double diameter = f.stockDiameterMm();
            for (int p = 0; p < rough.cut.passes; p++) {
                SpeedFeedResult pass = p == 0 ? rough.result : engine(rough.tool, new Cut(Operation.TURNING_ROUGH, 1,
                        1, rough.cut.apMm, Double.NaN, Double.NaN, diameter, Double.NaN)).result;
                time += 60 * feedLength / pass.values().feedRateMmPerMin();
                diameter -= 2 * rough.cut.apMm;
            }
            addTimed(i, f, Stage.ROUGH, rough, rough.cut.passes * feedLength, time, rough.cut.passes,
                    List.of("Roughs " + rough.cut.passes + " pass(es) from Ø" + fmt(f.stockDiameterMm())
                            + " mm; the answer shown is the first, heaviest pass."));
        }
        Comparator<PlanTool> sharpest = Comparator.comparingDouble((PlanTool t) ->
                Double.isFinite(t.data().cornerRadiusMm()) ? t.data().cornerRadiusMm() : 99).thenComparing(
                        preference());
        double finishDiameter = f.diameterMm() + 2 * finishAp;
        Choice finish = choose("turning insert for finishing", Operation.TURNING_FINISH,
                List.of(ofType(ToolType.TURNING_INSERT)), sharpest, any, t -> new Cut(Operation.TURNING_FINISH, 1, 1,
                        finishAp, Double.NaN, Double.NaN, finishDiameter, Double.NaN));
        add(i, f, Stage.FINISH, finish, feedLength, 1, List.of("Turns Ø" + fmt(f.diameterMm()) + " mm to size."));
    }

    // ------------------------------------------------------------------------------------------------ choosing

    /** How an operation cuts: its levels, passes and engagement. */
    private record Cut(Operation operation, int levels, int passes, double apMm, double aeMm, double stickOutMm,
                       double workpieceDiameterMm, double pitchMm) {
    }

    /** A tool and the engine's answer for the cut it makes. */
    private record Choice(PlanTool tool, Cut cut, SpeedFeedResult result, String note) {
    }

    /** Axial levels of a depth: their count and the equal step. */
    private record Levels(int count, double step) {
    }

    private Levels levels(PlanTool t, double depth, double cap) {
        double max = Math.min(axialLimit(t), cap);
        int count = Math.max(1, (int) Math.ceil(depth / max - 1e-9));
        return new Levels(count, depth / count);
    }

    /** The largest axial step of a milling tool: its flute length, its maker's depth of cut, or a planning rule. */
    private double axialLimit(PlanTool t) {
        ToolData d = t.data();
        if (Double.isFinite(d.fluteLengthMm())) {
            return d.fluteLengthMm();
        }
        if (Double.isFinite(t.depthOfCutMaxMm())) {
            return t.depthOfCutMaxMm();
        }
        if (d.type() == ToolType.FACE_MILL) {
            assumptions.add("A face mill with no stated depth of cut takes at most " + fmt(FACE_MILL_AP)
                    + "·D per level.");
            return FACE_MILL_AP * d.diameterMm();
        }
        assumptions.add("A milling tool with no stated flute length takes at most " + fmt(END_MILL_AP)
                + "·D per axial level.");
        return END_MILL_AP * d.diameterMm();
    }

    private static double stickOut(PlanTool t, double reach) {
        double factor = t.data().type() == ToolType.FACE_MILL ? FACE_MILL_STICK_OUT_D : STICK_OUT_D;
        return Math.max(factor * t.diameterMm(), reach + STICK_OUT_CLEARANCE_MM);
    }

    private static double pointLength(PlanTool drill) {
        return 0.5 * drill.diameterMm() / Math.tan(Math.toRadians(pointAngle(drill, 118) / 2));
    }

    private static double pointAngle(PlanTool t, double fallback) {
        double a = t.data().pointAngleDeg();
        return Double.isFinite(a) && a > 0 && a < 180 ? a : fallback;
    }

    private double tapPitch(PlanTool tap) {
        if (Double.isFinite(tap.pitchMm()) || !(tap.diameterMm() > 0)) {
            return tap.pitchMm();
        }
        return Threads.coarsePitchMm(tap.diameterMm()).orElse(Double.NaN);
    }

    /**
     * Picks the first tool, in the given preference, that fits and that the engine does not refuse.
     *
     * @param need what is looked for, in words (for the reason when nothing fits)
     * @param types which tools are considered at all, in order of type preference
     * @param order preference among the considered tools
     * @param fits the size condition
     * @param cut how the chosen tool cuts
     */
    private Choice choose(String need, Operation operation, List<Predicate<PlanTool>> types,
                          Comparator<PlanTool> order, Predicate<PlanTool> fits,
                          Function<PlanTool, Cut> cut) {
        List<PlanTool> typed = in.tools().stream().filter(t -> types.stream().anyMatch(p -> p.test(t))).toList();
        if (typed.isEmpty()) {
            throw new Refusal(UnplannableReason.NO_SUITABLE_TOOL, "The tool library has no " + need + ".");
        }
        boolean rotating = operation.process() != Operation.Process.TURNING;
        List<PlanTool> sized = typed.stream().filter(t -> !rotating || Double.isFinite(t.diameterMm()))
                .filter(fits).sorted(ownFirst().thenComparing(order).thenComparing(preference())).toList();
        if (sized.isEmpty()) {
            throw new Refusal(UnplannableReason.NO_SUITABLE_TOOL, "The tool library has no " + need + "; sizes "
                    + "available: " + sizes(typed) + ".");
        }
        boolean milling = operation.process() == Operation.Process.MILLING;
        List<PlanTool> usable = sized.stream().filter(t -> !milling || t.data().flutes() > 0).toList();
        if (usable.isEmpty()) {
            throw new Refusal(UnplannableReason.TOOL_DATA_MISSING, sized.size() + " tool(s) would fit as " + need
                    + " (" + sizes(sized) + "), but none states its flute count; add the flute count to a tool of "
                    + "your own.");
        }
        Refusal last = null;
        for (PlanTool t : usable) {
            try {
                return evaluate(t, cut.apply(t));
            } catch (Refusal r) {
                last = r;
            }
        }
        throw new Refusal(last.reason, "No " + need + " can make it: " + last.getMessage()
                + (last.getMessage().endsWith(".") ? "" : "."));
    }

    /**
     * Evaluates a cut with the engine. A milling cut the engine refuses (deflection, power or torque even at the
     * smallest chip load) is retried in twice as many axial levels, down to {@link #MIN_LEVEL_MM} per level; an engine
     * refusal or input error that remains becomes a {@link Refusal}.
     */
    private Choice evaluate(PlanTool t, Cut cut) {
        Cut attempt = cut;
        String refusedLimit = null;
        while (true) {
            Choice c = engine(t, attempt);
            Warning refused = refused(c.result);
            if (refused == null) {
                return attempt == cut ? c : new Choice(t, attempt, c.result, "Cut in " + attempt.levels
                        + " levels of " + fmt(attempt.apMm) + " mm: in " + cut.levels + " the " + refusedLimit
                        + " limit refused it.");
            }
            refusedLimit = refused.code().name();
            double nextAp = attempt.apMm / 2;
            if (attempt.operation.process() != Operation.Process.MILLING || nextAp < MIN_LEVEL_MM) {
                throw new Refusal(UnplannableReason.LIMITS_REFUSE, t.name() + ": " + refused.message());
            }
            attempt = new Cut(attempt.operation, attempt.levels * 2, attempt.passes, nextAp, attempt.aeMm,
                    attempt.stickOutMm, attempt.workpieceDiameterMm, attempt.pitchMm);
        }
    }

    private static Warning refused(SpeedFeedResult result) {
        for (Warning w : result.safety().warnings()) {
            if (w.action() == Action.REFUSED) {
                return w;
            }
        }
        return null;
    }

    private Choice engine(PlanTool t, Cut cut) {
        ToolSubstrate substrate = t.data().substrate() == null ? ToolSubstrate.HSS : t.data().substrate();
        CuttingWindow window = CuttingWindow.select(in.cuttingData(), cut.operation, substrate);
        SpeedFeedInput input = new SpeedFeedInput(cut.operation, in.material(), window, t.data(),
                in.machine().data(), new CutData(cut.apMm, cut.operation == Operation.SLOTTING ? Double.NaN
                : cut.aeMm, cut.stickOutMm, cut.workpieceDiameterMm, cut.pitchMm, 0, in.machineEfficiency()),
                Overrides.NONE, Targets.NONE);
        try {
            return new Choice(t, cut, SpeedFeedEngine.calculate(input), null);
        } catch (CalcInputException e) {
            throw new Refusal(UnplannableReason.CALCULATION_REJECTED, t.name() + ": " + e.getMessage());
        }
    }

    private static Predicate<PlanTool> ofType(ToolType type) {
        return t -> t.data().type() == type;
    }

    private static Predicate<PlanTool> ofTypes(Set<ToolType> types) {
        return t -> types.contains(t.data().type());
    }

    /** Larger diameter first. */
    private static Comparator<PlanTool> largestFirst() {
        return Comparator.comparingDouble((PlanTool t) -> -t.diameterMm());
    }

    /** The caller's own tools before the shared catalog's: they are the ones in the shop. */
    private static Comparator<PlanTool> ownFirst() {
        return Comparator.comparing((PlanTool t) -> t.own() ? 0 : 1);
    }

    /** Among equally fit tools: the caller's own first, then verified ones, then by name and id. */
    private static Comparator<PlanTool> preference() {
        return Comparator.comparing((PlanTool t) -> t.own() ? 0 : 1)
                .thenComparing(t -> t.data().verified() ? 0 : 1)
                .thenComparing(t -> t.name() == null ? "" : t.name())
                .thenComparing(PlanTool::id);
    }

    private static String sizes(List<PlanTool> tools) {
        List<String> d = tools.stream().map(PlanTool::diameterMm).filter(Double::isFinite).distinct().sorted()
                .map(x -> "Ø" + fmt(x)).toList();
        return d.isEmpty() ? "none with a diameter" : String.join(", ", d);
    }

    // ------------------------------------------------------------------------------------------------ assembling

    /** An operation before it has its place in the sequence. */
    private record Draft(Stage stage, int featureIndex, String featureLabel, int order, Choice choice,
                         double pathLengthMm, double cuttingTimeS, double nonCuttingTimeS, List<String> notes) {
    }

    /** Adds an operation timed at its feed rate; path and plunges are per feature instance. */
    private void add(int i, Feature f, Stage stage, Choice c, double pathMm, int plunges, List<String> notes) {
        addTimed(i, f, stage, c, pathMm, 60 * pathMm / c.result.values().feedRateMmPerMin(), plunges, notes);
    }

    /**
     * Adds an operation whose cutting time is already known; path, time and plunges are per feature instance and
     * are multiplied by the feature's count. Each plunge (a level, a pass or a hole) retracts from its depth to the
     * retract plane and comes back, at rapid.
     */
    private void addTimed(int i, Feature f, Stage stage, Choice c, double pathMm, double cuttingS, int plunges,
                          List<String> notes) {
        boolean hole = c.cut.operation.process() != Operation.Process.MILLING
                && c.cut.operation.process() != Operation.Process.TURNING;
        double depth = hole ? c.cut.apMm : c.cut.apMm * c.cut.levels;
        double rapidS = 60 * plunges * 2 * (RETRACT_MM + depth) / rapidMmPerMin;
        int order = (int) drafts.stream().filter(d -> d.featureIndex == i && d.stage == stage).count();
        List<String> all = new ArrayList<>(notes);
        if (c.note != null) {
            all.add(c.note);
        }
        drafts.add(new Draft(stage, i, f.label(), order, c, pathMm * f.count(), cuttingS * f.count(),
                rapidS * f.count(), all));
    }

    private JobPlanResult assemble() {
        Map<Stage, Map<String, Integer>> toolRank = new HashMap<>();
        for (Draft d : drafts) {
            toolRank.computeIfAbsent(d.stage, s -> new HashMap<>()).putIfAbsent(d.choice.tool.id(),
                    toolRank.get(d.stage).size());
        }
        List<Draft> ordered = drafts.stream().sorted(Comparator.comparing((Draft d) -> d.stage)
                .thenComparing(d -> toolRank.get(d.stage).get(d.choice.tool.id()))
                .thenComparingInt(d -> d.featureIndex).thenComparingInt(d -> d.order)).toList();
        List<PlannedOperation> ops = new ArrayList<>(ordered.size());
        Set<String> formulas = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        String version = null;
        double cutting = 0;
        double nonCutting = 0;
        int changes = 0;
        String previousTool = null;
        for (Draft d : ordered) {
            Choice c = d.choice;
            ops.add(new PlannedOperation(ops.size() + 1, d.stage, d.featureIndex, d.featureLabel, c.tool.id(),
                    c.tool.name(), c.cut.operation, c.cut.levels, c.cut.passes, c.cut.apMm, c.cut.aeMm,
                    c.cut.stickOutMm, d.pathLengthMm, d.cuttingTimeS, d.nonCuttingTimeS, c.result, d.notes));
            formulas.addAll(c.result.meta().formulasUsed());
            sources.addAll(c.result.meta().sources());
            version = c.result.meta().engineVersion();
            cutting += d.cuttingTimeS;
            nonCutting += d.nonCuttingTimeS;
            if (!c.tool.id().equals(previousTool)) {
                changes++;
                previousTool = c.tool.id();
            }
        }
        assumptions.add("Operations run stage by stage (face, rough, semi-finish, finish, spot drill, drill, tap, "
                + "chamfer); within a stage, operations with the same tool run together.");
        double changeTime = changes * toolChangeS;
        return new JobPlanResult(ops, unplannable, cutting, nonCutting, changes, toolChangeS,
                cutting + nonCutting + changeTime, List.copyOf(formulas), List.copyOf(sources),
                List.copyOf(assumptions), version == null ? SpeedFeedEngine.VERSION : version);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static double nz(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static String fmt(double value) {
        return Fmt.num(value);
    }

    /** A feature cannot be planned; the message says why. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final UnplannableReason reason;

        Refusal(UnplannableReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }
}
