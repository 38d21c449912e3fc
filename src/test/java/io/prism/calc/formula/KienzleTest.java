package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Specific cutting force (calc-reference §4 and the kc evidence table of §14). */
class KienzleTest {

    @ParameterizedTest(name = "{4}: kc1.1 {0}, mc {1} at h = 0.2 mm -> {2} N/mm²")
    @CsvSource(delimiter = ';', value = {
        "1350; 0.21; 1893; 1; ISCAR VDI 3323 group 1, mild steel [S45]",
        "1775; 0.24; 2612; 1; ISCAR VDI 3323 group 6, 42CrMo4 annealed [S45]",
        "1725; 0.24; 2538; 1; ISCAR VDI 3323 group 8, 42CrMo4 Q&T [S45]",
        "2150; 0.20; 2966; 1; ISCAR VDI 3323 group 14, austenitic stainless [S45]",
        "1150; 0.20; 1587; 1; ISCAR VDI 3323 group 15, grey cast iron [S45]",
        "800; 0.25; 1196; 1; ISCAR VDI 3323 group 22, wrought aluminium [S45]",
        "700; 0.27; 1081; 1; ISCAR VDI 3323 group 26, brass [S45]",
        "2110; 0.22; 3006; 1; ISCAR 2017 turning catalogue, Ti-6Al-4V group 37 [S45]",
        "1245; 0.24; 1832; 1; ISCAR 2022 boring catalogue, Ti-6Al-4V [S45]",
        "3300; 0.24; 4856; 1; ISCAR VDI 3323 groups 33/34, Ni-base HRSA [S45]",
        "2500; 0.26; 3800; 2; König/Klocke 42CrMo4, recalled [S32]"
    })
    void shouldReproduceTheKcEvidenceTableAtPointTwoMillimetres(double kc11, double mc, double expected,
            double tol, String source) {
        assertThat(Kienzle.specificCuttingForceNPerMm2(kc11, mc, 0.2)).isCloseTo(expected, within(tol));
    }

    @Test
    void shouldLowerKcByOnePercentPerDegreeOfRakeAboveTheReference() {
        // Sandvik specific cutting force [S4] (1 − γ0/100 from 0°); Tschätsch reference +6° for steel [S31]
        double base = Kienzle.specificCuttingForceNPerMm2(1775.0, 0.24, 0.2);
        assertThat(Kienzle.specificCuttingForceNPerMm2(1775.0, 0.24, 0.2, 6.0, 0.0)).isCloseTo(base * 0.94,
                within(1e-9));
        assertThat(Kienzle.specificCuttingForceNPerMm2(1775.0, 0.24, 0.2, 6.0, 6.0)).isCloseTo(base, within(1e-9));
        assertThat(Kienzle.specificCuttingForceNPerMm2(1775.0, 0.24, 0.2, -6.0, 0.0)).isCloseTo(base * 1.06,
                within(1e-9));
        KienzleCoefficients textbook = new KienzleCoefficients(2500.0, 0.26,
                KienzleCoefficients.TEXTBOOK_STEEL_REFERENCE_RAKE_DEG);
        assertThat(textbook.kcNPerMm2(0.2, 0.0)).isCloseTo(3800.0 * 1.06, within(3.0));
    }

    @Test
    void shouldAgreeBetweenTheSandvikKc04FormAndKienzle() {
        // Sandvik [S1][S5]: kc0.4 = kc1.1·0.4^(−mc) re-anchors the same power law
        for (double fn : new double[] {0.05, 0.1, 0.2, 0.4, 0.8}) {
            for (double kr : new double[] {45.0, 75.0, 90.0, 95.0}) {
                double h = ChipThickness.turningChipThicknessMm(fn, kr);
                double kc = Kienzle.specificCuttingForceNPerMm2(1775.0, 0.24, h);
                double kc04 = Kienzle.kc04FromKc11NPerMm2(1775.0, 0.24);
                assertThat(Kienzle.sandvikTangentialForceN(kc04, 0.24, fn, kr, 3.0))
                        .isCloseTo(ForcePower.turningCuttingForceN(kc, 3.0, fn), within(1e-9));
            }
        }
    }

    @Test
    void shouldDecreaseKcWithChipThickness() {
        double previous = Double.MAX_VALUE;
        for (double h = 0.01; h <= 1.0; h += 0.01) {
            double kc = Kienzle.specificCuttingForceNPerMm2(1500.0, 0.22, h);
            assertThat(kc).isLessThan(previous);
            previous = kc;
        }
        assertThat(Kienzle.specificCuttingForceNPerMm2(1500.0, 0.22, 1.0)).isEqualTo(1500.0);
    }

    @Test
    void shouldRejectOutOfRangeConstants() {
        assertThatThrownBy(() -> Kienzle.specificCuttingForceNPerMm2(1500.0, 1.0, 0.2))
                .isInstanceOf(CalcInputException.class).hasMessage("mc (1.0) must be in [0.0, 0.999]");
        assertThatThrownBy(() -> Kienzle.specificCuttingForceNPerMm2(1500.0, 0.2, 0.2, 45.0, 0.0))
                .hasMessage("rakeAngleDeg (45.0) must be in [-30.0, 30.0]");
        assertThatThrownBy(() -> KienzleCoefficients.atZeroRake(-1.0, 0.2))
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("kc11NPerMm2"));
    }
}
