package io.prism.calc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;

/** Messages name the argument, show its value and state the range; NaN and infinities never pass. */
class ChecksTest {

    @Test
    void shouldNameTheArgumentItsValueAndTheRange() {
        assertThatThrownBy(() -> Checks.positive("diameterMm", -3.0)).isInstanceOf(CalcInputException.class)
                .hasMessage("diameterMm (-3.0) must be > 0")
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("diameterMm"));
        assertThatThrownBy(() -> Checks.inRange("mc", 1.5, 0.0, 0.999)).hasMessage("mc (1.5) must be in [0.0, 0.999]");
        assertThatThrownBy(() -> Checks.inOpenClosed("efficiency", 0.0, 0.0, 1.0))
                .hasMessage("efficiency (0.0) must be in (0.0, 1.0]");
        assertThatThrownBy(() -> Checks.inOpenRange("taylorN", 1.0, 0.0, 1.0))
                .hasMessage("taylorN (1.0) must be in (0.0, 1.0)");
        assertThatThrownBy(() -> Checks.atMost("radialDepthMm", 11.0, 10.0))
                .hasMessage("radialDepthMm (11.0) must be <= 10.0");
        assertThatThrownBy(() -> Checks.atLeast("x", -1.0, 0.0)).hasMessage("x (-1.0) must be >= 0.0");
        assertThatThrownBy(() -> Checks.nonNegative("lengthMm", -0.5)).hasMessage("lengthMm (-0.5) must be >= 0");
        assertThatThrownBy(() -> Checks.positiveCount("teeth", 0)).hasMessage("teeth (0) must be >= 1");
        assertThatThrownBy(() -> Checks.wholeCount("teeth", 2.5)).hasMessage("teeth (2.5) must be a whole number >= 1");
        assertThatThrownBy(() -> Checks.present("geometry", null, "SIDE_MILLING"))
                .hasMessage("geometry (null) must be SIDE_MILLING");
    }

    @Test
    void shouldRejectNanAndInfinitiesInEveryCheck() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> Checks.finite("v", bad)).isInstanceOf(CalcInputException.class)
                    .hasMessageContaining("must be a finite number");
            assertThatThrownBy(() -> Checks.positive("v", bad)).isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.nonNegative("v", bad)).isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.atMost("v", bad, 1e308)).isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.atLeast("v", bad, -1e308)).isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.inRange("v", bad, -1e308, 1e308)).isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.inOpenClosed("v", bad, -1e308, 1e308))
                    .isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.inOpenRange("v", bad, -1e308, 1e308))
                    .isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.wholeCount("v", bad)).isInstanceOf(CalcInputException.class);
            assertThatThrownBy(() -> Checks.result("out", bad)).isInstanceOf(CalcInputException.class)
                    .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("out"));
        }
    }

    @Test
    void shouldReturnTheValueWhenItPasses() {
        assertThat(Checks.positive("v", Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        assertThat(Checks.nonNegative("v", 0.0)).isZero();
        assertThat(Checks.inRange("v", 1.0, 1.0, 1.0)).isEqualTo(1.0);
        assertThat(Checks.inOpenClosed("v", 1.0, 0.0, 1.0)).isEqualTo(1.0);
        assertThat(Checks.wholeCount("teeth", 4.0)).isEqualTo(4);
        assertThat(Checks.result("out", Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
    }

    @Test
    void shouldRejectNegativeZeroAsNotPositive() {
        assertThatThrownBy(() -> Checks.positive("v", -0.0)).isInstanceOf(CalcInputException.class);
        assertThat(Checks.nonNegative("v", -0.0)).isEqualTo(-0.0);
    }
}
