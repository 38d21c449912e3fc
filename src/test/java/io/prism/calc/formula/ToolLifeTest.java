package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import io.prism.calc.units.Units;
import org.junit.jupiter.api.Test;

/** Taylor and extended Taylor tool life (calc-reference §8). */
class ToolLifeTest {

    @Test
    void shouldGiveFivePointZeroSixMinutesForCalculatorhubExample() {
        // calculatorhub tooling change frequency [S18]: n 0.25, C 300, v 200 m/min -> T = 1.5⁴ = 5.06 min
        assertThat(ToolLife.taylorToolLifeMin(200.0, 0.25, 300.0)).isCloseTo(5.06, within(0.005));
    }

    @Test
    void shouldCalibrateCFromOneObservedLifeAsCalcady() {
        // calcady Taylor tool-life calculator [S19]: 4140 at 400 SFM lasting 45 min with n 0.25 -> C ≈ 1036 SFM
        double vc = Units.convert(400.0, "SFM", "M_PER_MIN");
        double c = ToolLife.taylorConstantMPerMin(vc, 45.0, 0.25);
        assertThat(Units.convert(c, "M_PER_MIN", "SFM")).isCloseTo(1036.0, within(0.5));
    }

    @Test
    void shouldBeConsistentBetweenLifeSpeedAndSpeedChange() {
        for (double n : new double[] {0.08, 0.125, 0.25, 0.35, 0.6}) {
            for (double v : new double[] {20.0, 80.0, 200.0, 500.0}) {
                double c = 3.0 * v;
                double life = ToolLife.taylorToolLifeMin(v, n, c);
                assertThat(ToolLife.taylorCuttingSpeedMPerMin(life, n, c)).isCloseTo(v, within(v * 1e-9));
                double v2 = 1.2 * v;
                assertThat(ToolLife.toolLifeAtSpeedMin(life, v, v2, n))
                        .isCloseTo(ToolLife.taylorToolLifeMin(v2, n, c), within(life * 1e-9));
            }
        }
    }

    @Test
    void shouldReduceExtendedTaylorToTaylorWithoutFeedAndDepthTerms() {
        assertThat(ToolLife.extendedToolLifeMin(200.0, 0.3, 2.0, 0.25, 0.0, 0.0, 300.0))
                .isCloseTo(ToolLife.taylorToolLifeMin(200.0, 0.25, 300.0), within(1e-12));
    }

    @Test
    void shouldKeepExtendedLifeWhenFeedFollowsSpeed() {
        // calc-reference §8.2: v1 -> v2 at constant life and depth needs f2/f1 = (v1/v2)^(1/a); Kalpakjian
        // exercise exponents x = y = 0.6, n = 0.5 [S35]
        double life = ToolLife.extendedToolLifeMin(300.0, 0.2, 2.0, 0.5, 0.6, 0.6, 400.0);
        double f2 = ToolLife.feedForSpeedChangeMm(0.2, 300.0, 250.0, 0.6);
        assertThat(ToolLife.extendedToolLifeMin(250.0, f2, 2.0, 0.5, 0.6, 0.6, 400.0)).isCloseTo(life,
                within(life * 1e-9));
        assertThat(ToolLife.extendedCuttingSpeedMPerMin(life, 0.2, 2.0, 0.5, 0.6, 0.6, 400.0)).isCloseTo(300.0,
                within(1e-9));
    }

    @Test
    void shouldRejectExponentOutsideZeroToOneAndOverflow() {
        assertThatThrownBy(() -> ToolLife.taylorToolLifeMin(200.0, 1.0, 300.0)).isInstanceOf(CalcInputException.class)
                .hasMessage("taylorN (1.0) must be in (0.0, 1.0)");
        assertThatThrownBy(() -> ToolLife.taylorToolLifeMin(1.0, 0.01, 1e6)).isInstanceOf(CalcInputException.class)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("toolLifeMin"));
    }
}
