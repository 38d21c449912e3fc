package io.prism.calc.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import io.prism.calc.formula.Economics;
import io.prism.calc.formula.Kienzle;
import io.prism.calc.speedfeed.Action;
import io.prism.calc.speedfeed.CutData;
import io.prism.calc.speedfeed.CuttingDataOperation;
import io.prism.calc.speedfeed.CuttingWindow;
import io.prism.calc.speedfeed.IsoGroup;
import io.prism.calc.speedfeed.KcClass;
import io.prism.calc.speedfeed.LimitCheck;
import io.prism.calc.speedfeed.MachineData;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.calc.speedfeed.SpeedFeedValues;
import io.prism.calc.speedfeed.Targets;
import io.prism.calc.speedfeed.ToolData;
import io.prism.calc.speedfeed.ToolSubstrate;
import io.prism.calc.speedfeed.ToolType;
import io.prism.calc.speedfeed.Warning;
import io.prism.calc.speedfeed.WarningCode;
import io.prism.calc.speedfeed.WorkMaterial;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optimizer against hand-solved cases (Gilbert's economic tool life; a removal rate held at the spindle power),
 * the targets, the limits at the optimum, determinism, its cost, and every rejected input.
 */
class OptimizerTest {

    private static final double X = Double.NaN;

    /** 42CrMo4 annealed, ISCAR group 6: kc1.1 1775 N/mm², mc 0.24 (ISO P: carbide-on-steel Taylor constants). */
    private static final WorkMaterial STEEL = new WorkMaterial(IsoGroup.P, 1775, 0.24, KcClass.ALLOY_STEEL, X, true);

    /** AISI 304 (ISO M): no Taylor constants are published for carbide on it. */
    private static final WorkMaterial STAINLESS = new WorkMaterial(IsoGroup.M, 2150, 0.20, KcClass.AUSTENITIC_STAINLESS,
            X, true);

    /** A carbide turning insert with a 0.8 mm nose radius and a 0.1–0.4 mm/rev feed range. */
    private static final ToolData INSERT = new ToolData(ToolType.TURNING_INSERT, ToolSubstrate.CARBIDE, X, 0, X, 0.8,
            X, X, 0.1, 0.4, null, true);

    /** A 12 mm 4-flute carbide end mill, 26 mm flutes, chip load 0.04–0.08 mm. */
    private static final ToolData END_MILL = new ToolData(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 12, 4, 26, X,
            X, X, 0.04, 0.08, null, true);

    /** A 10 mm 2-flute carbide ball-nose end mill, 20 mm flutes, chip load 0.02–0.06 mm. */
    private static final ToolData BALL = new ToolData(ToolType.BALL_END_MILL, ToolSubstrate.CARBIDE, 10, 2, 20, X, X,
            X, 0.02, 0.06, null, true);

    /** A 10 mm carbide drill, 0.1–0.3 mm per lip. */
    private static final ToolData DRILL = new ToolData(ToolType.DRILL, ToolSubstrate.CARBIDE, 10, 2, 50, X, 140, X,
            0.1, 0.3, null, true);

    private static final CuttingWindow TURNING_DATA = window(CuttingDataOperation.TURNING, 50, 400);
    private static final CuttingWindow MILLING_DATA = new CuttingWindow(ToolSubstrate.CARBIDE,
            CuttingDataOperation.MILLING, 160, 240, 0.04, 0.09, X, X, true);

    /** A 15 kW, 10000 rev/min machining centre with a torque curve. */
    private static final MachineData VMC = new MachineData(10_000, 15, 18.5, new double[] {1500, 6000},
            new double[] {95, 24}, true);

    /** Co 1 per min, Ct 4 per edge, Tt 2 min, 500 cm³ per part, 1 min handling. */
    private static final CostData RATES = new CostData(1.0, 4.0, 2.0, 500, 1.0);

    private static CuttingWindow window(CuttingDataOperation operation, double vcMin, double vcMax) {
        return new CuttingWindow(ToolSubstrate.CARBIDE, operation, vcMin, vcMax, X, X, X, X, true);
    }

    private static SpeedFeedInput turning(CuttingWindow data, MachineData machine, Targets targets) {
        return new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, data, INSERT, machine,
                new CutData(X, X, X, 80, X, 0, X), null, targets);
    }

    private static SpeedFeedInput milling(Operation op, ToolData tool, MachineData machine, Targets targets) {
        return new SpeedFeedInput(op, STEEL, MILLING_DATA, tool, machine, new CutData(X, X, 35, X, X, 0, X), null,
                targets);
    }

    private static List<Constraint> constraints(OptimizeResult r) {
        return r.bindingConstraints().stream().map(BindingConstraint::constraint).toList();
    }

    @Test
    void shouldReachGilbertsEconomicToolLifeInTheHandSolvedTurningCase() {
        // No machine, no deflection check: nothing limits the feed but the insert's 0.4 mm/rev, nothing the depth but
        // its 3 mm bound, and the life of carbide on steel does not depend on either, so cost falls with feed and
        // depth: both go to their maxima. Only vc is a trade-off: tc = V/(vc·ap·fn) against T = (300/vc)^4 (the
        // shorter of the two published lives, calculatorhub's n 0.25, C 300). Gilbert: T = (1/n − 1)·(Tt + Ct/Co).
        OptimizeResult r = Optimizer.optimize(new OptimizeInput(turning(TURNING_DATA, null, null),
                Objective.MIN_COST_PER_PART, null, null, new Range(0.5, 3.0), null, RATES));

        double lifeByHand = 3.0 * (2.0 + 4.0 / 1.0);
        assertThat(lifeByHand).isEqualTo(18.0);
        assertThat(Economics.minCostToolLifeMin(0.25, 2.0, 4.0, 1.0)).isCloseTo(lifeByHand, within(1e-12));
        double speedByHand = 300.0 / Math.pow(18.0, 0.25);
        assertThat(speedByHand).isCloseTo(145.647, within(1e-3));

        SpeedFeedValues v = r.optimum().values();
        assertThat(v.feedPerRevMm()).isCloseTo(0.4, within(1e-9));
        assertThat(v.axialDepthMm()).isCloseTo(3.0, within(1e-9));
        assertThat(v.cuttingSpeedMPerMin()).isCloseTo(speedByHand, within(speedByHand * 5e-4));
        assertThat(v.toolLifeMin()).isCloseTo(lifeByHand, within(lifeByHand * 2e-3));

        double cuttingTime = 500.0 / (speedByHand * 3.0 * 0.4);
        double costByHand = 1.0 * (1.0 + cuttingTime) + (1.0 * 2.0 + 4.0) * cuttingTime / lifeByHand;
        assertThat(costByHand).isCloseTo(4.8144, within(1e-4));
        assertThat(r.objectiveValue()).isCloseTo(costByHand, within(costByHand * 1e-6));
        assertThat(r.objectiveValue()).isLessThanOrEqualTo(costByHand * (1 + 1e-9));
        assertThat(r.objectiveUnit()).isEqualTo("currency/part");
        assertThat(r.economics().costPerPart()).isEqualTo(r.objectiveValue());
        assertThat(r.economics().edgesPerPart()).isCloseTo(cuttingTime / lifeByHand, within(1e-3));
        assertThat(constraints(r)).containsExactly(Constraint.CHIP_LOAD_MAX, Constraint.AP_MAX);
        assertThat(r.optimum().meta().formulasUsed()).contains("taylor-tool-life", "machining-cycle-cost");
        assertThat(r.optimum().meta().engineVersion()).startsWith(Optimizer.VERSION);
        assertThat(r.optimum().meta().assumptions().get(0)).contains("MIN_COST_PER_PART");
    }

    @Test
    void shouldHoldTheRemovalRateAtTheSpindlePowerInTheHandSolvedCase() {
        // 10 kW spindle, η 0.8, ap fixed at 3 mm: Q = Pc·60·10³/kc, and kc falls as the chip thickens, so the best cut
        // runs the thickest chip the insert allows (0.4 mm) at the speed that uses exactly the power.
        MachineData lathe = new MachineData(4000, 10, X, null, null, true);
        OptimizeResult r = Optimizer.optimize(new OptimizeInput(turning(window(CuttingDataOperation.TURNING, 100,
                300), lathe, null), Objective.MAX_REMOVAL_RATE, null, null, new Range(3.0, 3.0), null, null));

        double kc = Kienzle.specificCuttingForceNPerMm2(1775, 0.24, 0.4);
        assertThat(kc).isCloseTo(2211.6, within(0.05));
        double removalByHand = 10.0 * 0.8 * 60_000.0 / kc;
        assertThat(removalByHand).isCloseTo(217.04, within(0.01));
        double speedByHand = removalByHand / (3.0 * 0.4);

        SpeedFeedValues v = r.optimum().values();
        assertThat(r.objectiveValue()).isCloseTo(removalByHand, within(removalByHand * 1e-4));
        assertThat(v.removalRateCm3PerMin()).isEqualTo(r.objectiveValue());
        assertThat(v.feedPerRevMm()).isCloseTo(0.4, within(1e-4));
        assertThat(v.cuttingSpeedMPerMin()).isCloseTo(speedByHand, within(speedByHand * 1e-3));
        assertThat(v.spindlePowerKw()).isCloseTo(10.0, within(1e-4)).isLessThanOrEqualTo(10.0);
        assertThat(constraints(r)).containsExactly(Constraint.CHIP_LOAD_MAX, Constraint.AP_MAX,
                Constraint.SPINDLE_POWER);
        assertThat(r.objectiveUnit()).isEqualTo("cm³/min");
        assertThat(r.economics()).isNull();
    }

    @Test
    void shouldKeepEveryLimitAndBoundAtAMillingOptimum() {
        for (Objective objective : Objective.values()) {
            OptimizeResult r = Optimizer.optimize(new OptimizeInput(milling(Operation.SIDE_MILLING, END_MILL, VMC,
                    null), objective, null, null, null, null, new CostData(1.5, 12, 1, 200, 0.5)));
            SpeedFeedValues v = r.optimum().values();
            assertThat(r.optimum().safety().warnings()).noneMatch(w -> w.action() == Action.REFUSED);
            for (LimitCheck check : r.optimum().safety().limits()) {
                assertThat(check.utilisation()).as(check.toString()).isLessThanOrEqualTo(1.0);
            }
            for (SearchBound b : r.searchBounds()) {
                double value = switch (b.variable()) {
                    case CUTTING_SPEED -> v.cuttingSpeedMPerMin();
                    case CHIP_LOAD -> v.maxChipThicknessMm();
                    case AXIAL_DEPTH -> v.axialDepthMm();
                    case RADIAL_DEPTH -> v.radialDepthMm();
                };
                assertThat(value).as(b.toString()).isBetween(b.min() * (1 - 1e-6), b.max() * (1 + 1e-6));
            }
            assertThat(r.searchBounds()).extracting(SearchBound::variable).containsExactly(SearchVariable.values());
            assertThat(r.bindingConstraints()).isNotEmpty();
            for (BindingConstraint c : r.bindingConstraints()) {
                assertThat(Math.abs(c.value() - c.limit())).as(c.toString())
                        .isLessThanOrEqualTo(c.limit() * Optimizer.BINDING_TOLERANCE);
            }
            assertThat(r.feasibleCandidates()).isPositive().isLessThanOrEqualTo(r.candidatesEvaluated());
        }
    }

    @Test
    void shouldPreferTheCheaperCutToTheFasterOne() {
        SpeedFeedInput base = milling(Operation.SIDE_MILLING, END_MILL, VMC, null);
        CostData rates = new CostData(1.5, 12, 1, 200, 0.5);
        OptimizeResult cheapest = Optimizer.optimize(new OptimizeInput(base, Objective.MIN_COST_PER_PART, null, null,
                null, null, rates));
        OptimizeResult fastest = Optimizer.optimize(new OptimizeInput(base, Objective.MAX_REMOVAL_RATE, null, null,
                null, null, rates));
        assertThat(cheapest.economics().costPerPart()).isLessThanOrEqualTo(fastest.economics().costPerPart());
        assertThat(fastest.optimum().values().removalRateCm3PerMin())
                .isGreaterThanOrEqualTo(cheapest.optimum().values().removalRateCm3PerMin());
        assertThat(cheapest.optimum().values().toolLifeMin())
                .isGreaterThanOrEqualTo(fastest.optimum().values().toolLifeMin());
    }

    @Test
    void shouldProgramTheChipThinningCompensatedFeedForEveryMillingOperation() {
        // Without a machine and with a loose deflection limit only the chip-load maximum holds the removal rate, so
        // the optimum's largest chip must sit on it; the engine would clamp (a CHIP_LOAD_MAX warning) if the feed the
        // optimizer programs did not give exactly the chip it meant.
        Targets loose = new Targets(X, X, 10.0);
        record Case(Operation op, ToolData tool, double maxChip) {
        }
        for (Case c : List.of(new Case(Operation.SIDE_MILLING, END_MILL, 0.08), new Case(Operation.FACE_MILLING,
                END_MILL, 0.08), new Case(Operation.SLOTTING, END_MILL, 0.08),
                new Case(Operation.HIGH_EFFICIENCY_MILLING, END_MILL, 0.08),
                new Case(Operation.BALL_NOSE_FINISHING, BALL, 0.06))) {
            OptimizeResult r = Optimizer.optimize(new OptimizeInput(milling(c.op(), c.tool(), null, loose),
                    Objective.MAX_REMOVAL_RATE, null, null, null, null, null));
            SpeedFeedValues v = r.optimum().values();
            assertThat(v.maxChipThicknessMm()).as(c.op().name()).isCloseTo(c.maxChip(), within(1e-9));
            assertThat(r.optimum().safety().warnings()).as(c.op().name())
                    .noneMatch(w -> w.code() == WarningCode.CHIP_LOAD_MAX);
            assertThat(constraints(r)).as(c.op().name()).contains(Constraint.CHIP_LOAD_MAX);
        }
    }

    @Test
    void shouldOptimiseDrillingOverSpeedAndFeed() {
        SpeedFeedInput base = new SpeedFeedInput(Operation.DRILLING, STEEL, window(CuttingDataOperation.DRILLING, 60,
                120), DRILL, VMC, new CutData(X, X, X, X, X, 0, X), null, null);
        OptimizeResult r = Optimizer.optimize(new OptimizeInput(base, Objective.MAX_REMOVAL_RATE, null, null, null,
                null, null));
        assertThat(r.searchBounds()).extracting(SearchBound::variable)
                .containsExactly(SearchVariable.CUTTING_SPEED, SearchVariable.CHIP_LOAD);
        assertThat(r.optimum().values().removalRateCm3PerMin()).isPositive();
        assertThat(constraints(r)).isNotEmpty();
    }

    @Test
    void shouldMeetAToolLifeTargetByCappingTheSpeed() {
        // MAX_REMOVAL_RATE alone would run the top of the window (400 m/min); a 30 min life needs
        // vc ≤ 300/30^0.25 = 128.2 m/min (the shorter-life pair).
        OptimizeResult r = Optimizer.optimize(new OptimizeInput(turning(TURNING_DATA, null, new Targets(30, X, X)),
                Objective.MAX_REMOVAL_RATE, null, null, new Range(1, 3), null, null));
        double speed = 300.0 / Math.pow(30.0, 0.25);
        assertThat(r.optimum().values().cuttingSpeedMPerMin()).isCloseTo(speed, within(speed * 1e-6));
        assertThat(r.optimum().values().toolLifeMin()).isCloseTo(30.0, within(30.0 * 1e-6));
        assertThat(constraints(r)).contains(Constraint.TOOL_LIFE_TARGET);
        assertThat(r.searchBounds().get(0).basis()).contains("tool-life target");
    }

    @Test
    void shouldMeetASurfaceFinishTargetByCappingTheFeedOrTheStepover() {
        // turning: fn ≤ √(Ra·32·rε/1000) = √(1.6·32·0.8/1000) = 0.2024 mm/rev
        OptimizeResult turned = Optimizer.optimize(new OptimizeInput(turning(TURNING_DATA, null,
                new Targets(X, 1.6, X)), Objective.MAX_REMOVAL_RATE, null, null, new Range(1, 3), null, null));
        assertThat(turned.optimum().values().feedPerRevMm()).isCloseTo(Math.sqrt(1.6 * 32 * 0.8 / 1000),
                within(1e-6));
        assertThat(turned.optimum().values().surfaceFinishRaUm()).isLessThanOrEqualTo(1.6 * (1 + 1e-9));
        assertThat(constraints(turned)).contains(Constraint.SURFACE_FINISH_TARGET);

        // ball nose: Ra 0.8 µm ≈ scallop / 4, so scallop ≤ 3.2 µm and the stepover ≤ 2·√(h·(D − h))
        OptimizeResult ball = Optimizer.optimize(new OptimizeInput(milling(Operation.BALL_NOSE_FINISHING, BALL, VMC,
                new Targets(X, 0.8, X)), Objective.MAX_REMOVAL_RATE, null, null, new Range(0.1, 0.5), null, null));
        double stepover = 2 * Math.sqrt(0.0032 * (10 - 0.0032));
        assertThat(ball.optimum().values().radialDepthMm()).isCloseTo(stepover, within(stepover * 1e-6));
        assertThat(ball.optimum().values().surfaceFinishRaUm()).isLessThanOrEqualTo(0.8 * (1 + 1e-9));
        assertThat(ball.optimum().safety().warnings()).noneMatch(w -> w.code() == WarningCode.SURFACE_FINISH_TARGET);
        assertThat(constraints(ball)).contains(Constraint.SURFACE_FINISH_TARGET);
    }

    @Test
    void shouldNameTheSpindleSpeedLimitWhenItHoldsTheSpeed() {
        // a 3000 rev/min spindle allows only π·12·3000/1000 = 113 m/min on the 12 mm tool, below the window
        MachineData slow = new MachineData(3000, 15, X, null, null, true);
        OptimizeResult r = Optimizer.optimize(new OptimizeInput(milling(Operation.SIDE_MILLING, END_MILL, slow,
                new Targets(X, X, 1.0)), Objective.MAX_REMOVAL_RATE, null, null, null, null, null));
        assertThat(r.optimum().values().spindleSpeedRpm()).isCloseTo(3000, within(1e-6));
        assertThat(constraints(r)).contains(Constraint.MACHINE_MAX_RPM).doesNotContain(Constraint.CUTTING_SPEED_MIN);
        assertThat(r.searchBounds().get(0).max()).isCloseTo(Math.PI * 12 * 3000 / 1000, within(1e-9));
    }

    @Test
    void shouldAnswerIdenticallyTwice() {
        OptimizeInput input = new OptimizeInput(milling(Operation.SIDE_MILLING, END_MILL, VMC, null),
                Objective.MIN_COST_PER_PART, null, null, null, null, new CostData(1.5, 12, 1, 200, 0.5));
        OptimizeResult first = Optimizer.optimize(input);
        OptimizeResult second = Optimizer.optimize(input);
        assertThat(second.optimum().values()).isEqualTo(first.optimum().values());
        assertThat(second.optimum().safety()).isEqualTo(first.optimum().safety());
        assertThat(second.optimum().meta().assumptions()).isEqualTo(first.optimum().meta().assumptions());
        assertThat(second.objectiveValue()).isEqualTo(first.objectiveValue());
        assertThat(second.bindingConstraints()).isEqualTo(first.bindingConstraints());
        assertThat(second.searchBounds()).isEqualTo(first.searchBounds());
        assertThat(second.economics()).isEqualTo(first.economics());
        assertThat(second.candidatesEvaluated()).isEqualTo(first.candidatesEvaluated());
    }

    @Test
    void shouldFinishWellUnderASecond() {
        OptimizeInput input = new OptimizeInput(milling(Operation.SIDE_MILLING, END_MILL, VMC, null),
                Objective.MIN_COST_PER_PART, null, null, null, null, new CostData(1.5, 12, 1, 200, 0.5));
        long start = System.nanoTime();
        OptimizeResult r = Optimizer.optimize(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("one four-variable optimisation, cold").isLessThan(2000);
        assertThat(r.candidatesEvaluated()).isLessThan(Optimizer.MAX_EVALUATIONS);
    }

    @Test
    void shouldRejectInputsItCannotWorkWithNamingTheField() {
        SpeedFeedInput side = milling(Operation.SIDE_MILLING, END_MILL, VMC, null);
        expect(new OptimizeInput(side, Objective.MIN_COST_PER_PART, null, null, null, null, null), "economics",
                "required");
        expect(new OptimizeInput(side, Objective.MAX_REMOVAL_RATE, null, null, new Range(8, 4), null, null),
                "apMm.min", "must not exceed apMm.max");
        expect(new OptimizeInput(side, Objective.MAX_REMOVAL_RATE, new Range(X, -5), null, null, null, null),
                "cuttingSpeedMPerMin.max", "(0.0, 10000.0]");
        expect(new OptimizeInput(side, Objective.MAX_REMOVAL_RATE, null, null, new Range(2, 30), null, null),
                "apMm.max", "flute length");
        expect(new OptimizeInput(side, Objective.MAX_REMOVAL_RATE, null, null, null, new Range(1, 13), null),
                "aeMm.max", "tool diameter");
        expect(new OptimizeInput(milling(Operation.SLOTTING, END_MILL, VMC, null), Objective.MAX_REMOVAL_RATE, null,
                null, null, new Range(1, 6), null), "aeMm", "SLOTTING");
        expect(new OptimizeInput(side, Objective.MAX_REMOVAL_RATE, null, null, null, null,
                new CostData(1, 4, 2, 0, X)), "economics.volumeCm3", "(0.0");
        expect(new OptimizeInput(milling(Operation.SIDE_MILLING, END_MILL, VMC, new Targets(X, 1.6, X)),
                Objective.MAX_REMOVAL_RATE, null, null, null, null, null), "targets.surfaceFinishRaUm", "turning");
        expect(new OptimizeInput(new SpeedFeedInput(Operation.TAPPING, STEEL, null, END_MILL, VMC,
                new CutData(X, X, X, X, X, 0, X), null, null), Objective.MAX_REMOVAL_RATE, null, null, null, null,
                null), "operation", "TAPPING");
        expect(new OptimizeInput(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, MILLING_DATA, END_MILL, VMC,
                new CutData(X, X, X, X, X, 0, X), null, null), Objective.MAX_REMOVAL_RATE, null, null, null, null,
                null), "stickOutMm", "required");
        expect(new OptimizeInput(turning(null, null, null), Objective.MAX_REMOVAL_RATE, null, null,
                new Range(1, 3), null, null), "cuttingSpeedMPerMin", "cuttingSpeedMPerMin.min and");
        expect(new OptimizeInput(turning(TURNING_DATA, null, null), Objective.MAX_REMOVAL_RATE, null, null, null,
                null, null), "apMm.max", "give apMm.max");
    }

    @Test
    void shouldExplainThatMinimumCostNeedsTaylorConstants() {
        SpeedFeedInput stainless = new SpeedFeedInput(Operation.SIDE_MILLING, STAINLESS, MILLING_DATA, END_MILL, VMC,
                new CutData(X, X, 35, X, X, 0, X), null, null);
        expect(new OptimizeInput(stainless, Objective.MIN_COST_PER_PART, null, null, null, null, RATES), "objective",
                "no Taylor constants");
        SpeedFeedInput withLife = new SpeedFeedInput(Operation.SIDE_MILLING, STAINLESS, MILLING_DATA, END_MILL, VMC,
                new CutData(X, X, 35, X, X, 0, X), null, new Targets(20, X, X));
        expect(new OptimizeInput(withLife, Objective.MAX_REMOVAL_RATE, null, null, null, null, null),
                "targets.toolLifeMin", "cannot be checked");
        OptimizeResult fastest = Optimizer.optimize(new OptimizeInput(stainless, Objective.MAX_REMOVAL_RATE, null,
                null, null, null, RATES));
        assertThat(fastest.economics()).isNull();
        assertThat(fastest.optimum().meta().assumptions()).anyMatch(a -> a.contains("cost per part is not reported"));
    }

    @Test
    void shouldSayWhenNoCutWithinTheBoundsIsAllowed() {
        // a 0.5 kW spindle cannot take even the lightest 20 mm × 12 mm slot at the lowest chip load
        MachineData weak = new MachineData(10_000, 0.5, X, null, null, true);
        CalcInputException e = expect(new OptimizeInput(milling(Operation.SLOTTING, END_MILL, weak,
                new Targets(X, X, 1.0)), Objective.MAX_REMOVAL_RATE, null, null, new Range(20, 26), null, null),
                "apMm.min", "No cut within the bounds");
        assertThat(e.getMessage()).contains("At the lightest cut searched");
    }

    @Test
    void shouldNotReportTheTargetsAsWarningsAtTheOptimum() {
        OptimizeResult r = Optimizer.optimize(new OptimizeInput(turning(TURNING_DATA, null, new Targets(30, 1.6, X)),
                Objective.MIN_COST_PER_PART, null, null, new Range(1, 3), null, RATES));
        for (Warning w : r.optimum().safety().warnings()) {
            assertThat(w.action()).as(w.message()).isNotEqualTo(Action.REFUSED);
        }
        assertThat(r.optimum().values().toolLifeMin()).isGreaterThanOrEqualTo(30 * (1 - 1e-9));
    }

    private static CalcInputException expect(OptimizeInput input, String field, String message) {
        assertThatThrownBy(() -> Optimizer.optimize(input)).isInstanceOf(CalcInputException.class)
                .hasMessageContaining(message);
        try {
            Optimizer.optimize(input);
        } catch (CalcInputException e) {
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            return e;
        }
        throw new AssertionError("no exception");
    }
}
