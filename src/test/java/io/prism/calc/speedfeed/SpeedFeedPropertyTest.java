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
            WorkMaterial material = RandomCuts.material(random);
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
            SpeedFeedInput in = RandomCuts.input(random);
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
}
