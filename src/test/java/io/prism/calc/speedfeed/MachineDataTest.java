package io.prism.calc.speedfeed;

import static io.prism.calc.speedfeed.Cuts.X;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The spindle's available torque and power along a published torque curve. */
class MachineDataTest {

    private static final MachineData CURVE = new MachineData(12_000, 15, 18.5, new double[] {1000, 3000},
            new double[] {120, 60}, true);

    @Test
    void shouldHoldTheFirstTorqueBelowTheCurveAndInterpolateAlongIt() {
        assertThat(CURVE.availableTorqueNm(500)).isEqualTo(120.0);
        assertThat(CURVE.availableTorqueNm(1000)).isEqualTo(120.0);
        assertThat(CURVE.availableTorqueNm(2000)).isCloseTo(90.0, within(1e-12));
        assertThat(CURVE.availableTorqueNm(3000)).isEqualTo(60.0);
    }

    @Test
    void shouldAssumeConstantPowerBeyondTheLastPoint() {
        assertThat(CURVE.availableTorqueNm(6000)).isCloseTo(30.0, within(1e-12));
        double atLast = 60.0 * 3000 / (30_000 / Math.PI);
        assertThat(CURVE.availableTorqueNm(9000) * 9000 / (30_000 / Math.PI)).isCloseTo(atLast, within(1e-9));
    }

    @Test
    void shouldCapPowerByTheContinuousRatingAndTheCurve() {
        assertThat(CURVE.ratedPowerKw()).isEqualTo(15.0);
        assertThat(CURVE.onlyPeakPower()).isFalse();
        // 120 N·m at 500 rev/min is 6.28 kW: the curve, not the rating, limits
        assertThat(CURVE.availablePowerKw(500)).isCloseTo(120 * 500 / (30_000 / Math.PI), within(1e-9));
        // at 2000 rev/min the curve allows 18.85 kW, the continuous rating 15 kW
        assertThat(CURVE.availablePowerKw(2000)).isEqualTo(15.0);
        MachineData peakOnly = new MachineData(8000, X, 22.4, null, null, false);
        assertThat(peakOnly.onlyPeakPower()).isTrue();
        assertThat(peakOnly.availablePowerKw(100)).isEqualTo(22.4);
        assertThat(peakOnly.availableTorqueNm(100)).isNaN();
    }

    @Test
    void shouldKeepItsCurveImmutable() {
        double[] rpm = {1000};
        MachineData m = new MachineData(8000, X, 10, rpm, new double[] {50}, true);
        rpm[0] = 5;
        m.torqueCurveRpm()[0] = 7;
        assertThat(m.torqueCurveRpm()).containsExactly(1000);
        assertThat(m).isEqualTo(new MachineData(8000, X, 10, new double[] {1000}, new double[] {50}, true));
    }
}
