package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Cutting force, net power at the edge, spindle (motor) power and torque for turning and milling.
 *
 * <p>Units: kc in N/mm², depths and feeds in mm, vc in m/min, vf in mm/min, n in rev/min, force in N, power in kW,
 * torque in N·m. kc must be evaluated at the chip thickness of the operation (h = fn·sin κr for turning, hm for
 * milling) with {@link Kienzle}. Sources: Sandvik Coromant [S1][S2]; Palbit [S11]; Mitsubishi Materials [S9]
 * (calc-reference §5 and §6). Drilling power and torque are in {@link Drilling}.
 */
public final class ForcePower {

    /** {@code 60·1000/(2π)}: N·m per (kW / (rev/min)), so that {@code M = 9549.3·P/n}. */
    public static final double TORQUE_CONSTANT = 30_000.0 / Math.PI;

    private ForcePower() {
    }

    /**
     * Main (tangential) cutting force in turning: {@code Fc = kc·ap·fn}. Source: Kienzle &amp; Victor [S30];
     * Sandvik Coromant [S1].
     *
     * @param kcNPerMm2 specific cutting force at h = fn·sin κr, N/mm², {@code > 0}
     * @param axialDepthMm depth of cut ap, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @return cutting force Fc, N
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningCuttingForceN(double kcNPerMm2, double axialDepthMm, double feedPerRevMm) {
        Checks.positive("kcNPerMm2", kcNPerMm2);
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        return Checks.result("cuttingForceN", kcNPerMm2 * axialDepthMm * feedPerRevMm);
    }

    /**
     * Time-averaged tangential force at the periphery of a milling cutter:
     * {@code F_t,mean = kc·ap·ae·fz·z / (π·D)} (equal to {@code 2000·Mc/D} with Mc from the milling power).
     * Peak forces in interrupted cuts with few teeth engaged are higher. Source: calc-reference §5, checked against
     * the Sandvik milling power formula [S2].
     *
     * @param kcNPerMm2 specific cutting force at hm, N/mm², {@code > 0}
     * @param axialDepthMm axial depth of cut ap, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param teeth number of teeth z, {@code >= 1}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @return mean tangential force, N
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double millingMeanTangentialForceN(double kcNPerMm2, double axialDepthMm, double radialDepthMm,
            double feedPerToothMm, int teeth, double diameterMm) {
        Checks.positive("kcNPerMm2", kcNPerMm2);
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.positive("radialDepthMm", radialDepthMm);
        Checks.positive("feedPerToothMm", feedPerToothMm);
        Checks.positiveCount("teeth", teeth);
        Checks.positive("diameterMm", diameterMm);
        Checks.atMost("radialDepthMm", radialDepthMm, diameterMm);
        double perMm = kcNPerMm2 * axialDepthMm * (radialDepthMm / diameterMm) * feedPerToothMm * teeth;
        return Checks.result("meanTangentialForceN", perMm / Math.PI);
    }

    /**
     * Net cutting power in turning: {@code Pc = vc·ap·fn·kc / (60·10³)}. Source: Sandvik Coromant [S1];
     * Mitsubishi Materials [S9].
     *
     * @param cuttingSpeedMPerMin cutting speed vc, m/min, {@code > 0}
     * @param axialDepthMm depth of cut ap, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param kcNPerMm2 specific cutting force at h = fn·sin κr, N/mm², {@code > 0}
     * @return net power Pc at the cutting edge, kW
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningNetPowerKw(double cuttingSpeedMPerMin, double axialDepthMm, double feedPerRevMm,
            double kcNPerMm2) {
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("kcNPerMm2", kcNPerMm2);
        return Checks.result("netPowerKw", cuttingSpeedMPerMin * axialDepthMm * feedPerRevMm * kcNPerMm2 / 60e3);
    }

    /**
     * Net cutting power in milling (time average): {@code Pc = ap·ae·vf·kc / (60·10⁶)}. Source: Sandvik Coromant
     * milling formulas [S2]; Palbit [S11]; Mitsubishi Materials [S9].
     *
     * @param axialDepthMm axial depth of cut ap, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, {@code > 0}
     * @param tableFeedMmPerMin table feed vf, mm/min, {@code > 0}
     * @param kcNPerMm2 specific cutting force at hm, N/mm², {@code > 0}
     * @return net power Pc at the cutting edge, kW
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double millingNetPowerKw(double axialDepthMm, double radialDepthMm, double tableFeedMmPerMin,
            double kcNPerMm2) {
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.positive("radialDepthMm", radialDepthMm);
        Checks.positive("tableFeedMmPerMin", tableFeedMmPerMin);
        Checks.positive("kcNPerMm2", kcNPerMm2);
        return Checks.result("netPowerKw", axialDepthMm * radialDepthMm * tableFeedMmPerMin * kcNPerMm2 / 60e6);
    }

    /**
     * Spindle (motor) power from net power and machine efficiency: {@code P = Pc / η}. Mitsubishi calls η the
     * machine coefficient and uses 0.8 [S9]; Kyocera quotes 0.7–0.8 [S22].
     *
     * @param netPowerKw net power at the cutting edge Pc, kW, {@code >= 0}
     * @param efficiency machine efficiency η, dimensionless, in {@code (0, 1]}
     * @return spindle power, kW
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double spindlePowerKw(double netPowerKw, double efficiency) {
        Checks.nonNegative("netPowerKw", netPowerKw);
        Checks.inOpenClosed("efficiency", efficiency, 0.0, 1.0);
        return Checks.result("spindlePowerKw", netPowerKw / efficiency);
    }

    /**
     * Torque from power and spindle speed: {@code M = P·30·10³ / (π·n) = 9549.3·P / n}, i.e. P[kW]·1000 / ω with
     * {@code ω = 2πn/60}. Source: Sandvik Coromant [S1][S2][S3].
     *
     * @param powerKw power at the spindle or edge, kW, {@code >= 0}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return torque, N·m
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double torqueNm(double powerKw, double spindleSpeedRpm) {
        Checks.nonNegative("powerKw", powerKw);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("torqueNm", TORQUE_CONSTANT * powerKw / spindleSpeedRpm);
    }

    /**
     * Power from torque and spindle speed: {@code P = M·π·n / (30·10³) = M·n / 9549.3}, the inverse of
     * {@link #torqueNm(double, double)}. Source: Sandvik Coromant [S1][S2].
     *
     * @param torqueNm torque, N·m, {@code >= 0}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return power, kW
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double powerFromTorqueKw(double torqueNm, double spindleSpeedRpm) {
        Checks.nonNegative("torqueNm", torqueNm);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("powerKw", torqueNm * spindleSpeedRpm / TORQUE_CONSTANT);
    }

    /**
     * Turning torque on the workpiece from the cutting force: {@code Mc = Fc·Dm / 2000}. Source: Sandvik
     * Coromant turning formulas [S1].
     *
     * @param cuttingForceN tangential cutting force Fc, N, {@code >= 0}
     * @param diameterMm machined diameter Dm, mm, {@code > 0}
     * @return torque, N·m
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningTorqueNm(double cuttingForceN, double diameterMm) {
        Checks.nonNegative("cuttingForceN", cuttingForceN);
        Checks.positive("diameterMm", diameterMm);
        return Checks.result("torqueNm", cuttingForceN * diameterMm / 2000.0);
    }
}
