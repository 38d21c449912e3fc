package io.prism.calc.speedfeed;

import static io.prism.calc.speedfeed.Cuts.END_MILL;
import static io.prism.calc.speedfeed.Cuts.STEEL;
import static io.prism.calc.speedfeed.Cuts.STEEL_MILLING;
import static io.prism.calc.speedfeed.Cuts.VMC;
import static io.prism.calc.speedfeed.Cuts.X;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import io.prism.calc.formula.FormulaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios of the speed-and-feed engine: starting point, clamps, reductions, refusals, results and validation. */
class SpeedFeedEngineTest {

    @Test
    void shouldStartFromTheMiddleOfTheCuttingDataWindow() {
        SpeedFeedResult r = SpeedFeedEngine.calculate(Cuts.sideMilling(6, 6, 40, null));
        SpeedFeedValues v = r.values();
        assertThat(v.cuttingSpeedMPerMin()).isEqualTo(200.0);
        assertThat(v.spindleSpeedRpm()).isCloseTo(1000 * 200 / (Math.PI * 12), within(1e-9));
        // ae = D/2: no thinning; chip = middle of 0.036–0.096 mm = 0.066 mm
        assertThat(v.maxChipThicknessMm()).isCloseTo(0.066, within(1e-12));
        assertThat(v.feedPerToothMm()).isCloseTo(0.066, within(1e-12));
        assertThat(v.feedRateMmPerMin()).isCloseTo(0.066 * 4 * v.spindleSpeedRpm(), within(1e-9));
        assertThat(v.removalRateCm3PerMin()).isCloseTo(6 * 6 * v.feedRateMmPerMin() / 1000, within(1e-9));
        assertThat(v.spindlePowerKw()).isCloseTo(v.netPowerKw() / 0.8, within(1e-12));
        assertThat(v.torqueNm()).isCloseTo(9549.2966 * v.spindlePowerKw() / v.spindleSpeedRpm(), within(1e-4));
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.CUTTING_DATA);
    }

    @Test
    void shouldCompensateRadialChipThinningBelowHalfTheDiameter() {
        SpeedFeedValues v = SpeedFeedEngine.calculate(Cuts.sideMilling(6, 1.2, 40, null)).values();
        // ae/D = 0.1: RCTF = 1/(2·√(0.1·0.9)) = 1.6667 (Helical [S12], machinecalcs [S17])
        assertThat(v.maxChipThicknessMm()).isCloseTo(0.066, within(1e-12));
        assertThat(v.feedPerToothMm()).isCloseTo(0.066 / 0.6, within(1e-9));
    }

    @Test
    void shouldClampTheSpindleSpeedToTheToolAndTheMachine() {
        ToolData small = new ToolData(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 3, 3, X, X, X, 15_000, X, X,
                null, true);
        SpeedFeedInput in = new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, small, VMC,
                Cuts.mill(3, 0.5, 15), null, Cuts.LOOSE);
        SpeedFeedResult r = SpeedFeedEngine.calculate(in);
        assertThat(r.values().spindleSpeedRpm()).isEqualTo(8100.0);
        assertThat(r.values().cuttingSpeedMPerMin()).isCloseTo(Math.PI * 3 * 8100 / 1000, within(1e-9));
        assertThat(r.safety().warnings()).extracting(Warning::code)
                .contains(WarningCode.TOOL_MAX_RPM, WarningCode.MACHINE_MAX_RPM);
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.MACHINE_MAX_RPM);
        assertThat(r.meta().formulasUsed()).contains("cutting-speed-from-spindle-speed");
    }

    @Test
    void shouldClampTheChipLoadToTheToolMaximum() {
        SpeedFeedInput in = new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                Cuts.mill(6, 6, 40), new Overrides(X, 0.12), Cuts.LOOSE);
        SpeedFeedResult r = SpeedFeedEngine.calculate(in);
        assertThat(r.values().maxChipThicknessMm()).isCloseTo(0.08, within(1e-12));
        Warning w = r.safety().warnings().get(0);
        assertThat(w.code()).isEqualTo(WarningCode.CHIP_LOAD_MAX);
        assertThat(w.action()).isEqualTo(Action.CLAMPED);
        assertThat(w.limit()).isEqualTo(0.08);
        assertThat(w.actual()).isEqualTo(0.12);
    }

    @Test
    void shouldReduceTheFeedUntilThePowerFitsTheSpindle() {
        MachineData small = new MachineData(6000, 5.6, X, null, null, true);
        SpeedFeedInput in = new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, small,
                Cuts.mill(12, 6, 30), null, new Targets(X, X, 1.0));
        SpeedFeedResult unlimited = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL,
                STEEL_MILLING, END_MILL, null, Cuts.mill(12, 6, 30), null, new Targets(X, X, 1.0)));
        assertThat(unlimited.values().spindlePowerKw()).isGreaterThan(5.6);
        SpeedFeedResult r = SpeedFeedEngine.calculate(in);
        assertThat(r.values().spindlePowerKw()).isLessThanOrEqualTo(5.6).isCloseTo(5.6, within(1e-6));
        // power ∝ fz^(1 − mc): the feed falls by (5.6/P)^(1/0.76)
        double expected = Math.pow(5.6 / unlimited.values().spindlePowerKw(), 1 / 0.76);
        assertThat(r.values().feedPerToothMm() / unlimited.values().feedPerToothMm()).isCloseTo(expected,
                within(1e-6));
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.MACHINE_POWER);
        assertThat(r.safety().warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.MACHINE_POWER);
            assertThat(w.action()).isEqualTo(Action.REDUCED);
            assertThat(w.actual()).isCloseTo(unlimited.values().spindlePowerKw(), within(1e-9));
        });
        assertThat(r.safety().level()).isEqualTo(SafetyLevel.CAUTION);
        assertThat(r.meta().uncertainty()).anySatisfy(b -> {
            assertThat(b.quantity()).isEqualTo(UncertainQuantity.REMOVAL_RATE);
            assertThat(b.relative()).isPositive();
        });
    }

    @Test
    void shouldRefuseWhenEvenTheMinimumChipLoadOverloadsTheSpindle() {
        MachineData tiny = new MachineData(6000, 1.0, X, null, null, true);
        SpeedFeedInput in = new SpeedFeedInput(Operation.SLOTTING, STEEL, STEEL_MILLING, END_MILL, tiny,
                Cuts.mill(12, X, 30), null, new Targets(X, X, 1.0));
        SpeedFeedResult r = SpeedFeedEngine.calculate(in);
        assertThat(r.safety().level()).isEqualTo(SafetyLevel.UNSAFE);
        assertThat(r.safety().score()).isLessThan(0.4);
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.MACHINE_POWER);
        assertThat(r.safety().warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.MACHINE_POWER);
            assertThat(w.action()).isEqualTo(Action.REFUSED);
        });
        // the refused values sit at the tool's minimum chip load
        assertThat(r.values().maxChipThicknessMm()).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void shouldReduceTheFeedForDeflectionAndUseTheSteppedBeamWhenTheFluteLengthIsKnown() {
        SpeedFeedResult r = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL,
                STEEL_MILLING, END_MILL, null, Cuts.mill(12, 3, 60), null, null));
        assertThat(r.meta().formulasUsed()).contains("stepped-end-mill-deflection");
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.DEFLECTION);
        assertThat(r.values().deflectionMm()).isGreaterThan(0.025);
        assertThat(r.safety().warnings()).anySatisfy(w -> assertThat(w.action()).isEqualTo(Action.REFUSED));
        SpeedFeedResult loose = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL,
                STEEL_MILLING, END_MILL, null, Cuts.mill(12, 3, 60), null, new Targets(X, X, 0.2)));
        assertThat(loose.values().deflectionMm()).isLessThanOrEqualTo(0.2);
        assertThat(loose.safety().level()).isNotEqualTo(SafetyLevel.UNSAFE);
    }

    @Test
    void shouldCapTheTurningFeedForASurfaceFinishTarget() {
        ToolData insert = new ToolData(ToolType.TURNING_INSERT, ToolSubstrate.COATED_CARBIDE, X, 0, X, 0.8, X, X, X,
                X, new ToolData.Recommendation(IsoGroup.P, 150, 250, 0.2, 0.4), true);
        SpeedFeedResult r = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.TURNING_FINISH, STEEL, null,
                insert, null, Cuts.turn(1, 60), null, new Targets(X, 1.6, X)));
        // f = √(Ra·32·rε/1000) = √(1.6·32·0.8/1000) = 0.2024 mm (calc-reference §10.1)
        assertThat(r.values().feedPerRevMm()).isCloseTo(Math.sqrt(1.6 * 32 * 0.8 / 1000), within(1e-12));
        assertThat(r.values().surfaceFinishRaUm()).isCloseTo(1.6, within(1e-9));
        assertThat(r.values().feedPerToothMm()).isNaN();
        assertThat(r.values().spindleSpeedRpm()).isCloseTo(1000 * 200 / (Math.PI * 60), within(1e-9));
        assertThat(r.values().removalRateCm3PerMin()).isCloseTo(200 * 1 * r.values().feedPerRevMm(), within(1e-9));
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.SURFACE_FINISH_TARGET);
    }

    @Test
    void shouldLowerTheSpeedForAToolLifeTarget() {
        SpeedFeedResult r = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL,
                STEEL_MILLING, END_MILL, null, Cuts.mill(6, 6, 40), null, new Targets(30, X, 1.0)));
        // carbide on steel: the lower of C/T^n over (0.25, 500) and (0.25, 300) = 300/30^0.25
        assertThat(r.values().cuttingSpeedMPerMin()).isCloseTo(300 / Math.pow(30, 0.25), within(1e-9));
        assertThat(r.values().toolLifeMin()).isCloseTo(30, within(1e-6));
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.TOOL_LIFE_TARGET);
    }

    @Test
    void shouldNameTheScallopAndTheStepoverForABallNoseFinish() {
        ToolData ball = new ToolData(ToolType.BALL_END_MILL, ToolSubstrate.CARBIDE, 6, 2, 12, 3, X, X, X, X, null,
                true);
        SpeedFeedResult r = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.BALL_NOSE_FINISHING, STEEL,
                STEEL_MILLING, ball, null, Cuts.mill(0.2, 0.5, 30), null, new Targets(X, 0.5, X)));
        // Ø6 ball, stepover 0.5 → scallop 0.01043 mm (machinecalcs [S25], calc-reference §10.2)
        assertThat(r.values().scallopHeightMm()).isCloseTo(0.01043, within(1e-5));
        assertThat(r.values().cuttingDiameterMm()).isCloseTo(2 * Math.sqrt(0.2 * 5.8), within(1e-12));
        assertThat(r.safety().warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.SURFACE_FINISH_TARGET);
            assertThat(w.action()).isEqualTo(Action.NOTED);
            assertThat(w.message()).contains("stepover of at most");
        });
    }

    @Test
    void shouldReportTungaloyThrustWhenTheMaterialHasItsDrillingConstant() {
        WorkMaterial scm440 = new WorkMaterial(IsoGroup.P, 1725, 0.24, KcClass.ALLOY_STEEL, 2.41, true);
        ToolData drill = new ToolData(ToolType.DRILL, ToolSubstrate.CARBIDE, 20, 2, 80, X, 118, X, 0.1, 0.1, null,
                true);
        SpeedFeedResult r = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.DRILLING, scm440, null, drill,
                null, new CutData(40, X, X, X, X, 0, X), new Overrides(80, X), null));
        // Tungaloy L068: Ø20, f 0.2, K 2.41 → 6995 N (calc-reference §12.3)
        assertThat(r.values().feedPerRevMm()).isCloseTo(0.2, within(1e-12));
        assertThat(r.values().thrustForceN()).isCloseTo(6995, within(10.0));
        assertThat(r.meta().formulasUsed()).contains("drilling-sandvik-loads", "drilling-tungaloy-loads");
        UncertaintyBand torque = band(r, UncertainQuantity.TORQUE);
        UncertaintyBand power = band(r, UncertainQuantity.SPINDLE_POWER);
        assertThat(torque.relative()).isGreaterThan(power.relative());
        assertThat(torque.basis()).contains("Tungaloy");
    }

    @Test
    void shouldTapAtTheCoarsePitch() {
        ToolData tap = new ToolData(ToolType.TAP, ToolSubstrate.HSS, 8, 0, 20, X, X, X, X, X, null, true);
        SpeedFeedResult r = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.TAPPING, STEEL, null, tap, VMC,
                new CutData(X, X, X, X, X, 0, X), null, null));
        assertThat(r.values().feedPerRevMm()).isEqualTo(1.25);
        assertThat(r.values().feedRateMmPerMin()).isCloseTo(1.25 * r.values().spindleSpeedRpm(), within(1e-9));
        assertThat(r.values().cuttingSpeedMPerMin()).isEqualTo(15.0);
        assertThat(r.values().spindlePowerKw()).isNaN();
        assertThat(r.meta().uncertainty()).isEmpty();
        assertThat(r.meta().formulasUsed()).containsExactly("spindle-speed-from-cutting-speed", "tapping-feed");
    }

    @Test
    void shouldFallBackToTheIsoGroupConstantsAndWidenTheBand() {
        WorkMaterial unknown = new WorkMaterial(IsoGroup.P, X, X, KcClass.ALLOY_STEEL, X, true);
        SpeedFeedResult own = SpeedFeedEngine.calculate(Cuts.sideMilling(6, 6, 40, null));
        SpeedFeedResult fallback = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.SIDE_MILLING, unknown,
                null, END_MILL, null, Cuts.mill(6, 6, 40), null, Cuts.LOOSE));
        // the P default is 42CrMo4 annealed, ISCAR group 6: 1775/0.24
        assertThat(fallback.values().specificCuttingForceNPerMm2()).isCloseTo(
                1775 * Math.pow(fallback.values().meanChipThicknessMm(), -0.24), within(1e-9));
        assertThat(band(fallback, UncertainQuantity.SPECIFIC_CUTTING_FORCE).relative())
                .isGreaterThan(band(own, UncertainQuantity.SPECIFIC_CUTTING_FORCE).relative());
        assertThat(fallback.meta().assumptions()).anySatisfy(a -> assertThat(a).contains("no Kienzle constants"));
        assertThat(fallback.safety().score()).isLessThan(own.safety().score());
    }

    @Test
    void shouldBaseTheKcBandOnThe42CrMo4Disagreement() {
        // ISCAR 1775/0.24 (2612 at 0.2 mm) against König-type 2500/0.26 (3800): calc-reference §15
        UncertaintyBand kc = band(SpeedFeedEngine.calculate(Cuts.sideMilling(6, 6, 40, null)),
                UncertainQuantity.SPECIFIC_CUTTING_FORCE);
        assertThat(kc.relative()).isCloseTo((3800.0 - 2000.0) / (3800.0 + 2000.0), within(1e-12));
        assertThat(kc.basis()).contains("König").contains("ISCAR").contains("Mitsubishi milling");
    }

    @Test
    void shouldNameOnlyRegistryFormulasAndCiteThem() {
        SpeedFeedResult r = SpeedFeedEngine.calculate(Cuts.sideMilling(6, 2, 40, VMC));
        assertThat(r.meta().formulasUsed()).isNotEmpty()
                .allSatisfy(id -> assertThat(FormulaRegistry.byId(id)).isPresent());
        assertThat(r.meta().sources()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(r.meta().engineVersion()).isEqualTo(SpeedFeedEngine.VERSION);
    }

    @Test
    void shouldRejectInvalidCutsNamingTheField() {
        expect(Cuts.sideMilling(6, 13, 40, null), "aeMm", "must not exceed the tool diameter");
        expect(Cuts.sideMilling(30, 6, 40, null), "apMm", "flute length");
        expect(Cuts.sideMilling(0, 6, 40, null), "apMm", "must be > 0");
        expect(Cuts.sideMilling(6, -1, 40, null), "aeMm", "must be > 0");
        expect(Cuts.sideMilling(6, 6, X, null), "stickOutMm", "is required");
        expect(Cuts.sideMilling(6, 6, 4, null), "stickOutMm", "at least apMm");
        expect(new SpeedFeedInput(Operation.DRILLING, STEEL, null, END_MILL, null, Cuts.mill(6, 6, 40), null, null),
                "operation", "FLAT_END_MILL");
        expect(new SpeedFeedInput(Operation.HIGH_EFFICIENCY_MILLING, STEEL, null, END_MILL, null,
                Cuts.mill(6, 7, 40), null, null), "aeMm", "half the tool diameter");
        expect(new SpeedFeedInput(Operation.SLOTTING, STEEL, null, END_MILL, null, Cuts.mill(6, 6, 40), null,
                null), "aeMm", "SLOTTING");
        expect(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, null, Cuts.tool(ToolType.FLAT_END_MILL,
                ToolSubstrate.CARBIDE, 10, 0), null, Cuts.mill(5, 5, 30), null, null), "flutes", "flute count");
        expect(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, null, Cuts.tool(ToolType.FLAT_END_MILL,
                ToolSubstrate.CARBIDE, X, 4), null, Cuts.mill(5, 5, 30), null, null), "toolId", "no diameter");
        ToolData insert = Cuts.tool(ToolType.TURNING_INSERT, ToolSubstrate.CARBIDE, X, 0);
        expect(new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, null, insert, null, Cuts.turn(31, 60), null,
                null), "apMm", "half the workpiece diameter");
        expect(new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, null, insert, null, Cuts.turn(2, X), null,
                null), "workpieceDiameterMm", "is required");
        expect(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null, Cuts.mill(6, 6, 40),
                new Overrides(-5, X), null), "overrides.cuttingSpeedMPerMin", "must be > 0");
        expect(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null, Cuts.mill(6, 6, 40),
                null, new Targets(0, X, X)), "targets.toolLifeMin", "must be > 0");
        expect(new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                new CutData(6, 6, 40, X, X, 0, 1.5), null, null), "machineEfficiency", "(0.0, 1.0]");
        expect(new SpeedFeedInput(null, STEEL, null, END_MILL, null, Cuts.mill(6, 6, 40), null, null), "operation",
                "null");
    }

    @Test
    void shouldAskForAnOverrideWhenNoSpeedOrChipLoadIsKnown() {
        WorkMaterial hardened = new WorkMaterial(IsoGroup.H, X, X, KcClass.HARDENED_STEEL, X, true);
        ToolData hss = Cuts.tool(ToolType.FLAT_END_MILL, ToolSubstrate.HSS, 10, 4);
        expect(new SpeedFeedInput(Operation.SIDE_MILLING, hardened, null, hss, null, Cuts.mill(5, 5, 30), null,
                null), "overrides.cuttingSpeedMPerMin", "no cutting speed");
        WorkMaterial aluminium = new WorkMaterial(IsoGroup.N, X, X, KcClass.ALUMINIUM, X, true);
        ToolData carbide = Cuts.tool(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 10, 3);
        expect(new SpeedFeedInput(Operation.SIDE_MILLING, aluminium, null, carbide, null, Cuts.mill(5, 5, 30),
                null, null), "overrides.chipLoadMm", "no chip load");
        SpeedFeedResult given = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.SIDE_MILLING, aluminium,
                null, carbide, null, Cuts.mill(5, 5, 30), new Overrides(X, 0.05), null));
        assertThat(given.values().feedPerToothMm()).isEqualTo(0.05);
    }

    @Test
    void shouldClassifyMaterialsByGroupAndWords() {
        assertThat(KcClass.classify(IsoGroup.P, "42CrMo4 low alloy steel")).isEqualTo(KcClass.ALLOY_STEEL);
        assertThat(KcClass.classify(IsoGroup.P, "C45 non-alloy heat-treatable steel")).isEqualTo(KcClass.MILD_STEEL);
        assertThat(KcClass.classify(IsoGroup.N, "Brass Cu-Zn")).isEqualTo(KcClass.COPPER_ALLOY);
        assertThat(KcClass.classify(IsoGroup.N, "6061-T6")).isEqualTo(KcClass.ALUMINIUM);
        assertThat(KcClass.classify(IsoGroup.S, "Ti-6Al-4V grade 5")).isEqualTo(KcClass.TITANIUM);
        assertThat(KcClass.classify(IsoGroup.S, "Inconel 718")).isEqualTo(KcClass.HEAT_RESISTANT_ALLOY);
        assertThat(KcClass.classify(IsoGroup.K, null)).isEqualTo(KcClass.CAST_IRON);
    }

    @Test
    void shouldSelectCuttingDataBySubstrateThenOperation() {
        CuttingWindow rough = new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.ROUGH_MILLING, 100, 120,
                X, X, X, X, true);
        CuttingWindow finish = new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.FINISH_MILLING, 150, 180,
                X, X, X, X, true);
        CuttingWindow hss = new CuttingWindow(ToolSubstrate.HSS, CuttingDataOperation.MILLING, 20, 30, X, X, X, X,
                true);
        List<CuttingWindow> rows = List.of(hss, finish, rough);
        assertThat(CuttingWindow.select(rows, Operation.SIDE_MILLING, ToolSubstrate.CARBIDE)).isSameAs(rough);
        assertThat(CuttingWindow.select(rows, Operation.BALL_NOSE_FINISHING, ToolSubstrate.CARBIDE)).isSameAs(finish);
        assertThat(CuttingWindow.select(rows, Operation.SIDE_MILLING, ToolSubstrate.COATED_CARBIDE)).isSameAs(rough);
        assertThat(CuttingWindow.select(rows, Operation.SIDE_MILLING, ToolSubstrate.HSS)).isSameAs(hss);
        assertThat(CuttingWindow.select(List.of(hss), Operation.SIDE_MILLING, ToolSubstrate.CARBIDE)).isNull();
        assertThat(CuttingWindow.select(rows, Operation.DRILLING, ToolSubstrate.CARBIDE)).isNull();
    }

    private static UncertaintyBand band(SpeedFeedResult r, UncertainQuantity q) {
        return r.meta().uncertainty().stream().filter(b -> b.quantity() == q).findFirst().orElseThrow();
    }

    private static void expect(SpeedFeedInput in, String field, String message) {
        assertThatThrownBy(() -> SpeedFeedEngine.calculate(in)).isInstanceOf(CalcInputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo(field));
    }
}
