package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Cutting speed, spindle speed and the effective cutting diameter of ball-nose cutters and round inserts.
 *
 * <p>Units: diameters and depths in mm, cutting speed in m/min, spindle speed in rev/min. The 1000 in the formulas
 * converts mm to m. Sources: Sandvik Coromant turning, milling and drilling formula pages [S1][S2][S3];
 * Mitsubishi Materials worked examples [S6][S7][S8]; Palbit [S11], Helical Solutions [S12] (calc-reference §1).
 */
public final class Cutting {

    private Cutting() {
    }

    /**
     * Cutting speed at a diameter: {@code vc = π·D·n / 1000}.
     *
     * <p>For turning, {@code D} is the machined diameter Dm (the Sandvik convention [S1]; Mitsubishi uses the
     * workpiece diameter [S6], which is larger by 2·ap). For milling and drilling it is the tool diameter.
     * Source: Sandvik Coromant [S1][S2][S3]; Mitsubishi Materials [S6][S7][S8].
     *
     * @param diameterMm the diameter being cut, mm, {@code > 0}
     * @param spindleSpeedRpm spindle speed, rev/min, {@code > 0}
     * @return cutting speed vc, m/min
     * @throws io.prism.calc.CalcInputException if an argument is not finite or not positive
     */
    public static double cuttingSpeedMPerMin(double diameterMm, double spindleSpeedRpm) {
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("cuttingSpeedMPerMin", Math.PI * diameterMm * spindleSpeedRpm / 1000.0);
    }

    /**
     * Spindle speed for a target cutting speed: {@code n = 1000·vc / (π·D)}.
     *
     * <p>Inverse of {@link #cuttingSpeedMPerMin(double, double)}, with the same convention for {@code D}.
     * Source: Sandvik Coromant [S1][S2][S3]; Mitsubishi Materials [S6][S7][S8].
     *
     * @param diameterMm the diameter being cut, mm, {@code > 0}
     * @param cuttingSpeedMPerMin target cutting speed vc, m/min, {@code > 0}
     * @return spindle speed n, rev/min
     * @throws io.prism.calc.CalcInputException if an argument is not finite or not positive, or the result overflows
     */
    public static double spindleSpeedRpm(double diameterMm, double cuttingSpeedMPerMin) {
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        return Checks.result("spindleSpeedRpm", 1000.0 * cuttingSpeedMPerMin / (Math.PI * diameterMm));
    }

    /**
     * Effective cutting diameter of a ball-nose cutter (or a round insert of diameter iC) at axial depth ap:
     * {@code D_eff = 2·√(ap·(D − ap))} for {@code ap < D/2}, and {@code D_eff = D} for {@code ap ≥ D/2}.
     *
     * <p>The same quantity is written {@code Deff = 2·√(R² − (R − ap)²)} by Helical/Harvey [S12]; the two forms are
     * algebraically identical. Validity: surface normal to the tool axis (no tilt), ideal sphere or circle.
     * Source: Palbit "Dw" [S11]; Helical Solutions [S12]; Sandvik "DCap" [S2].
     *
     * @param diameterMm ball or insert diameter D (or iC), mm, {@code > 0}
     * @param axialDepthMm axial depth of cut ap, mm, {@code > 0}
     * @return effective cutting diameter, mm, in {@code (0, D]}
     * @throws io.prism.calc.CalcInputException if an argument is not finite or not positive
     */
    public static double effectiveDiameterMm(double diameterMm, double axialDepthMm) {
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("axialDepthMm", axialDepthMm);
        if (axialDepthMm >= diameterMm / 2.0) {
            return diameterMm;
        }
        double effective = 2.0 * Math.sqrt(axialDepthMm) * Math.sqrt(diameterMm - axialDepthMm);
        return Checks.result("effectiveDiameterMm", Math.min(effective, diameterMm));
    }

    /**
     * True cutting speed at the effective diameter of a ball-nose cutter or round insert:
     * {@code vc_eff = π·D_eff·n / 1000} with {@code D_eff} from {@link #effectiveDiameterMm(double, double)}.
     * Source: Palbit [S11]; Helical Solutions [S12]; Sandvik [S2].
     *
     * @param diameterMm ball or insert diameter, mm, {@code > 0}
     * @param axialDepthMm axial depth of cut ap, mm, {@code > 0}
     * @param spindleSpeedRpm spindle speed, rev/min, {@code > 0}
     * @return effective cutting speed, m/min
     * @throws io.prism.calc.CalcInputException if an argument is not finite or not positive, or the result overflows
     */
    public static double effectiveCuttingSpeedMPerMin(double diameterMm, double axialDepthMm,
            double spindleSpeedRpm) {
        double effective = effectiveDiameterMm(diameterMm, axialDepthMm);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("effectiveCuttingSpeedMPerMin", Math.PI * effective * spindleSpeedRpm / 1000.0);
    }
}
