package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;

/** End-mill deflection (calc-reference §11). */
class DeflectionTest {

    @Test
    void shouldDeflectEightTimesAsMuchAtDoubleStickOut() {
        // Mitsubishi end-mill training pages [S27]: doubling L -> 8× deflection
        double base = Deflection.endMillDeflectionMm(300.0, 30.0, 10.0, ToolMaterial.CARBIDE);
        assertThat(Deflection.endMillDeflectionMm(300.0, 60.0, 10.0, ToolMaterial.CARBIDE) / base)
                .isCloseTo(8.0, within(1e-9));
    }

    @Test
    void shouldDeflectASixteenthAsMuchAtDoubleDiameter() {
        // Mitsubishi end-mill training pages [S27]: doubling D -> 1/16
        double base = Deflection.endMillDeflectionMm(300.0, 30.0, 10.0, ToolMaterial.CARBIDE);
        assertThat(Deflection.endMillDeflectionMm(300.0, 30.0, 20.0, ToolMaterial.CARBIDE) / base)
                .isCloseTo(1.0 / 16.0, within(1e-12));
    }

    @Test
    void shouldDeflect1Point71TimesAsMuchWithFactorPointSeven() {
        // calc-reference §11 / §15: Mitsubishi 0.7–0.8·D [S27] vs Kops & Vo 0.8·D [S28] -> ×1.71
        double k08 = Deflection.endMillDeflectionMm(300.0, 30.0, 10.0, 0.8, 600_000.0);
        double k07 = Deflection.endMillDeflectionMm(300.0, 30.0, 10.0, 0.7, 600_000.0);
        assertThat(k07 / k08).isCloseTo(1.71, within(0.005));
    }

    @Test
    void shouldUseTheDefaultModuliAndFactor() {
        assertThat(ToolMaterial.CARBIDE.youngsModulusNPerMm2()).isEqualTo(600_000.0);
        assertThat(ToolMaterial.HSS.youngsModulusNPerMm2()).isEqualTo(210_000.0);
        assertThat(Deflection.DEFAULT_FLUTED_DIAMETER_FACTOR).isEqualTo(0.8);
        double f = 250.0;
        double l = 35.0;
        double i = Math.PI * Math.pow(0.8 * 12.0, 4) / 64.0;
        assertThat(Deflection.endMillDeflectionMm(f, l, 12.0, ToolMaterial.HSS))
                .isCloseTo(f * l * l * l / (3.0 * 210_000.0 * i), within(1e-12));
    }

    @Test
    void shouldReduceTheSteppedBeamToTheSingleFormula() {
        // calc-reference §11: equal sections, or fluted length equal to the overhang
        double single = Deflection.endMillDeflectionMm(400.0, 50.0, 12.0, 0.8, 600_000.0);
        assertThat(Deflection.steppedEndMillDeflectionMm(400.0, 50.0, 20.0, 12.0, 9.6, 0.8, 600_000.0))
                .isCloseTo(single, within(single * 1e-12));
        assertThat(Deflection.steppedEndMillDeflectionMm(400.0, 50.0, 50.0, 12.0, 12.0, 0.8, 600_000.0))
                .isCloseTo(single, within(single * 1e-12));
        double stiffShank = Deflection.steppedEndMillDeflectionMm(400.0, 50.0, 20.0, 12.0, 12.0, 0.8, 600_000.0);
        assertThat(stiffShank).isLessThan(single);
    }

    @Test
    void shouldRejectFlutedLengthBeyondStickOut() {
        assertThatThrownBy(() -> Deflection.steppedEndMillDeflectionMm(400.0, 50.0, 60.0, 12.0, 12.0, 0.8, 6e5))
                .isInstanceOf(CalcInputException.class).hasMessage("flutedLengthMm (60.0) must be <= 50.0");
        assertThatThrownBy(() -> Deflection.effectiveDiameterMm(10.0, 0.3))
                .hasMessage("diameterFactor (0.3) must be in [0.5, 1.0]");
    }
}
