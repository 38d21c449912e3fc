package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Metal removal rate Q in cm³/min. Inputs in shop units: vc in m/min, depths, widths, diameters and feeds in mm,
 * table feed in mm/min. Sources: Sandvik Coromant [S1][S2][S3]; Palbit [S11]; Kyocera [S22]; Dormer Pramet [S23]
 * (calc-reference §7).
 */
public final class Removal {

    private Removal() {
    }

    /**
     * Milling: {@code Q = ap·ae·vf / 1000}. Source: Sandvik Coromant milling formulas [S2]; Palbit [S11];
     * Dormer Pramet [S23].
     *
     * @param axialDepthMm axial depth of cut ap, mm, {@code > 0}
     * @param radialDepthMm radial depth (width) of cut ae, mm, {@code > 0}
     * @param tableFeedMmPerMin table feed vf, mm/min, {@code > 0}
     * @return removal rate Q, cm³/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double millingCm3PerMin(double axialDepthMm, double radialDepthMm, double tableFeedMmPerMin) {
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.positive("radialDepthMm", radialDepthMm);
        Checks.positive("tableFeedMmPerMin", tableFeedMmPerMin);
        return Checks.result("removalRateCm3PerMin", axialDepthMm * radialDepthMm * tableFeedMmPerMin / 1000.0);
    }

    /**
     * Turning: {@code Q = vc·ap·fn} (m/min × mm × mm = 1000 mm³/min = cm³/min). Source: Sandvik Coromant turning
     * formulas [S1]; Kyocera [S22].
     *
     * @param cuttingSpeedMPerMin cutting speed vc, m/min, {@code > 0}
     * @param axialDepthMm depth of cut ap, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @return removal rate Q, cm³/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningCm3PerMin(double cuttingSpeedMPerMin, double axialDepthMm, double feedPerRevMm) {
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        return Checks.result("removalRateCm3PerMin", cuttingSpeedMPerMin * axialDepthMm * feedPerRevMm);
    }

    /**
     * Solid drilling: {@code Q = vc·Dc·fn / 4} (equal to {@code π·Dc²/4·vf / 1000}). Source: Sandvik Coromant
     * drilling formulas [S3].
     *
     * @param cuttingSpeedMPerMin cutting speed vc at the drill periphery, m/min, {@code > 0}
     * @param diameterMm drill diameter Dc, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @return removal rate Q, cm³/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double drillingCm3PerMin(double cuttingSpeedMPerMin, double diameterMm, double feedPerRevMm) {
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        return Checks.result("removalRateCm3PerMin", cuttingSpeedMPerMin * diameterMm * feedPerRevMm / 4.0);
    }
}
