package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import io.prism.calc.units.Units;
import org.junit.jupiter.api.Test;

/** Turning roughness and ball-nose scallop height (calc-reference §10). */
class RoughnessTest {

    @Test
    void shouldReproduceMachinecalcsScallopForSixMillimetreBall() {
        // machinecalcs ball-nose stepover calculator [S25]: Ø6 ball, stepover 0.5 -> 0.01043 mm
        assertThat(Roughness.scallopHeightMm(6.0, 0.5)).isCloseTo(0.01043, within(0.000005));
    }

    @Test
    void shouldReproduceMachinecalcsStepoverForFiveMicronScallop() {
        // machinecalcs [S25]: Ø6 ball, target 0.005 mm -> stepover 0.346 mm
        assertThat(Roughness.stepoverForScallopMm(6.0, 0.005)).isCloseTo(0.346, within(0.0005));
    }

    @Test
    void shouldReproduceCalcadyCuspForHalfInchBall() {
        // calcady cusp-height calculator [S19]: Ø0.5 in, stepover 0.050 in -> 0.001253 in (31.8 µm)
        double h = Roughness.scallopHeightMm(Units.convert(0.5, "INCH", "MM"), Units.convert(0.050, "INCH", "MM"));
        assertThat(Units.convert(h, "MM", "INCH")).isCloseTo(0.001253, within(0.0000005));
        assertThat(h * 1000.0).isCloseTo(31.8, within(0.05));
    }

    @Test
    void shouldDifferByPointFourPercentFromTheExactArcAtQuarterRadiusFeed() {
        // calc-reference §10.1 (Mitsubishi [S6] / Kyocera [S22] Rz vs exact arc): 0.4 % at f/rε = 0.25
        double approx = Roughness.turningRzUm(0.2, 0.8);
        double exact = Roughness.turningRzExactUm(0.2, 0.8);
        assertThat((1.0 - approx / exact) * 100.0).isCloseTo(0.4, within(0.05));
    }

    @Test
    void shouldKeepThePublishedRaConstantsWithin2Point7Percent() {
        // calc-reference §10.1: 32 (Groover [S33], myshopmetrics [S24]), 31.2 (machinecalcs [S25]), 18√3
        double base = Roughness.turningRaUm(0.2, 0.8);
        for (RaConstant c : RaConstant.values()) {
            double ra = Roughness.turningRaUm(0.2, 0.8, c);
            assertThat(ra / base - 1.0).isBetween(0.0, 0.027);
        }
        assertThat(RaConstant.DEFAULT).isEqualTo(RaConstant.GROOVER_32);
    }

    @Test
    void shouldShowTheRejectedDenominator24As33PercentHigh() {
        // calc-reference §10.1: f²/(24·rε) reads +33 % against f²/(32·rε)
        double ra32 = Roughness.turningRaUm(0.2, 0.8);
        double ra24 = 0.2 * 0.2 / (24.0 * 0.8) * 1000.0;
        assertThat((ra24 / ra32 - 1.0) * 100.0).isCloseTo(33.3, within(0.05));
    }

    @Test
    void shouldReadFourPercentLowWithTheSmallStepoverApproximation() {
        // calc-reference §10.2 (calculatorhub [S20], formulafactory [S21]): s²/(8R) is 4 % low at s = 0.8R
        double exact = Roughness.scallopHeightMm(10.0, 4.0);
        double approx = Roughness.scallopHeightApproxMm(10.0, 4.0);
        assertThat((1.0 - approx / exact) * 100.0).isCloseTo(4.0, within(0.2));
    }

    @Test
    void shouldRoundTripScallopAndStepoverAndRaAndFeed() {
        for (double d : new double[] {0.5, 3.0, 6.0, 12.7, 50.0}) {
            for (double share : new double[] {0.001, 0.01, 0.1, 0.5, 1.0}) {
                double s = d * share;
                double h = Roughness.scallopHeightMm(d, s);
                assertThat(Roughness.stepoverForScallopMm(d, h)).isCloseTo(s, within(s * 1e-9));
            }
        }
        for (double r : new double[] {0.2, 0.4, 0.8, 1.2}) {
            for (double ra : new double[] {0.4, 0.8, 1.6, 3.2, 6.3}) {
                double f = Roughness.maxFeedForRaMm(ra, r);
                assertThat(Roughness.turningRaUm(f, r)).isCloseTo(ra, within(ra * 1e-12));
            }
        }
    }

    @Test
    void shouldRejectFeedBeyondTwiceTheNoseRadius() {
        assertThatThrownBy(() -> Roughness.turningRzUm(2.0, 0.8)).isInstanceOf(CalcInputException.class)
                .hasMessage("feedPerRevMm (2.0) must be <= 1.6");
        assertThatThrownBy(() -> Roughness.stepoverForScallopMm(6.0, 3.5)).isInstanceOf(CalcInputException.class)
                .hasMessage("scallopHeightMm (3.5) must be <= 3.0");
    }
}
