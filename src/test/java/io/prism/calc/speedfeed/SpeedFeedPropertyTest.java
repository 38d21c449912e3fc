package io.prism.calc.speedfeed;

import static io.prism.calc.speedfeed.Cuts.X;
import static org.assertj.core.api.Assertions.assertThat;

import io.prism.calc.CalcInputException;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over thousands of random but plausible inputs: clamping never leaves a value past its
 * limit, the score stays in [0, 1] and matches its level, power grows with the depth of cut, and the same input
 * always gives the same result. Inputs come from a seeded generator, so a failure reproduces.
 */
class SpeedFeedPropertyTest {

    private static final int CASES = 3000;
    private static final Operation[] ROTATING = {Operation.FACE_MILLING, Operation.SIDE_MILLING, Operation.SLOTTING,
        Operation.HIGH_EFFICIENCY_MILLING, Operation.BALL_NOSE_FINISHING, Operation.DRILLING};
    private static final Operation[] TURNING = {Operation.TURNING_ROUGH, Operation.TURNING_FINISH, Operation.BORING};

    @Test
    void shouldNeverLeaveAValuePastItsLimit() {
        forRandomInputs(20_251_121L, (in) -> {
            SpeedFeedResult r = SpeedFeedEngine.calculate(in);
            SpeedFeedValues v = r.values();
            if (!Double.isNaN(in.tool().maxRpm())) {
                assertThat(v.spindleSpeedRpm()).as("tool max rpm").isLessThanOrEqualTo(in.tool().maxRpm());
            }
            if (in.machine() != null) {
                assertThat(v.spindleSpeedRpm()).as("machine max rpm").isLessThanOrEqualTo(in.machine().maxRpm());
            }
            for (LimitCheck check : r.safety().limits()) {
                boolean refused = r.safety().warnings().stream().anyMatch(w -> w.action() == Action.REFUSED
                        && w.code().name().equals(check.limit().name()));
                if (!refused) {
                    assertThat(check.actual()).as(check.limit() + " in " + in).isLessThanOrEqualTo(check.limitValue());
                }
            }
            for (Warning w : r.safety().warnings()) {
                if (w.action() == Action.CLAMPED || w.action() == Action.REDUCED) {
                    assertThat(w.actual()).as(w.code() + " was above its limit").isGreaterThan(w.limit());
                }
            }
        });
    }

    @Test
    void shouldKeepTheScoreInTheUnitIntervalAndConsistentWithItsLevel() {
        forRandomInputs(7L, (in) -> {
            Safety s = SpeedFeedEngine.calculate(in).safety();
            assertThat(s.score()).isBetween(0.0, 1.0);
            assertThat(s.level()).isEqualTo(SafetyLevel.of(s.score()));
            if (s.warnings().stream().anyMatch(w -> w.action() == Action.REFUSED)) {
                assertThat(s.level()).isEqualTo(SafetyLevel.UNSAFE);
            }
        });
    }

    @Test
    void shouldGiveTheSameResultForTheSameInput() {
        forRandomInputs(42L, (in) -> assertThat(SpeedFeedEngine.calculate(in))
                .isEqualTo(SpeedFeedEngine.calculate(in)));
    }

    @Test
    void shouldNeedMorePowerForADeeperCut() {
        Random random = new Random(99L);
        Operation[] ops = {Operation.FACE_MILLING, Operation.SIDE_MILLING, Operation.SLOTTING,
            Operation.HIGH_EFFICIENCY_MILLING, Operation.TURNING_ROUGH, Operation.TURNING_FINISH};
        for (int i = 0; i < CASES; i++) {
            Operation op = ops[random.nextInt(ops.length)];
            WorkMaterial material = material(random);
            double d = 4 + random.nextDouble() * 30;
            ToolData tool = op.process() == Operation.Process.TURNING
                    ? new ToolData(ToolType.TURNING_INSERT, ToolSubstrate.CARBIDE, X, 0, X, 0.8, X, X, X, X, null,
                    true)
                    : new ToolData(op == Operation.FACE_MILLING ? ToolType.FACE_MILL : ToolType.FLAT_END_MILL,
                    ToolSubstrate.CARBIDE, d, 2 + random.nextInt(5), X, X, X, X, X, X, null, true);
            double ae = op == Operation.SLOTTING ? X : d * (0.05 + random.nextDouble() * 0.44);
            double ap1 = 0.2 + random.nextDouble() * 5;
            double ap2 = ap1 * (1.01 + random.nextDouble());
            double p1 = power(op, material, tool, ap1, ae, d);
            double p2 = power(op, material, tool, ap2, ae, d);
            assertThat(p2).as(op + " ap " + ap1 + " → " + ap2).isGreaterThan(p1);
        }
    }

    private static double power(Operation op, WorkMaterial m, ToolData tool, double ap, double ae, double d) {
        CutData cut = op.process() == Operation.Process.TURNING ? new CutData(ap, X, X, 100, X, 0, X)
                : new CutData(ap, ae, ap + 20, X, X, 0, X);
        Overrides chip = new Overrides(X, op.process() == Operation.Process.TURNING ? 0.2 : 0.004 * d);
        return SpeedFeedEngine.calculate(new SpeedFeedInput(op, m, null, tool, null, cut, chip,
                new Targets(X, X, 10.0))).values().spindlePowerKw();
    }

