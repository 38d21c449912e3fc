package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cutting speed, spindle speed and effective diameter (calc-reference §1). */
class CuttingTest {

    @ParameterizedTest(name = "{4}: Ø{0} at {1} rpm -> {2} m/min")
    @CsvSource(delimiter = ';', value = {
        "50; 700; 110.0; 0.05; Mitsubishi formulas for turning [S6] (vendor rounds π to 3.14, exact 109.96)",
        "125; 350; 137.4; 0.05; Mitsubishi formulae for face milling [S7]",
        "12; 1350; 50.9; 0.01; Mitsubishi drilling example via lzqtool [S8]"
    })
    void shouldReproducePublishedCuttingSpeeds(double diameterMm, double rpm, double expected, double tol,
            String source) {
        assertThat(Cutting.cuttingSpeedMPerMin(diameterMm, rpm)).isCloseTo(expected, within(tol));
    }

    @Test
    void shouldReproduceMitsubishiFaceMillSpindleSpeed() {
        // Mitsubishi cutting power formulae [S9]: Ø250 face mill at vc 80 m/min runs at 101.9 rpm
        assertThat(Cutting.spindleSpeedRpm(250.0, 80.0)).isCloseTo(101.9, within(0.05));
    }

    @Test
    void shouldRoundTripSpeedsOverAGrid() {
        double[] diameters = {0.1, 1.0, 6.0, 12.0, 50.0, 125.0, 500.0, 3000.0};
        double[] speeds = {0.5, 20.0, 80.0, 137.4, 300.0, 1000.0, 5000.0};
        for (double d : diameters) {
            for (double vc : speeds) {
                double n = Cutting.spindleSpeedRpm(d, vc);
                assertThat(n * Math.PI * d).isCloseTo(1000.0 * vc, within(1000.0 * vc * 1e-12));
                assertThat(Cutting.cuttingSpeedMPerMin(d, n)).isCloseTo(vc, within(vc * 1e-12));
            }
        }
    }

    @Test
    void shouldMatchTheHelicalFormOfTheEffectiveDiameter() {
        // Palbit Dw [S11] and Helical Deff = 2·√(R² − (R − ap)²) [S12] are the same expression
        for (double d : new double[] {1.0, 6.0, 10.0, 20.0}) {
            for (double share : new double[] {0.001, 0.05, 0.1, 0.25, 0.4, 0.4999}) {
                double ap = share * d;
                double r = d / 2.0;
                double helical = 2.0 * Math.sqrt(r * r - (r - ap) * (r - ap));
                assertThat(Cutting.effectiveDiameterMm(d, ap)).isCloseTo(helical, within(d * 1e-12));
            }
        }
    }

    @Test
    void shouldUseTheFullDiameterFromHalfTheDiameterDown() {
        assertThat(Cutting.effectiveDiameterMm(10.0, 5.0)).isEqualTo(10.0);
        assertThat(Cutting.effectiveDiameterMm(10.0, 8.0)).isEqualTo(10.0);
        assertThat(Cutting.effectiveDiameterMm(10.0, Math.nextDown(5.0))).isCloseTo(10.0, within(1e-6));
        assertThat(Cutting.effectiveCuttingSpeedMPerMin(10.0, 0.5, 10_000.0))
                .isCloseTo(Math.PI * 2.0 * Math.sqrt(0.5 * 9.5) * 10.0, within(1e-9));
    }

    @Test
    void shouldNameTheRejectedArgument() {
        assertThatThrownBy(() -> Cutting.spindleSpeedRpm(-3.0, 100.0)).isInstanceOf(CalcInputException.class)
                .hasMessage("diameterMm (-3.0) must be > 0");
        assertThatThrownBy(() -> Cutting.cuttingSpeedMPerMin(10.0, Double.NaN))
                .isInstanceOf(CalcInputException.class).hasMessageContaining("spindleSpeedRpm (NaN)");
        assertThatThrownBy(() -> Cutting.spindleSpeedRpm(Double.MIN_VALUE, 1e300))
                .isInstanceOf(CalcInputException.class)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("spindleSpeedRpm"));
    }
}
