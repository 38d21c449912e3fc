package io.prism.calc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import io.prism.calc.speedfeed.CuttingDataOperation;
import io.prism.calc.speedfeed.CuttingWindow;
import io.prism.calc.speedfeed.IsoGroup;
import io.prism.calc.speedfeed.KcClass;
import io.prism.calc.speedfeed.MachineData;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.ToolData;
import io.prism.calc.speedfeed.ToolSubstrate;
import io.prism.calc.speedfeed.ToolType;
import io.prism.calc.speedfeed.WorkMaterial;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPlannerTest {

    private static final double X = Double.NaN;
    /** 42CrMo4-like steel: kc1.1 1775 N/mm², mc 0.24 (the seed catalog's ISCAR values). */
    private static final WorkMaterial STEEL = new WorkMaterial(IsoGroup.P, 1775, 0.24, KcClass.ALLOY_STEEL, X, true);
    private static final List<CuttingWindow> STEEL_DATA = List.of(
            new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.MILLING, 150, 250, 0.05, 0.12, X, X, true),
            new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.DRILLING, 70, 100, X, X, X, X, true),
            new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.TURNING, 150, 250, X, X, X, X, true));
    private static final MachineData SPINDLE = new MachineData(8100, X, 22.4, new double[] {2000},
            new double[] {122}, true);
    private static final PlanMachine VMC = new PlanMachine("VMC", true, false, SPINDLE, 762, 406, 508, 25.4);
    private static final PlanMachine LATHE = new PlanMachine("LATHE", false, true,
            new MachineData(4000, 11.2, X, null, null, true), X, X, X, X);

    private static PlanTool mill(String id, ToolType type, double d, int flutes, double fluteLength) {
        return new PlanTool(id, type + " D" + d, true, new ToolData(type, ToolSubstrate.CARBIDE, d, flutes,
                fluteLength, X, type == ToolType.SPOT_DRILL ? 90 : X, X, drilling(type) ? 0.05 : X,
                drilling(type) ? 0.1 : X, null, true), X, X);
    }

    private static boolean drilling(ToolType type) {
        return type == ToolType.DRILL || type == ToolType.SPOT_DRILL;
    }

    private static PlanTool insert(String id, double noseRadius, double apMax) {
        return new PlanTool(id, "insert r" + noseRadius, false, new ToolData(ToolType.TURNING_INSERT,
                ToolSubstrate.CARBIDE, X, 0, X, noseRadius, X, X, X, X,
                new ToolData.Recommendation(IsoGroup.P, 150, 250, 0.15, 0.35), true), apMax, X);
    }

    private static final List<PlanTool> LIBRARY = List.of(
            mill("fm63", ToolType.FACE_MILL, 63, 5, X),
            mill("em20", ToolType.FLAT_END_MILL, 20, 4, 40),
            mill("em10", ToolType.FLAT_END_MILL, 10, 4, 25),
            mill("em6", ToolType.FLAT_END_MILL, 6, 3, 15),
            mill("em6-noflutes", ToolType.FLAT_END_MILL, 6, 0, 15),
            mill("spot10", ToolType.SPOT_DRILL, 10, 2, X),
            mill("dr8.5", ToolType.DRILL, 8.5, 2, 60),
            mill("dr6.8", ToolType.DRILL, 6.8, 2, 50),
            new PlanTool("tapM8", "tap M8", true, new ToolData(ToolType.TAP, ToolSubstrate.HSS, 8, 3, 20, X, X, X, X,
                    X, null, true), X, X),
            mill("ch12", ToolType.CHAMFER_MILL, 12, 4, X),
            insert("cnmg-r1.2", 1.2, 4.0),
            insert("dcmt-r0.4", 0.4, X));

    private static final ThreadData M8 = new ThreadData("M8", 8, 1.25, 6.8);

    private static Feature feature(FeatureKind kind, String label, int count, double length, double width,
                                   double depth, double cornerRadius, double diameter, double stock,
                                   double chamfer, boolean through, String thread, ThreadData data) {
        return new Feature(kind, label, count, length, width, depth, cornerRadius, diameter, stock, chamfer, through,
                thread, data);
    }

    private static Feature face(double l, double w, double depth) {
        return feature(FeatureKind.FACE, "top", 1, l, w, depth, X, X, X, X, false, null, null);
    }

    private static Feature pocket(double l, double w, double depth, double r) {
        return feature(FeatureKind.POCKET, "pocket", 1, l, w, depth, r, X, X, X, false, null, null);
    }

    private static Feature hole(int count, double d, double depth, boolean through) {
        return feature(FeatureKind.HOLE, "hole", count, X, X, depth, X, d, X, X, through, null, null);
    }

    private static Feature tapped(int count, String thread, ThreadData data, double depth) {
        return feature(FeatureKind.TAPPED_HOLE, "thread", count, X, X, depth, X, X, X, X, false, thread, data);
    }

    private static JobPlanResult plan(PlanMachine machine, List<PlanTool> tools, Feature... features) {
        return JobPlanner.plan(new JobPlanInput(STEEL, STEEL_DATA, machine, tools, List.of(features), X, X));
    }

    @Test
    void shouldOrderOperationsAsAMachinistWouldAndPickToolsThatFit() {
        Feature chamfer = feature(FeatureKind.CHAMFER, "edges", 1, 400, X, X, X, X, X, 1, false, null, null);
        JobPlanResult plan = plan(VMC, LIBRARY, chamfer, tapped(4, "M8", M8, 16), hole(2, 8.5, 30, true),
                pocket(80, 50, 12, 4), face(150, 100, 1.5));

        assertThat(plan.unplannable()).isEmpty();
        List<Stage> stages = plan.operations().stream().map(PlannedOperation::stage).toList();
        assertThat(stages).isSorted();
        assertThat(stages).containsExactly(Stage.FACE, Stage.ROUGH, Stage.SEMI_FINISH, Stage.FINISH, Stage.FINISH,
                Stage.SPOT_DRILL, Stage.SPOT_DRILL, Stage.DRILL, Stage.DRILL, Stage.TAP, Stage.CHAMFER);
        assertThat(plan.operations()).extracting(PlannedOperation::toolId).containsExactly("fm63", "em20", "em6",
                "em6", "em6", "spot10", "spot10", "dr6.8", "dr8.5", "tapM8", "ch12");
        assertThat(plan.operations()).extracting(PlannedOperation::operation).containsExactly(
                Operation.FACE_MILLING, Operation.HIGH_EFFICIENCY_MILLING, Operation.SIDE_MILLING,
                Operation.FACE_MILLING, Operation.SIDE_MILLING, Operation.DRILLING, Operation.DRILLING,
                Operation.DRILLING, Operation.DRILLING, Operation.TAPPING, Operation.SIDE_MILLING);
        double sum = plan.operations().stream().mapToDouble(o -> o.cuttingTimeS() + o.nonCuttingTimeS()).sum();
        assertThat(plan.toolChanges()).isEqualTo(8);
        assertThat(plan.cycleTimeS()).isCloseTo(sum + 8 * JobPlanner.DEFAULT_TOOL_CHANGE_S, within(1e-9));
        assertThat(plan.formulasUsed()).isNotEmpty();
        assertThat(plan.sources()).isNotEmpty();
        assertThat(plan.assumptions()).anyMatch(a -> a.startsWith("Tool change time 10 s"));
    }

    @Test
    void shouldTimeADrillingOperationByHand() {
        // Ø8.5 through hole 30 mm deep, 2 holes: stroke = 30 + point 0.5·8.5/tan(59°) + 2 mm overrun, + 2 mm
        // approach per hole; time = 2·stroke/vf.
        JobPlanResult plan = plan(VMC, LIBRARY, hole(2, 8.5, 30, true));
        PlannedOperation drill = plan.operations().stream().filter(o -> o.stage() == Stage.DRILL).findFirst()
                .orElseThrow();
        double point = 0.5 * 8.5 / Math.tan(Math.toRadians(59));
        double stroke = 30 + point + 2;
        assertThat(drill.apMm()).isCloseTo(stroke, within(1e-9));
        assertThat(drill.pathLengthMm()).isCloseTo(2 * (stroke + 2), within(1e-9));
        double vf = drill.speedFeed().values().feedRateMmPerMin();
        assertThat(drill.cuttingTimeS()).isCloseTo(60 * 2 * (stroke + 2) / vf, within(1e-9));
        // two retracts per hole from the hole's depth to 5 mm above, at 25.4 m/min
        assertThat(drill.nonCuttingTimeS()).isCloseTo(2 * 60 * 2 * (5 + stroke) / 25_400, within(1e-9));
    }

    @Test
    void shouldGiveAReasonInsteadOfAPlanForWhatCannotBeMade() {
        Feature sharpPocket = pocket(40, 30, 5, 0);
        Feature oddHole = hole(1, 7.0, 10, false);
        Feature unlisted = tapped(1, "M9x3", null, 10);
        Feature turned = feature(FeatureKind.TURNED_DIAMETER, "od", 1, 50, X, X, X, 40, 50, X, false, null, null);
        Feature tooWide = face(2000, 100, 1);
        Feature tooDeep = pocket(40, 30, 600, 5);
        JobPlanResult plan = plan(VMC, LIBRARY, sharpPocket, oddHole, unlisted, turned, tooWide, tooDeep,
                hole(1, 8.5, 10, false));

        assertThat(plan.unplannable()).extracting(Unplannable::featureIndex, Unplannable::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, UnplannableReason.GEOMETRY),
                org.assertj.core.groups.Tuple.tuple(1, UnplannableReason.NO_SUITABLE_TOOL),
                org.assertj.core.groups.Tuple.tuple(2, UnplannableReason.THREAD_NOT_LISTED),
                org.assertj.core.groups.Tuple.tuple(3, UnplannableReason.MACHINE_CANNOT),
                org.assertj.core.groups.Tuple.tuple(4, UnplannableReason.OUTSIDE_TRAVEL),
                org.assertj.core.groups.Tuple.tuple(5, UnplannableReason.OUTSIDE_TRAVEL));
        assertThat(plan.unplannable().get(1).message()).contains("Ø7").contains("Ø6.8, Ø8.5");
        assertThat(plan.unplannable().get(2).message()).contains("M9x3");
        assertThat(plan.operations()).isNotEmpty().allMatch(o -> o.featureIndex() == 6);
    }

    @Test
    void shouldNameMissingFluteCountsAndSkipToolsWithoutThem() {
        List<PlanTool> noFlutes = List.of(mill("em6-noflutes", ToolType.FLAT_END_MILL, 6, 0, 15));
        JobPlanResult plan = plan(VMC, noFlutes, pocket(40, 30, 5, 4));
        assertThat(plan.unplannable()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnplannableReason.TOOL_DATA_MISSING);
            assertThat(u.message()).contains("flute count");
        });
        JobPlanResult withBoth = plan(VMC, LIBRARY, pocket(40, 30, 5, 4));
        assertThat(withBoth.operations()).noneMatch(o -> o.toolId().equals("em6-noflutes"));
    }

    @Test
    void shouldTurnOnALatheAndRefuseMillingThere() {
        Feature od = feature(FeatureKind.TURNED_DIAMETER, "od", 1, 60, X, X, X, 40, 50, X, false, null, null);
        JobPlanResult plan = plan(LATHE, LIBRARY, od, face(50, 50, 1), hole(2, 8.5, 10, false));

        assertThat(plan.operations()).extracting(PlannedOperation::operation).containsExactly(
                Operation.TURNING_ROUGH, Operation.TURNING_FINISH);
        PlannedOperation rough = plan.operations().get(0);
        // (50 - 40)/2 = 5 mm per side, 0.25 left for finishing: 4.75 mm in ceil(4.75/4) = 2 passes of 2.375 mm
        assertThat(rough.passes()).isEqualTo(2);
        assertThat(rough.apMm()).isCloseTo(2.375, within(1e-12));
        assertThat(rough.toolId()).isEqualTo("cnmg-r1.2");
        assertThat(plan.operations().get(1).toolId()).isEqualTo("dcmt-r0.4");
        assertThat(plan.operations().get(1).apMm()).isEqualTo(JobPlanner.TURN_STOCK_MM);
        // the second pass runs at a smaller diameter, so it is no slower than the first
        double first = 60 * (60 + 2) / rough.speedFeed().values().feedRateMmPerMin();
        assertThat(rough.cuttingTimeS()).isGreaterThan(first).isLessThanOrEqualTo(2 * first + 1e-9);
        assertThat(plan.unplannable()).extracting(Unplannable::reason).containsExactly(
                UnplannableReason.MACHINE_CANNOT, UnplannableReason.MACHINE_CANNOT);
    }

    @Test
    void shouldRunOperationsOfOneToolTogetherWithinAStage() {
        JobPlanResult plan = plan(VMC, LIBRARY, hole(1, 8.5, 10, false), hole(1, 6.8, 10, false),
                hole(1, 8.5, 12, false));
        assertThat(plan.operations().stream().filter(o -> o.stage() == Stage.DRILL).map(PlannedOperation::toolId))
                .containsExactly("dr8.5", "dr8.5", "dr6.8");
        assertThat(plan.toolChanges()).isEqualTo(3);
    }

    @Test
    void shouldSplitAMillingCutTheLimitsRefuseIntoMoreLevels() {
        // A D6 finishing a 12 mm deep wall: the semi-finishing pass (0.4 mm radial) deflects too much in one level
        JobPlanResult plan = plan(VMC, LIBRARY, pocket(80, 50, 12, 4));
        PlannedOperation semi = plan.operations().stream().filter(o -> o.stage() == Stage.SEMI_FINISH).findFirst()
                .orElseThrow();
        assertThat(semi.levels()).isGreaterThan(1);
        assertThat(semi.notes()).anyMatch(n -> n.contains("levels") && n.contains("DEFLECTION"));
        assertThat(semi.speedFeed().values().deflectionMm()).isLessThanOrEqualTo(0.025 + 1e-12);
    }

    @Test
    void shouldBeDeterministic() {
        Feature[] features = {face(150, 100, 1.5), pocket(80, 50, 12, 4), tapped(4, "M8", M8, 16)};
        assertThat(plan(VMC, LIBRARY, features)).isEqualTo(plan(VMC, LIBRARY, features));
    }

    @Test
    void shouldRejectMalformedFeaturesNamingTheField() {
        assertField(() -> plan(VMC, LIBRARY, pocket(40, 30, X, 4)), "features[0].depthMm");
        assertField(() -> plan(VMC, LIBRARY, face(1, 1, 1), feature(FeatureKind.HOLE, null, 1, X, X, 5, 1, 6, X, X,
                false, null, null)), "features[1].cornerRadiusMm");
        assertField(() -> plan(VMC, LIBRARY, hole(0, 6.8, 5, false)), "features[0].count");
        assertField(() -> plan(VMC, LIBRARY, hole(1, -6.8, 5, false)), "features[0].diameterMm");
        assertField(() -> plan(VMC, LIBRARY, pocket(40, 30, 5, 16)), "features[0].cornerRadiusMm");
        assertField(() -> plan(VMC, LIBRARY, feature(FeatureKind.TURNED_DIAMETER, null, 1, 50, X, X, X, 60, 50, X,
                false, null, null)), "features[0].diameterMm");
        assertField(() -> plan(VMC, LIBRARY, tapped(1, null, null, 10)), "features[0].thread");
        assertField(() -> plan(VMC, LIBRARY, face(Double.POSITIVE_INFINITY, 1, 1)), "features[0].lengthMm");
        assertField(() -> plan(VMC, LIBRARY), "features");
        List<Feature> many = new ArrayList<>();
        for (int i = 0; i <= JobPlanner.MAX_FEATURES; i++) {
            many.add(hole(1, 8.5, 5, false));
        }
        assertField(() -> JobPlanner.plan(new JobPlanInput(STEEL, STEEL_DATA, VMC, LIBRARY, many, X, X)), "features");
        assertField(() -> JobPlanner.plan(new JobPlanInput(STEEL, STEEL_DATA, VMC, LIBRARY,
                List.of(hole(1, 8.5, 5, false)), X, -1)), "toolChangeTimeS");
    }

    private static void assertField(Runnable run, String field) {
        assertThatThrownBy(run::run).isInstanceOfSatisfying(CalcInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
