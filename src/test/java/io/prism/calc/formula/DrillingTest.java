package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drilling loads by the Sandvik and Tungaloy methods (calc-reference §12). */
class DrillingTest {

    private static final KienzleCoefficients ISCAR_GROUP_8 = KienzleCoefficients.atZeroRake(1725.0, 0.24);

    @Test
    void shouldGiveAbout2670NewtonsSandvikThrustForScm440() {
        // calc-reference §12.3: Sandvik drilling formulas [S3] with ISCAR group 8 (1725/0.24) [S45], Ø20, f 0.2,
        // 118° point -> about 2670 N
        DrillingLoads loads = Drilling.sandvik(ISCAR_GROUP_8, 0.0, 20.0, 0.2, 80.0, 118.0);
        assertThat(loads.thrustN()).isCloseTo(2670.0, within(10.0));
        assertThat(loads.method()).isEqualTo(DrillingLoads.Method.SANDVIK_KC);
    }

    @Test
    void shouldGiveAbout31NewtonMetresSandvikTorqueForScm440() {
        // calc-reference §12.3: same case -> about 31 N·m
        assertThat(Drilling.sandvik(ISCAR_GROUP_8, 0.0, 20.0, 0.2, 80.0, 118.0).torqueNm()).isCloseTo(31.0,
                within(0.3));
    }

    @Test
    void shouldGive6995NewtonsTungaloyThrustForScm440() {
        // Tungaloy technical reference L068 [S40]: SCM440 (K 2.41), Ø20, f 0.2 -> 6995 N
        assertThat(Drilling.tungaloyThrustN(2.41, 20.0, 0.2)).isCloseTo(6995.0, within(5.0));
    }

    @Test
    void shouldGive38Point5NewtonMetresTungaloyTorqueForScm440() {
        // Tungaloy L068 [S40]: same case -> 38.5 N·m
        assertThat(Drilling.tungaloyTorqueNm(2.41, 20.0, 0.2)).isCloseTo(38.5, within(0.05));
    }

    @Test
    void shouldShowTheDocumentedDisagreementBetweenTheMethods() {
        // calc-reference §12.3 / §15: thrust differs by 2.6× (chisel edge), torque by 24 %
        DrillingLoads sandvik = Drilling.sandvik(ISCAR_GROUP_8, 0.0, 20.0, 0.2, 80.0, 118.0);
        DrillingLoads tungaloy = Drilling.tungaloy(2.41, 20.0, 0.2, Cutting.spindleSpeedRpm(20.0, 80.0));
        assertThat(tungaloy.thrustN() / sandvik.thrustN()).isCloseTo(2.6, within(0.05));
        assertThat(tungaloy.torqueNm() / sandvik.torqueNm() - 1.0).isCloseTo(0.24, within(0.02));
        assertThat(Drilling.IMPERIAL_SHEET_THRUST_FACTOR / Drilling.SANDVIK_THRUST_FACTOR).isCloseTo(1.4,
                within(1e-12));
    }

    @Test
    void shouldAgreeBetweenTungaloyPowerAndTorqueWithinTwoPercent() {
        // calc-reference §12.2 on Tungaloy L068 [S40]: Pc from the torque formula agrees within 2 % in metric units
        for (double f : new double[] {0.05, 0.1, 0.2, 0.3, 0.5}) {
            for (double d : new double[] {5.0, 10.0, 20.0, 40.0}) {
                double n = 800.0;
                double fromTorque = ForcePower.powerFromTorqueKw(Drilling.tungaloyTorqueNm(2.0, d, f), n);
                double power = Drilling.tungaloyNetPowerKw(2.0, d, f, n);
                assertThat(Math.abs(power / fromTorque - 1.0)).isLessThan(0.02);
            }
        }
    }

    @ParameterizedTest(name = "calc-reference §0: {0}° point -> κr {1}°")
    @CsvSource({"118, 59", "140, 70"})
    void shouldTakeHalfThePointAngleAsEnteringAngle(double point, double kr) {
        assertThat(Drilling.enteringAngleDeg(point)).isEqualTo(kr);
    }

    @Test
    void shouldMatchSandvikTorqueWithTorqueFromSandvikPower() {
        // Sandvik [S3]: Mc = Pc·30·10³/(π·n), the two-lip model
        for (double d : new double[] {3.0, 12.0, 20.0, 50.0}) {
            double vc = 90.0;
            double n = Cutting.spindleSpeedRpm(d, vc);
            double pc = Drilling.sandvikNetPowerKw(0.15, vc, d, 2600.0);
            assertThat(Drilling.sandvikTorqueNm(0.15, d, 2600.0)).isCloseTo(ForcePower.torqueNm(pc, n),
                    within(1e-9));
            double vf = Feeds.feedRateMmPerMin(0.15, n);
            assertThat(Removal.drillingCm3PerMin(vc, d, 0.15)).isCloseTo(Math.PI * d * d / 4.0 * vf / 1000.0,
                    within(1e-9));
        }
    }

    @Test
    void shouldRejectAMissingKienzleSet() {
        assertThatThrownBy(() -> Drilling.sandvik(null, 0.0, 20.0, 0.2, 80.0, 118.0))
                .isInstanceOf(CalcInputException.class)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("coefficients"));
        assertThatThrownBy(() -> Drilling.chipThicknessMm(0.2, 200.0))
                .hasMessage("pointAngleDeg (200.0) must be in (0.0, 180.0]");
    }
}
