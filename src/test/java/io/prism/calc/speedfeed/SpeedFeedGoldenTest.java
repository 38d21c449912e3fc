package io.prism.calc.speedfeed;

import static io.prism.calc.speedfeed.Cuts.END_MILL;
import static io.prism.calc.speedfeed.Cuts.STEEL;
import static io.prism.calc.speedfeed.Cuts.STEEL_MILLING;
import static io.prism.calc.speedfeed.Cuts.VMC;
import static io.prism.calc.speedfeed.Cuts.X;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prism.calc.CalcInputException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Golden master of the speed-and-feed engine: a broad, deterministic set of inputs (every operation, with and without
 * a machine, binding and idle limits, refusals, overrides and targets, plus seeded random inputs) is evaluated and
 * every value the result exposes (each record component, recursively, doubles as {@link Double#toString}, every
 * string and list in order, and a digest of {@code toString()}) is compared with {@code speedfeed-golden.txt}.
 * A refactoring of the engine must leave this text unchanged; a deliberate change of a result regenerates it with
 * {@code PRISM_WRITE_GOLDEN=1 ./mvnw -q -o test -Dtest=SpeedFeedGoldenTest} and is reviewed as a diff.
 */
class SpeedFeedGoldenTest {

    private static final String GOLDEN = "speedfeed-golden.txt";
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources", GOLDEN);
    private static final int RANDOM_CASES = 100;
    private static final int INTERN_FROM = 24;

    @Test
    void shouldReproduceTheGoldenRenderingOfEveryCase() throws IOException {
        StringBuilder out = new StringBuilder(1 << 20).append(header());
        Map<String, Integer> strings = new HashMap<>();
        for (Map.Entry<String, SpeedFeedInput> c : cases().entrySet()) {
            out.append("### ").append(c.getKey()).append('\n');
            out.append(render(c.getValue(), strings));
        }
        String actual = out.toString();
        if (System.getenv("PRISM_WRITE_GOLDEN") != null) {
            Files.writeString(GOLDEN_SOURCE, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream golden = SpeedFeedGoldenTest.class.getResourceAsStream("/" + GOLDEN)) {
            assertThat(golden).as(GOLDEN + " on the test class path").isNotNull();
            expected = new String(golden.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Files.writeString(Path.of("target", GOLDEN + ".actual"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("rendering against " + GOLDEN + " (actual in target/" + GOLDEN + ".actual)")
                .isEqualTo(expected);
    }

    @Test
    void shouldReadTheSameWhicheverWayAndWheneverTheResultIsRead() {
        for (SpeedFeedInput in : cases().values()) {
            SpeedFeedResult read;
            try {
                read = SpeedFeedEngine.calculate(in);
            } catch (CalcInputException e) {
                continue;
            }
            SpeedFeedResult unread = SpeedFeedEngine.calculate(in);
            String first = dump(read);
            assertThat(dump(read)).isEqualTo(first);
            assertThat(read).isEqualTo(unread);
            assertThat(unread).isEqualTo(read);
            assertThat(read.hashCode()).isEqualTo(unread.hashCode());
            assertThat(read.toString()).isEqualTo(SpeedFeedEngine.calculate(in).toString());
            assertThat(dump(unread)).isEqualTo(first);
            assertImmutable(read.safety().limits());
            assertImmutable(read.safety().warnings());
            assertImmutable(read.meta().formulasUsed());
            assertImmutable(read.meta().sources());
            assertImmutable(read.meta().uncertainty());
            assertImmutable(read.meta().assumptions());
            assertThat(read.meta().assumptions()).isEqualTo(List.copyOf(unread.meta().assumptions()));
            assertThat(read.safety().warnings()).containsExactlyElementsOf(unread.safety().warnings());
        }
    }

    private static <T> void assertImmutable(List<T> list) {
        assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
        if (!list.isEmpty()) {
            assertThatThrownBy(() -> list.set(0, list.get(0))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    // ------------------------------------------------------------------------------------------------ rendering

    /** The component names of the records rendered on one line, once at the top of the file. */
    private static String header() {
        StringBuilder s = new StringBuilder();
        s.append("# Golden rendering of SpeedFeedEngine results; written by SpeedFeedGoldenTest.\n");
        s.append("# One-line records list their components in this order; strings longer than ")
                .append(INTERN_FROM).append(" characters are\n# numbered at first use (#n=\"...\") and named by ")
                .append("number (#n) after it. Doubles are Double.toString.\n");
        for (Class<?> type : List.of(SpeedFeedValues.class, LimitCheck.class, Warning.class, UncertaintyBand.class)) {
            s.append("# ").append(type.getSimpleName()).append('(');
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                s.append(i == 0 ? "" : "|").append(components[i].getName());
            }
            s.append(")\n");
        }
        return s.toString();
    }

    private static String render(SpeedFeedInput in, Map<String, Integer> strings) {
        SpeedFeedResult r;
        try {
            r = SpeedFeedEngine.calculate(in);
        } catch (CalcInputException e) {
            return "REJECTED field=" + e.field() + " message=" + text(e.getMessage(), strings) + "\n";
        }
        StringBuilder s = new StringBuilder(4096);
        renderValue(s, "", r, strings);
        s.append("toString.sha256=").append(sha256(r.toString())).append('\n');
        return s.toString();
    }

    private static String dump(Object value) {
        StringBuilder s = new StringBuilder();
        renderValue(s, "x", value, new HashMap<>());
        return s.toString();
    }

    /**
     * Records holding lists or records are written a component a line, other records on one line; lists of records
     * an item a line, other lists on one line.
     */
    private static void renderValue(StringBuilder s, String path, Object value, Map<String, Integer> strings) {
        if (value instanceof List<?> list) {
            for (int j = 0; j < list.size(); j++) {
                assertThat(list.get(j)).isEqualTo(list.get(j));
            }
            if (list.stream().anyMatch(Record.class::isInstance)) {
                s.append(path).append(".size=").append(list.size()).append('\n');
                int i = 0;
                for (Object item : list) {
                    renderValue(s, path + "[" + i + "]", item, strings);
                    i++;
                }
                return;
            }
            s.append(path).append("=[");
            String separator = "";
            for (Object item : list) {
                s.append(separator).append(scalar(item, strings));
                separator = ", ";
            }
            s.append("]\n");
        } else if (value instanceof Record rec && nested(rec)) {
            for (RecordComponent c : rec.getClass().getRecordComponents()) {
                renderValue(s, path.isEmpty() ? c.getName() : path + "." + c.getName(), component(rec, c), strings);
            }
        } else {
            s.append(path).append('=').append(scalar(value, strings)).append('\n');
        }
    }

    private static boolean nested(Record rec) {
        for (RecordComponent c : rec.getClass().getRecordComponents()) {
            if (List.class.isAssignableFrom(c.getType()) || Record.class.isAssignableFrom(c.getType())) {
                return true;
            }
        }
        return false;
    }

    private static Object component(Record rec, RecordComponent c) {
        try {
            return c.getAccessor().invoke(rec);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scalar(Object value, Map<String, Integer> strings) {
        if (value == null) {
            return "null";
        } else if (value instanceof Double d) {
            return Double.toString(d);
        } else if (value instanceof String text) {
            return text(text, strings);
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        } else if (value instanceof Record rec) {
            StringBuilder s = new StringBuilder("(");
            RecordComponent[] components = rec.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                s.append(i == 0 ? "" : "|").append(scalar(component(rec, components[i]), strings));
            }
            return s.append(')').toString();
        }
        throw new IllegalStateException("no rendering for " + value.getClass());
    }

    /** A string in quotes; a long one numbered at first use and named by its number after it. */
    private static String text(String text, Map<String, Integer> strings) {
        String quoted = "\"" + escape(text) + "\"";
        if (text.length() <= INTERN_FROM) {
            return quoted;
        }
        Integer known = strings.get(text);
        if (known != null) {
            return "#" + known;
        }
        strings.put(text, strings.size());
        return "#" + (strings.size() - 1) + "=" + quoted;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- cases

    private static final WorkMaterial STEEL_NO_MC = new WorkMaterial(IsoGroup.P, 1775, X, KcClass.ALLOY_STEEL, X,
            true);
    private static final WorkMaterial SCM440 = new WorkMaterial(IsoGroup.P, 1725, 0.24, KcClass.ALLOY_STEEL, 2.41,
            true);
    private static final WorkMaterial UNVERIFIED_STEEL = new WorkMaterial(IsoGroup.P, 1500, 0.25, KcClass.MILD_STEEL,
            X, false);
    private static final MachineData NO_POWER = new MachineData(10_000, X, X, null, null, true);
    private static final MachineData UNVERIFIED_VMC = new MachineData(12_000, 15, X, new double[] {1500, 6000},
            new double[] {95, 40}, false);
    private static final MachineData CONTINUOUS = new MachineData(6000, 5.6, 7.5, null, null, true);
    private static final MachineData TORQUE_ONLY = new MachineData(4500, X, X, new double[] {500, 1500},
            new double[] {60, 25}, true);
    private static final MachineData TINY = new MachineData(6000, 1.0, X, null, null, true);
    private static final MachineData LATHE = new MachineData(4000, 11, 15, new double[] {800, 2500},
            new double[] {180, 70}, true);
    private static final MachineData[] MACHINES = {null, VMC, NO_POWER, UNVERIFIED_VMC, CONTINUOUS, TORQUE_ONLY,
        TINY, LATHE};

    private static Map<String, SpeedFeedInput> cases() {
        Map<String, SpeedFeedInput> cases = new LinkedHashMap<>();
        scenarioCases(cases);
        operationCases(cases);
        materialCases(cases);
        rejectedCases(cases);
        randomCases(cases, 20_251_121L, RANDOM_CASES);
        randomCases(cases, 7L, RANDOM_CASES / 2);
        return cases;
    }

    /** The inputs of SpeedFeedEngineTest and the benchmark. */
    private static void scenarioCases(Map<String, SpeedFeedInput> c) {
        c.put("bench.sideMilling", Cuts.sideMilling(12, 3, 36, VMC));
        c.put("bench.powerLimited", Cuts.sideMilling(24, 12, 36, VMC));
        c.put("start.middle", Cuts.sideMilling(6, 6, 40, null));
        c.put("thinning", Cuts.sideMilling(6, 1.2, 40, null));
        c.put("thinning.vmc", Cuts.sideMilling(6, 2, 40, VMC));
        ToolData small = new ToolData(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 3, 3, X, X, X, 15_000, X, X,
                null, true);
        c.put("clamp.rpm", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, small, VMC,
                Cuts.mill(3, 0.5, 15), null, Cuts.LOOSE));
        c.put("clamp.rpm.toolOnly", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, small, null,
                Cuts.mill(3, 0.5, 15), null, Cuts.LOOSE));
        c.put("clamp.chip", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                Cuts.mill(6, 6, 40), new Overrides(X, 0.12), Cuts.LOOSE));
        c.put("chip.belowMin", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, VMC,
                Cuts.mill(6, 6, 40), new Overrides(X, 0.01), Cuts.LOOSE));
        MachineData small56 = new MachineData(6000, 5.6, X, null, null, true);
        c.put("power.reduced", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, small56,
                Cuts.mill(12, 6, 30), null, new Targets(X, X, 1.0)));
        c.put("power.unlimited", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                Cuts.mill(12, 6, 30), null, new Targets(X, X, 1.0)));
        c.put("power.refused", new SpeedFeedInput(Operation.SLOTTING, STEEL, STEEL_MILLING, END_MILL, TINY,
                Cuts.mill(12, X, 30), null, new Targets(X, X, 1.0)));
        c.put("torque.reduced", new SpeedFeedInput(Operation.SLOTTING, STEEL, STEEL_MILLING, END_MILL, TORQUE_ONLY,
                Cuts.mill(10, X, 30), null, new Targets(X, X, 1.0)));
        c.put("deflection.refused", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                Cuts.mill(12, 3, 60), null, null));
        c.put("deflection.loose", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                Cuts.mill(12, 3, 60), null, new Targets(X, X, 0.2)));
        c.put("deflection.reduced", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, VMC,
                Cuts.mill(12, 3, 45), null, new Targets(X, X, 0.06)));
        c.put("deflection.andPower", new SpeedFeedInput(Operation.SLOTTING, STEEL, STEEL_MILLING, END_MILL,
                CONTINUOUS, Cuts.mill(12, X, 50), null, new Targets(X, X, 0.05)));
        ToolData insert = new ToolData(ToolType.TURNING_INSERT, ToolSubstrate.COATED_CARBIDE, X, 0, X, 0.8, X, X, X,
                X, new ToolData.Recommendation(IsoGroup.P, 150, 250, 0.2, 0.4), true);
        c.put("turning.finishTarget", new SpeedFeedInput(Operation.TURNING_FINISH, STEEL, null, insert, null,
                Cuts.turn(1, 60), null, new Targets(X, 1.6, X)));
        c.put("turning.finishTarget.loose", new SpeedFeedInput(Operation.TURNING_FINISH, STEEL, null, insert, LATHE,
                Cuts.turn(1, 60), null, new Targets(X, 90, X)));
        c.put("turning.finishTarget.met", new SpeedFeedInput(Operation.TURNING_FINISH, STEEL, null, insert, LATHE,
                Cuts.turn(1, 60), null, new Targets(X, 6, X)));
        c.put("life.target", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                Cuts.mill(6, 6, 40), null, new Targets(30, X, 1.0)));
        c.put("life.target.idle", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, VMC,
                Cuts.mill(6, 6, 40), null, new Targets(0.5, X, 1.0)));
        ToolData ball = new ToolData(ToolType.BALL_END_MILL, ToolSubstrate.CARBIDE, 6, 2, 12, 3, X, X, X, X, null,
                true);
        c.put("ballnose.target", new SpeedFeedInput(Operation.BALL_NOSE_FINISHING, STEEL, STEEL_MILLING, ball, null,
                Cuts.mill(0.2, 0.5, 30), null, new Targets(X, 0.5, X)));
        c.put("ballnose.target.wide", new SpeedFeedInput(Operation.BALL_NOSE_FINISHING, STEEL, STEEL_MILLING, ball,
                VMC, Cuts.mill(0.2, 5.5, 30), null, new Targets(X, 0.01, X)));
        c.put("ballnose.met", new SpeedFeedInput(Operation.BALL_NOSE_FINISHING, STEEL, STEEL_MILLING, ball, VMC,
                Cuts.mill(0.5, 0.3, 30), null, new Targets(X, 5, X)));
        ToolData drill = new ToolData(ToolType.DRILL, ToolSubstrate.CARBIDE, 20, 2, 80, X, 118, X, 0.1, 0.1, null,
                true);
        c.put("drill.tungaloy", new SpeedFeedInput(Operation.DRILLING, SCM440, null, drill, null,
                new CutData(40, X, X, X, X, 0, X), new Overrides(80, X), null));
        ToolData tap = new ToolData(ToolType.TAP, ToolSubstrate.HSS, 8, 0, 20, X, X, X, X, X, null, true);
        c.put("tap.coarse", new SpeedFeedInput(Operation.TAPPING, STEEL, null, tap, VMC,
                new CutData(X, X, X, X, X, 0, X), null, null));
        WorkMaterial unknown = new WorkMaterial(IsoGroup.P, X, X, KcClass.ALLOY_STEEL, X, true);
        c.put("fallback.kienzle", new SpeedFeedInput(Operation.SIDE_MILLING, unknown, null, END_MILL, null,
                Cuts.mill(6, 6, 40), null, Cuts.LOOSE));
        WorkMaterial aluminium = new WorkMaterial(IsoGroup.N, X, X, KcClass.ALUMINIUM, X, true);
        ToolData carbide = Cuts.tool(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 10, 3);
        c.put("aluminium.chipOverride", new SpeedFeedInput(Operation.SIDE_MILLING, aluminium, null, carbide, null,
                Cuts.mill(5, 5, 30), new Overrides(X, 0.05), null));
        c.put("speed.override.inside", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL,
                VMC, Cuts.mill(6, 3, 40), new Overrides(180, X), Cuts.LOOSE));
        c.put("speed.override.low", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, VMC,
                Cuts.mill(6, 3, 40), new Overrides(90, X), Cuts.LOOSE));
        c.put("speed.override.high", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, VMC,
                Cuts.mill(6, 3, 40), new Overrides(400.5, 0.05), Cuts.LOOSE));
        c.put("efficiency.given", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, VMC,
                new CutData(6, 3, 40, X, X, 0, 0.65), null, Cuts.LOOSE));
        c.put("flutes.override", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, VMC,
                new CutData(6, 3, 40, X, X, 3, X), null, Cuts.LOOSE));
    }

    /** Every operation against every machine, with and without cutting data. */
    private static void operationCases(Map<String, SpeedFeedInput> c) {
        ToolData face = new ToolData(ToolType.FACE_MILL, ToolSubstrate.COATED_CARBIDE, 50, 5, X, 0.8, X, 12_000,
                0.08, 0.25, null, true);
        ToolData bull = new ToolData(ToolType.BULL_NOSE_END_MILL, ToolSubstrate.CARBIDE, 16, 4, 32, 1, X, X, X,
                X, null, false);
        ToolData ball = new ToolData(ToolType.BALL_END_MILL, ToolSubstrate.COATED_CARBIDE, 10, 2, X, 5, X, 20_000,
                0.02, 0.06, null, true);
        ToolData drill = new ToolData(ToolType.DRILL, ToolSubstrate.CARBIDE, 8.5, 0, 45, X, X, X, X, X, null, true);
        ToolData drill3 = new ToolData(ToolType.DRILL, null, 12, 3, 60, X, 140, 9000, 0.05, 0.2, null, true);
        ToolData spot = new ToolData(ToolType.SPOT_DRILL, ToolSubstrate.HSS, 10, 2, 20, X, 90, X, X, X, null, true);
        ToolData tap = new ToolData(ToolType.TAP, ToolSubstrate.HSS, 10, 0, X, X, X, X, X, X, null, false);
        ToolData tapCarbide = new ToolData(ToolType.TAP, ToolSubstrate.CARBIDE, 12, 0, 25, X, X, 3000, X, X, null,
                true);
        ToolData insert = new ToolData(ToolType.TURNING_INSERT, ToolSubstrate.CARBIDE, X, 0, X, 0.4, X, X, 0.1, 0.35,
                null, true);
        ToolData insertRec = new ToolData(ToolType.TURNING_INSERT, ToolSubstrate.CERMET, X, 0, X, X, X, X, X, X,
                new ToolData.Recommendation(IsoGroup.P, 180, 300, 0.1, 0.3), true);
        ToolData bar = new ToolData(ToolType.BORING_BAR, ToolSubstrate.CARBIDE, 16, 0, X, 0.4, X, X, X, X,
                new ToolData.Recommendation(IsoGroup.P, 120, 200, 0.08, 0.2), true);
        ToolData barNoDia = new ToolData(ToolType.BORING_BAR, ToolSubstrate.HSS, X, 0, X, 0.2, X, X, X, 0.15, null,
                false);
        CuttingWindow turnData = new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.TURNING, 150, 250,
                0.15, 0.3, X, X, false);
        CuttingWindow drillData = new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.DRILLING, 70, X,
                X, X, 0.01, 0.02, true);
        CuttingWindow roughData = new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.ROUGH_MILLING, 180,
                220, 0.05, 0.12, X, X, true);
        CuttingWindow speedOnly = new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.MILLING, X, 210, X,
                X, X, X, true);
        for (int m = 0; m < MACHINES.length; m++) {
            MachineData machine = MACHINES[m];
            String tag = "@m" + m;
            c.put("face.facemill" + tag, new SpeedFeedInput(Operation.FACE_MILLING, STEEL, STEEL_MILLING, face,
                    machine, Cuts.mill(3, 35, 60), null, null));
            c.put("face.endmill" + tag, new SpeedFeedInput(Operation.FACE_MILLING, STEEL, roughData, END_MILL,
                    machine, Cuts.mill(2, 8, 30), null, null));
            c.put("side.bull" + tag, new SpeedFeedInput(Operation.SIDE_MILLING, UNVERIFIED_STEEL, speedOnly, bull,
                    machine, Cuts.mill(16, 4, 50), null, null));
            c.put("slot.endmill" + tag, new SpeedFeedInput(Operation.SLOTTING, STEEL, STEEL_MILLING, END_MILL,
                    machine, new CutData(6, 12, 40, X, X, 0, X), null, new Targets(X, 3.2, X)));
            c.put("slot.ball" + tag, new SpeedFeedInput(Operation.SLOTTING, STEEL_NO_MC, STEEL_MILLING, ball,
                    machine, Cuts.mill(2, X, 35), null, Cuts.LOOSE));
            c.put("hem.endmill" + tag, new SpeedFeedInput(Operation.HIGH_EFFICIENCY_MILLING, STEEL, STEEL_MILLING,
                    END_MILL, machine, Cuts.mill(24, 1.1, 40), null, new Targets(45, X, X)));
            c.put("ball.finish" + tag, new SpeedFeedInput(Operation.BALL_NOSE_FINISHING, STEEL, null, ball, machine,
                    Cuts.mill(0.3, 0.4, 40), null, new Targets(X, 0.8, X)));
            c.put("drill.noflutes" + tag, new SpeedFeedInput(Operation.DRILLING, STEEL, drillData, drill, machine,
                    new CutData(X, X, X, X, X, 0, X), null, null));
            c.put("drill.three" + tag, new SpeedFeedInput(Operation.DRILLING, SCM440, null, drill3, machine,
                    new CutData(30, X, X, X, X, 0, 0.9), null, new Targets(20, X, X)));
            c.put("drill.spot" + tag, new SpeedFeedInput(Operation.DRILLING, UNVERIFIED_STEEL, null, spot, machine,
                    new CutData(2, X, X, X, X, 0, X), new Overrides(X, 0.03), null));
            c.put("tap.coarse" + tag, new SpeedFeedInput(Operation.TAPPING, STEEL, null, tap, machine,
                    new CutData(X, X, X, X, X, 0, X), null, null));
            c.put("tap.pitch" + tag, new SpeedFeedInput(Operation.TAPPING, STEEL, null, tapCarbide, machine,
                    new CutData(20, X, X, X, X, 0, X), new Overrides(X, X), null));
            c.put("turn.rough" + tag, new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, turnData, insert, machine,
                    Cuts.turn(4, 80), null, new Targets(15, X, X)));
            c.put("turn.rough.rec" + tag, new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, null, insertRec,
                    machine, Cuts.turn(3, 120), null, new Targets(X, 1.2, X)));
            c.put("turn.finish" + tag, new SpeedFeedInput(Operation.TURNING_FINISH, STEEL, turnData, insert, machine,
                    Cuts.turn(0.5, 40), new Overrides(X, 0.5), new Targets(X, 0.8, X)));
            c.put("boring.bar" + tag, new SpeedFeedInput(Operation.BORING, STEEL, null, bar, machine,
                    new CutData(1.5, X, 80, 40, X, 0, X), null, null));
            c.put("boring.bar.stiff" + tag, new SpeedFeedInput(Operation.BORING, STEEL, null, bar, machine,
                    new CutData(0.5, X, 30, 40, X, 0, X), null, new Targets(X, X, 0.2)));
            c.put("boring.insert" + tag, new SpeedFeedInput(Operation.BORING, STEEL, turnData, insert, machine,
                    new CutData(1, X, 60, 50, X, 0, X), null, null));
            c.put("boring.nodia" + tag, new SpeedFeedInput(Operation.BORING, STEEL, null, barNoDia, machine,
                    new CutData(1, X, 60, 50, X, 0, X), null, new Targets(X, 2, X)));
        }
    }

    /** Every ISO group and class, with and without constants, for each substrate. */
    private static void materialCases(Map<String, SpeedFeedInput> c) {
        double[][] own = {{1775, 0.24}, {2150, 0.2}, {1150, 0.2}, {800, 0.25}, {3300, 0.24}, {4600, 0.25}};
        ToolSubstrate[] substrates = {ToolSubstrate.HSS, ToolSubstrate.CARBIDE, ToolSubstrate.COATED_CARBIDE,
            ToolSubstrate.CERMET, ToolSubstrate.CERAMIC, ToolSubstrate.CBN, ToolSubstrate.PCD, null};
        for (IsoGroup g : IsoGroup.values()) {
            for (KcClass k : new KcClass[] {KcClass.classify(g, ""), KcClass.values()[g.ordinal() + 1],
                KcClass.values()[KcClass.values().length - 1 - g.ordinal()]}) {
                boolean ownConstants = (g.ordinal() + k.ordinal()) % 2 == 0;
                WorkMaterial m = new WorkMaterial(g, ownConstants ? own[g.ordinal()][0] : X,
                        ownConstants ? own[g.ordinal()][1] : X, k, k.ordinal() % 3 == 0 ? 2.0 : X,
                        k.ordinal() % 4 != 1);
                ToolSubstrate s = substrates[(g.ordinal() * 3 + k.ordinal()) % substrates.length];
                String tag = g + "." + k + "." + s;
                c.put("mat.side." + tag, new SpeedFeedInput(Operation.SIDE_MILLING, m, null,
                        new ToolData(ToolType.FLAT_END_MILL, s, 10, 3, 22, X, X, X, X, X, null, true), VMC,
                        Cuts.mill(5, 2.5, 35), new Overrides(X, 0.04 + 0.01 * k.ordinal()), null));
                c.put("mat.drill." + tag, new SpeedFeedInput(Operation.DRILLING, m, null,
                        new ToolData(ToolType.DRILL, s, 10, 2, 50, X, X, X, 0.05, 0.15, null, true), VMC,
                        new CutData(25, X, X, X, X, 0, X), null, null));
                c.put("mat.turn." + tag, new SpeedFeedInput(Operation.TURNING_ROUGH, m, null,
                        new ToolData(ToolType.TURNING_INSERT, s, X, 0, X, 0.8, X, X, 0.15, 0.4, null, true), LATHE,
                        Cuts.turn(2, 60), null, new Targets(X, 3.2, X)));
                c.put("mat.ball." + tag, new SpeedFeedInput(Operation.BALL_NOSE_FINISHING, m, null,
                        new ToolData(ToolType.BALL_END_MILL, s, 8, 2, 16, 4, X, X, X, X, null, true), null,
                        Cuts.mill(0.4, 0.6, 30), new Overrides(X, 0.05), null));
            }
            for (ToolSubstrate s : substrates) {
                CuttingWindow data = s == null ? null : new CuttingWindow(s, CuttingDataOperation.MILLING, 90, 150,
                        X, X, 0.004, 0.01, true);
                WorkMaterial m = new WorkMaterial(g, X, X, KcClass.classify(g, ""), X, true);
                c.put("substrate." + g + "." + s + ".data", new SpeedFeedInput(Operation.SIDE_MILLING, m, data,
                        new ToolData(ToolType.FLAT_END_MILL, s == ToolSubstrate.CERMET ? ToolSubstrate.PCD : s, 10, 3,
                                X, X, X, X, X, X, null, true), VMC, Cuts.mill(5, 2.5, 35), null, null));
                c.put("substrate." + g + "." + s + ".group", new SpeedFeedInput(Operation.SIDE_MILLING, m, null,
                        new ToolData(ToolType.FLAT_END_MILL, s, 10, 3, X, X, X, X, X, X, null, true), VMC,
                        Cuts.mill(5, 2.5, 35), null, null));
                c.put("substrate." + g + "." + s + ".turn", new SpeedFeedInput(Operation.TURNING_ROUGH, m, null,
                        new ToolData(ToolType.TURNING_INSERT, s, X, 0, X, 0.8, X, X, 0.1, 0.3, null, true), null,
                        Cuts.turn(2, 60), null, new Targets(10, X, X)));
                if (g.ordinal() % 2 == 1) {
                    continue;
                }
                c.put("substrate." + g + "." + s + ".drill", new SpeedFeedInput(Operation.DRILLING, m, null,
                        new ToolData(ToolType.DRILL, s, 6, 2, 30, X, X, X, X, 0.12, null, true), null,
                        new CutData(X, X, X, X, X, 0, X), null, null));
                c.put("substrate." + g + "." + s + ".tap", new SpeedFeedInput(Operation.TAPPING, m, null,
                        new ToolData(ToolType.TAP, s, 6, 0, 30, X, X, X, X, X, null, true), null,
                        new CutData(X, X, X, X, X, 0, X), null, null));
            }
        }
    }

    /** Inputs the engine rejects, naming the field. */
    private static void rejectedCases(Map<String, SpeedFeedInput> c) {
        c.put("reject.aeWide", Cuts.sideMilling(6, 13, 40, null));
        c.put("reject.apFlute", Cuts.sideMilling(30, 6, 40, null));
        c.put("reject.apZero", Cuts.sideMilling(0, 6, 40, null));
        c.put("reject.aeNegative", Cuts.sideMilling(6, -1, 40, null));
        c.put("reject.stickOutMissing", Cuts.sideMilling(6, 6, X, null));
        c.put("reject.stickOutShort", Cuts.sideMilling(6, 6, 4, null));
        c.put("reject.apInfinite", Cuts.sideMilling(Double.POSITIVE_INFINITY, 6, 40, null));
        c.put("reject.toolType", new SpeedFeedInput(Operation.DRILLING, STEEL, null, END_MILL, null,
                Cuts.mill(6, 6, 40), null, null));
        c.put("reject.hemWide", new SpeedFeedInput(Operation.HIGH_EFFICIENCY_MILLING, STEEL, null, END_MILL, null,
                Cuts.mill(6, 7, 40), null, null));
        c.put("reject.slotAe", new SpeedFeedInput(Operation.SLOTTING, STEEL, null, END_MILL, null,
                Cuts.mill(6, 6, 40), null, null));
        c.put("reject.noFlutes", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, null,
                Cuts.tool(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 10, 0), null, Cuts.mill(5, 5, 30), null,
                null));
        c.put("reject.noDiameter", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, null,
                Cuts.tool(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, X, 4), null, Cuts.mill(5, 5, 30), null,
                null));
        ToolData insert = Cuts.tool(ToolType.TURNING_INSERT, ToolSubstrate.CARBIDE, X, 0);
        c.put("reject.turnAp", new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, null, insert, null,
                Cuts.turn(31, 60), null, null));
        c.put("reject.turnDiameter", new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, null, insert, null,
                Cuts.turn(2, X), null, null));
        c.put("reject.turnNoChip", new SpeedFeedInput(Operation.TURNING_ROUGH, STEEL, null, insert, null,
                Cuts.turn(2, 50), null, null));
        c.put("reject.speedOverride", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL,
                null, Cuts.mill(6, 6, 40), new Overrides(-5, X), null));
        c.put("reject.chipOverride", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL,
                null, Cuts.mill(6, 6, 40), new Overrides(X, 6), null));
        c.put("reject.lifeTarget", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                Cuts.mill(6, 6, 40), null, new Targets(0, X, X)));
        c.put("reject.finishTarget", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL,
                null, Cuts.mill(6, 6, 40), null, new Targets(X, 101, X)));
        c.put("reject.deflectionTarget", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL,
                null, Cuts.mill(6, 6, 40), null, new Targets(X, X, -1)));
        c.put("reject.efficiency", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                new CutData(6, 6, 40, X, X, 0, 1.5), null, null));
        c.put("reject.flutesRange", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, null,
                new CutData(6, 6, 40, X, X, 501, X), null, null));
        c.put("reject.kc11", new SpeedFeedInput(Operation.SIDE_MILLING, new WorkMaterial(IsoGroup.P, 30_000, 0.2,
                KcClass.MILD_STEEL, X, true), STEEL_MILLING, END_MILL, null, Cuts.mill(6, 6, 40), null, null));
        c.put("reject.mc", new SpeedFeedInput(Operation.SIDE_MILLING, new WorkMaterial(IsoGroup.P, 1800, 1.2,
                KcClass.MILD_STEEL, X, true), STEEL_MILLING, END_MILL, null, Cuts.mill(6, 6, 40), null, null));
        c.put("reject.toolValue", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING,
                new ToolData(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 12, 4, -26, X, X, X, X, X, null, true),
                null, Cuts.mill(6, 6, 40), null, null));
        c.put("reject.pointAngle", new SpeedFeedInput(Operation.DRILLING, STEEL, null,
                new ToolData(ToolType.DRILL, ToolSubstrate.CARBIDE, 8, 2, 40, X, 200, X, 0.1, 0.2, null, true),
                null, new CutData(X, X, X, X, X, 0, X), null, null));
        c.put("reject.machineRpm", new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL,
                new MachineData(0, 10, X, null, null, true), Cuts.mill(6, 6, 40), null, null));
        c.put("reject.ballAp", new SpeedFeedInput(Operation.BALL_NOSE_FINISHING, STEEL, STEEL_MILLING,
                new ToolData(ToolType.BALL_END_MILL, ToolSubstrate.CARBIDE, 6, 2, 12, 3, X, X, X, X, null, true),
                null, Cuts.mill(4, 0.5, 30), null, null));
        c.put("reject.tapPitch", new SpeedFeedInput(Operation.TAPPING, STEEL, null,
                new ToolData(ToolType.TAP, ToolSubstrate.HSS, 5, 0, 20, X, X, X, X, X, null, true), null,
                new CutData(X, X, X, X, 6, 0, X), null, null));
        c.put("reject.tapNotCoarse", new SpeedFeedInput(Operation.TAPPING, STEEL, null,
                new ToolData(ToolType.TAP, ToolSubstrate.HSS, 7.3, 0, 20, X, X, X, X, X, null, true), null,
                new CutData(X, X, X, X, X, 0, X), null, null));
        c.put("reject.boringBar", new SpeedFeedInput(Operation.BORING, STEEL, null,
                new ToolData(ToolType.BORING_BAR, ToolSubstrate.CARBIDE, 50, 0, X, 0.4, X, X, 0.1, 0.2, null, true),
                null, new CutData(1, X, 60, 40, X, 0, X), null, null));
        c.put("reject.noSpeed", new SpeedFeedInput(Operation.SIDE_MILLING, new WorkMaterial(IsoGroup.H, X, X,
                KcClass.HARDENED_STEEL, X, true), null, Cuts.tool(ToolType.FLAT_END_MILL, ToolSubstrate.HSS, 10, 4),
                null, Cuts.mill(5, 5, 30), null, null));
        c.put("reject.noChip", new SpeedFeedInput(Operation.SIDE_MILLING, new WorkMaterial(IsoGroup.N, X, X,
                KcClass.ALUMINIUM, X, true), null, Cuts.tool(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 10, 3),
                null, Cuts.mill(5, 5, 30), null, null));
        c.put("reject.nullOperation", new SpeedFeedInput(null, STEEL, null, END_MILL, null, Cuts.mill(6, 6, 40),
                null, null));
    }

    // ----------------------------------------------------------------------------------- seeded random inputs


    /** Random but plausible inputs in the manner of SpeedFeedPropertyTest, from a fixed seed. */
    private static void randomCases(Map<String, SpeedFeedInput> c, long seed, int count) {
        Random random = new Random(seed);
        List<SpeedFeedInput> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(RandomCuts.input(random));
        }
        for (int i = 0; i < inputs.size(); i++) {
            c.put("random." + seed + "." + i, inputs.get(i));
        }
    }
}
