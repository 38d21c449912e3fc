package io.prism.calc.speedfeed;

import io.prism.calc.formula.ForcePower;
import java.util.Arrays;

/**
 * The machine's spindle limits. Unknown power ratings are {@link Double#NaN}; an empty torque curve means none was
 * published.
 *
 * <p>The spindle's available torque at speed n follows the published curve: constant at the first point's torque
 * below the first point (the constant-torque range of a spindle drive), linear between points, and constant power
 * beyond the last point ({@code T = T_last·n_last/n}). Available power is the rated power, capped by
 * {@code T(n)·n/9549.3} where a curve exists. The rated power is the continuous (S1) rating when published, else the
 * peak rating (which overstates what the spindle holds in a long cut; the engine says so).
 *
 * @param maxRpm highest spindle speed, rev/min
 * @param continuousPowerKw continuous (S1) spindle power, kW
 * @param peakPowerKw peak or short-time spindle power, kW
 * @param torqueCurveRpm speeds of the torque curve, ascending, rev/min
 * @param torqueCurveNm torque at each speed, N·m
 * @param verified true when the machine row was checked against its source
 */
public record MachineData(double maxRpm, double continuousPowerKw, double peakPowerKw, double[] torqueCurveRpm,
        double[] torqueCurveNm, boolean verified) {

    /** Copies the curve, which must have one torque per speed. */
    public MachineData {
        torqueCurveRpm = torqueCurveRpm == null ? new double[0] : torqueCurveRpm.clone();
        torqueCurveNm = torqueCurveNm == null ? new double[0] : torqueCurveNm.clone();
        if (torqueCurveRpm.length != torqueCurveNm.length) {
            throw new IllegalArgumentException("the torque curve needs one torque per speed");
        }
    }

    /** The curve's speeds (a copy). */
    @Override
    public double[] torqueCurveRpm() {
        return torqueCurveRpm.clone();
    }

    /** The curve's torques (a copy). */
    @Override
    public double[] torqueCurveNm() {
        return torqueCurveNm.clone();
    }

    /** True when a torque curve was published. */
    public boolean hasTorqueCurve() {
        return torqueCurveRpm.length > 0;
    }

    /** The rated power the engine checks against: continuous when published, else peak; NaN when neither is. */
    public double ratedPowerKw() {
        return Double.isNaN(continuousPowerKw) ? peakPowerKw : continuousPowerKw;
    }

    /** True when only a peak rating is published, so the check uses it. */
    public boolean onlyPeakPower() {
        return Double.isNaN(continuousPowerKw) && !Double.isNaN(peakPowerKw);
    }

    /**
     * Torque the spindle offers at {@code spindleSpeedRpm}, N·m; NaN without a torque curve.
     *
     * @param spindleSpeedRpm spindle speed, rev/min, {@code > 0}
     * @return available torque, N·m
     */
    public double availableTorqueNm(double spindleSpeedRpm) {
        int last = torqueCurveRpm.length - 1;
        if (last < 0) {
            return Double.NaN;
        }
        if (spindleSpeedRpm <= torqueCurveRpm[0]) {
            return torqueCurveNm[0];
        }
        if (spindleSpeedRpm >= torqueCurveRpm[last]) {
            return torqueCurveNm[last] * torqueCurveRpm[last] / spindleSpeedRpm;
        }
        int i = 1;
        while (torqueCurveRpm[i] < spindleSpeedRpm) {
            i++;
        }
        double t = (spindleSpeedRpm - torqueCurveRpm[i - 1]) / (torqueCurveRpm[i] - torqueCurveRpm[i - 1]);
        return torqueCurveNm[i - 1] + t * (torqueCurveNm[i] - torqueCurveNm[i - 1]);
    }

    /**
     * Power the spindle offers at {@code spindleSpeedRpm}, kW: the rated power, capped by the torque curve; NaN when
     * neither is published.
     *
     * @param spindleSpeedRpm spindle speed, rev/min, {@code > 0}
     * @return available power, kW
     */
    public double availablePowerKw(double spindleSpeedRpm) {
        double rated = ratedPowerKw();
        double torque = availableTorqueNm(spindleSpeedRpm);
        if (Double.isNaN(torque)) {
            return rated;
        }
        double fromTorque = ForcePower.powerFromTorqueKw(torque, spindleSpeedRpm);
        return Double.isNaN(rated) ? fromTorque : Math.min(rated, fromTorque);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MachineData m && Double.compare(maxRpm, m.maxRpm) == 0
                && Double.compare(continuousPowerKw, m.continuousPowerKw) == 0
                && Double.compare(peakPowerKw, m.peakPowerKw) == 0 && verified == m.verified
                && Arrays.equals(torqueCurveRpm, m.torqueCurveRpm) && Arrays.equals(torqueCurveNm, m.torqueCurveNm);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(maxRpm) + Arrays.hashCode(torqueCurveRpm) + Arrays.hashCode(torqueCurveNm);
    }

    @Override
    public String toString() {
        return "MachineData[maxRpm=" + maxRpm + ", continuousPowerKw=" + continuousPowerKw + ", peakPowerKw="
                + peakPowerKw + ", torqueCurveRpm=" + Arrays.toString(torqueCurveRpm) + ", torqueCurveNm="
                + Arrays.toString(torqueCurveNm) + ", verified=" + verified + "]";
    }
}