    /** Runs {@code check} on random valid inputs; an input the engine rejects must be rejected as bad input. */
    private static void forRandomInputs(long seed, Consumer<SpeedFeedInput> check) {
        Random random = new Random(seed);
        int evaluated = 0;
        for (int i = 0; i < CASES; i++) {
            SpeedFeedInput in = randomInput(random);
            try {
                SpeedFeedEngine.calculate(in);
            } catch (CalcInputException e) {
                continue;
            }
            check.accept(in);
            evaluated++;
        }
        assertThat(evaluated).as("most random inputs are valid").isGreaterThan(CASES * 3 / 4);
    }

    private static SpeedFeedInput randomInput(Random random) {
        boolean turning = random.nextInt(4) == 0;
        Operation op = turning ? TURNING[random.nextInt(TURNING.length)] : ROTATING[random.nextInt(ROTATING.length)];
        WorkMaterial material = material(random);
        double d = 2 + random.nextDouble() * 38;
        ToolSubstrate substrate = random.nextBoolean() ? ToolSubstrate.CARBIDE : ToolSubstrate.COATED_CARBIDE;
        double chipMin = 0.01 + random.nextDouble() * 0.05;
        double chipMax = random.nextBoolean() ? chipMin * (1 + random.nextDouble() * 3) : X;
        double maxRpm = random.nextBoolean() ? 2000 + random.nextDouble() * 30_000 : X;
        ToolData tool;
        CutData cut;
        if (turning) {
            double dm = 10 + random.nextDouble() * 200;
            ToolType type = op == Operation.BORING && random.nextBoolean() ? ToolType.BORING_BAR
                    : ToolType.TURNING_INSERT;
            double bar = type == ToolType.BORING_BAR ? dm * (0.3 + random.nextDouble() * 0.5) : X;
            tool = new ToolData(type, substrate, bar, 0, X, 0.2 + random.nextDouble() * 1.4, X, X, X,
                    random.nextBoolean() ? 0.1 + random.nextDouble() * 0.5 : X, null, true);
            cut = new CutData(0.1 + random.nextDouble() * dm * 0.2, X, 20 + random.nextDouble() * 150, dm, X, 0,
                    X);
        } else {
            ToolType type = switch (op) {
                case FACE_MILLING -> random.nextBoolean() ? ToolType.FACE_MILL : ToolType.FLAT_END_MILL;
                case BALL_NOSE_FINISHING -> ToolType.BALL_END_MILL;
                case DRILLING -> ToolType.DRILL;
                default -> random.nextBoolean() ? ToolType.FLAT_END_MILL : ToolType.BULL_NOSE_END_MILL;
            };
            double flute = random.nextBoolean() ? d * (1 + random.nextDouble() * 3) : X;
            tool = new ToolData(type, substrate, d, 1 + random.nextInt(6), flute, X, X, maxRpm, chipMin, chipMax,
                    null, true);
            double apLimit = op == Operation.BALL_NOSE_FINISHING ? d / 2 : Double.isNaN(flute) ? 2 * d : flute;
            double ap = apLimit * (0.05 + random.nextDouble() * 0.9);
            double aeLimit = op == Operation.HIGH_EFFICIENCY_MILLING ? d / 2 : d;
            double ae = op == Operation.SLOTTING ? X : aeLimit * (0.02 + random.nextDouble() * 0.97);
            cut = new CutData(ap, ae, ap + random.nextDouble() * 5 * d, X, X, 0,
                    random.nextBoolean() ? X : 0.6 + random.nextDouble() * 0.4);
        }
        MachineData machine = random.nextInt(4) == 0 ? null : machine(random);
        Overrides overrides = random.nextInt(3) == 0 ? new Overrides(X, 0.01 + random.nextDouble() * 0.3)
                : Overrides.NONE;
        Targets targets = new Targets(random.nextInt(3) == 0 ? 5 + random.nextDouble() * 100 : X,
                random.nextInt(3) == 0 ? 0.4 + random.nextDouble() * 6 : X,
                random.nextBoolean() ? 0.005 + random.nextDouble() * 0.1 : X);
        CuttingWindow window = new CuttingWindow(substrate, turning ? CuttingDataOperation.TURNING
                : CuttingDataOperation.MILLING, 60 + random.nextDouble() * 100, 170 + random.nextDouble() * 200, X, X,
                0.002, 0.008, random.nextBoolean());
        return new SpeedFeedInput(op, material, random.nextBoolean() ? window : null, tool, machine, cut, overrides,
                targets);
    }

    private static WorkMaterial material(Random random) {
        IsoGroup group = IsoGroup.values()[random.nextInt(IsoGroup.values().length)];
        boolean own = random.nextBoolean();
        return new WorkMaterial(group, own ? 600 + random.nextDouble() * 4000 : X,
                own ? 0.15 + random.nextDouble() * 0.15 : X, KcClass.classify(group, ""), X, random.nextBoolean());
    }

    private static MachineData machine(Random random) {
        double maxRpm = 3000 + random.nextDouble() * 20_000;
        double power = random.nextInt(5) == 0 ? X : 2 + random.nextDouble() * 40;
        if (random.nextBoolean()) {
            double base = 500 + random.nextDouble() * 2000;
            double[] torque = {50 + random.nextDouble() * 300, 30 + random.nextDouble() * 100};
            return new MachineData(maxRpm, power, X, new double[] {base, base * 2}, torque, random.nextBoolean());
        }
        return new MachineData(maxRpm, X, power, null, null, random.nextBoolean());
    }
}
