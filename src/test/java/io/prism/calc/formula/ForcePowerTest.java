package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;

/** Cutting force, power and torque (calc-reference §5 and §6). */
class ForcePowerTest {

    @Test
    void shouldReproduceMitsubishiTurningPower() {
        // Mitsubishi cutting power formulae [S9]: mild steel, vc 120, ap 3, f 0.2, kc 3100, η 0.8 -> 4.65 kW
        double net = ForcePower.turningNetPowerKw(120.0, 3.0, 0.2, 3100.0);
        assertThat(net).isCloseTo(3.72, within(1e-9));
        assertThat(ForcePower.spindlePowerKw(net, 0.8)).isCloseTo(4.65, within(0.005));
    }

    @Test
    void shouldReproduceMitsubishiFaceMillingPower() {
        // Mitsubishi cutting power formulae [S9]: Ø250 × 12, vc 80, ap 2, ae 80, vf 280, kc 1800, η 0.8 -> 1.68 kW
        double net = ForcePower.millingNetPowerKw(2.0, 80.0, 280.0, 1800.0);
        assertThat(ForcePower.spindlePowerKw(net, 0.8)).isCloseTo(1.68, within(0.005));
    }

    @Test
    void shouldGrowPowerWithDepthOfCut() {
        KienzleCoefficients steel = KienzleCoefficients.atZeroRake(1500.0, 0.22);
        double kcTurning = steel.kcNPerMm2(ChipThickness.turningChipThicknessMm(0.25, 95.0), 0.0);
        double kcMilling = steel.kcNPerMm2(ChipThickness.meanChipThicknessSideMillingMm(0.1, 20.0, 5.0, 90.0), 0.0);
        double previousTurning = 0.0;
        double previousMilling = 0.0;
        for (double ap = 0.1; ap <= 10.0; ap += 0.1) {
            double turning = ForcePower.turningNetPowerKw(200.0, ap, 0.25, kcTurning);
            double milling = ForcePower.millingNetPowerKw(ap, 5.0, 1200.0, kcMilling);
            assertThat(turning).isGreaterThan(previousTurning);
            assertThat(milling).isGreaterThan(previousMilling);
            previousTurning = turning;
            previousMilling = milling;
        }
    }

    @Test
    void shouldGiveTorqueAs9549TimesPowerOverSpeed() {
        for (double p : new double[] {0.0, 0.1, 1.344, 3.72, 15.0, 80.0}) {
            for (double n : new double[] {1.0, 101.86, 1350.0, 24_000.0}) {
                double m = ForcePower.torqueNm(p, n);
                assertThat(m).isCloseTo(9549.296 * p / n, within(1e-6 * Math.max(1.0, m)));
                assertThat(ForcePower.powerFromTorqueKw(m, n)).isCloseTo(p, within(1e-12 * Math.max(1.0, p)));
            }
        }
    }

    @Test
    void shouldAgreeBetweenForceTorqueAndPowerTorqueInTurning() {
        // Sandvik [S1]: Mc = Fc·Dm/2000 = Pc·30·10³/(π·n)
        for (double dm : new double[] {10.0, 50.0, 300.0}) {
            double n = Cutting.spindleSpeedRpm(dm, 180.0);
            double fc = ForcePower.turningCuttingForceN(2200.0, 2.5, 0.3);
            double pc = ForcePower.turningNetPowerKw(180.0, 2.5, 0.3, 2200.0);
            assertThat(ForcePower.turningTorqueNm(fc, dm)).isCloseTo(ForcePower.torqueNm(pc, n), within(1e-9));
        }
    }

    @Test
    void shouldMatchMeanMillingForceWithTorqueFromPower() {
        // calc-reference §5: F_t,mean = 2000·Mc/D, checked against the Sandvik milling power formula [S2]
        double d = 250.0;
        int z = 12;
        double n = Cutting.spindleSpeedRpm(d, 80.0);
        double fz = 0.229;
        double vf = Feeds.tableFeedMmPerMin(fz, z, n);
        double pc = ForcePower.millingNetPowerKw(2.0, 80.0, vf, 1800.0);
        double force = ForcePower.millingMeanTangentialForceN(1800.0, 2.0, 80.0, fz, z, d);
        assertThat(force).isCloseTo(2000.0 * ForcePower.torqueNm(pc, n) / d, within(1e-9));
    }

    @Test
    void shouldAgreeWithKyoceraKsPowerFormula() {
        // Kyocera [S22]: Pc = Ks·vc·ap·f/(6120·η) with Ks in kgf/mm²; 6120 = 60 s × 102 kgf·m/s per kW
        double ks = 190.0;
        double kyocera = ks * 150.0 * 2.0 * 0.25 / (6120.0 * 0.8);
        double engine = ForcePower.spindlePowerKw(ForcePower.turningNetPowerKw(150.0, 2.0, 0.25, ks * 9.80665), 0.8);
        assertThat(engine).isCloseTo(kyocera, within(kyocera * 0.001));
    }

    @Test
    void shouldRejectEfficiencyAboveOne() {
        assertThatThrownBy(() -> ForcePower.spindlePowerKw(3.0, 1.2)).isInstanceOf(CalcInputException.class)
                .hasMessage("efficiency (1.2) must be in (0.0, 1.0]");
    }
}
