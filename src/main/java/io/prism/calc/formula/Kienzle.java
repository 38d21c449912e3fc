package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Specific cutting force after Kienzle and Victor, with the rake-angle correction and Sandvik's kc0.4 form.
 *
 * <p>Units: chip thickness h in mm; kc1.1, kc and kc0.4 in N/mm² (= MPa); angles in degrees; forces in N. The
 * engine default constants are the ISCAR VDI 3323 group table (calc-reference §14); other published kc data
 * (Mitsubishi tables, Kyocera Ks, nc360, Dormer Pramet, König-type kc1.1) differ by up to ×2.5 for some materials,
 * so kc1.1 and mc are always inputs. Sources: Kienzle &amp; Victor 1957 [S30]; Sandvik Coromant [S1][S4][S5];
 * Dormer Pramet [S23]; reox/Plot-F_cm after Tschätsch [S31] (calc-reference §4).
 */
public final class Kienzle {

    /** Largest accepted chip thickness, mm; the power law is fitted for roughly 0.05–1 mm. */
    public static final double MAX_CHIP_THICKNESS_MM = 10.0;

    /** Largest accepted |rake angle|, degrees. */
    public static final double MAX_RAKE_DEG = 30.0;

    private Kienzle() {
    }

    /**
     * Kienzle specific cutting force: {@code kc = kc1.1·h^(−mc)}; the cutting force then is
     * {@code Fc = kc·b·h = kc·ap·f}.
     *
     * <p>Validity: roughly {@code 0.05 mm ≤ h ≤ 1 mm} with carbide at normal speeds. Below about 0.05 mm the edge
     * radius dominates and the true kc rises faster than this power law (the result then underestimates); the
     * method accepts {@code 0 < h ≤ 10} mm. Source: Kienzle &amp; Victor 1957 [S30]; constants: ISCAR [S45].
     *
     * @param kc11NPerMm2 kc1.1, the specific cutting force at h = 1 mm, N/mm², {@code > 0}
     * @param mc Kienzle exponent (slope of log kc over log h), dimensionless, in {@code [0, 1)}
     * @param chipThicknessMm undeformed chip thickness h (turning: fn·sin κr; milling: hm), mm, in {@code (0, 10]}
     * @return specific cutting force kc, N/mm²
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double specificCuttingForceNPerMm2(double kc11NPerMm2, double mc, double chipThicknessMm) {
        Checks.positive("kc11NPerMm2", kc11NPerMm2);
        Checks.inRange("mc", mc, 0.0, 0.999);
        Checks.inOpenClosed("chipThicknessMm", chipThicknessMm, 0.0, MAX_CHIP_THICKNESS_MM);
        return Checks.result("kcNPerMm2", kc11NPerMm2 * Math.pow(chipThicknessMm, -mc));
    }

    /**
     * Kienzle specific cutting force with the rake-angle correction:
     * {@code kc = kc1.1·h^(−mc)·(1 − (γ0 − γref)/100)}: each degree of rake above the reference lowers kc by 1 %.
     *
     * <p>Sandvik kc1 values refer to {@code γref = 0°} and the factor becomes {@code (1 − γ0/100)} [S4] (form
     * recalled; the same 1 − 0.01·γ factor is Dormer Pramet's kγ [S23]). German textbook values (Tschätsch,
     * König) refer to +6° for steel and +2° for cast iron [S31]. Source: Sandvik Coromant [S4]; Dormer Pramet
     * [S23]; reox/Plot-F_cm [S31].
     *
     * @param kc11NPerMm2 kc1.1 at {@code h = 1 mm} and rake {@code γref}, N/mm², {@code > 0}
     * @param mc Kienzle exponent, dimensionless, in {@code [0, 1)}
     * @param chipThicknessMm chip thickness h (hm for milling and drilling), mm, in {@code (0, 10]}
     * @param rakeAngleDeg rake angle γ0 of the tool, degrees, in {@code [-30, 30]}
     * @param referenceRakeDeg rake angle γref to which kc1.1 refers, degrees, in {@code [-10, 10]}
     * @return specific cutting force kc, N/mm²
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double specificCuttingForceNPerMm2(double kc11NPerMm2, double mc, double chipThicknessMm,
            double rakeAngleDeg, double referenceRakeDeg) {
        double kc = specificCuttingForceNPerMm2(kc11NPerMm2, mc, chipThicknessMm);
        Checks.inRange("rakeAngleDeg", rakeAngleDeg, -MAX_RAKE_DEG, MAX_RAKE_DEG);
        Checks.inRange("referenceRakeDeg", referenceRakeDeg, -10.0, 10.0);
        return Checks.result("kcNPerMm2", kc * rakeFactor(rakeAngleDeg, referenceRakeDeg));
    }

    /**
     * Rake correction factor {@code 1 − (γ0 − γref)/100}, in {@code [0.6, 1.4]} for the accepted angles.
     * Source: Sandvik Coromant [S4]; Dormer Pramet [S23]; reox/Plot-F_cm [S31].
     *
     * @param rakeAngleDeg rake angle γ0 of the tool, degrees, in {@code [-30, 30]}
     * @param referenceRakeDeg reference rake γref of the kc1.1 value, degrees, in {@code [-10, 10]}
     * @return correction factor, dimensionless
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double rakeFactor(double rakeAngleDeg, double referenceRakeDeg) {
        Checks.inRange("rakeAngleDeg", rakeAngleDeg, -MAX_RAKE_DEG, MAX_RAKE_DEG);
        Checks.inRange("referenceRakeDeg", referenceRakeDeg, -10.0, 10.0);
        return 1.0 - (rakeAngleDeg - referenceRakeDeg) / 100.0;
    }

    /**
     * The Kienzle law re-anchored at h = 0.4 mm: {@code kc0.4 = kc1.1·0.4^(−mc)}. Source: Sandvik Coromant [S1][S5]
     * (calc-reference §4.3).
     *
     * @param kc11NPerMm2 kc1.1, N/mm², {@code > 0}
     * @param mc Kienzle exponent, dimensionless, in {@code [0, 1)}
     * @return kc0.4, N/mm²
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double kc04FromKc11NPerMm2(double kc11NPerMm2, double mc) {
        return specificCuttingForceNPerMm2(kc11NPerMm2, mc, 0.4);
    }

    /**
     * Sandvik's tangential force for turning: {@code Ft = kc0.4·(0.4 / (fn·sin κr))^mc·fn·ap}, where kc0.4 is the
     * specific force at 0.4 mm chip thickness and {@code mc = 0.29} is Sandvik's general value (use the
     * material's own mc when known; ISCAR lists 0.20–0.28). For κr ≥ 75°, sin κr ≈ 1 may be used [S1][S5].
     * Source: Sandvik Coromant turning formulas [S1]; Silent Tools guide p. 91 [S5].
     *
     * @param kc04NPerMm2 specific cutting force at 0.4 mm chip thickness, N/mm², {@code > 0}
     * @param mc exponent, dimensionless, in {@code [0, 1)}
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @param axialDepthMm depth of cut ap, mm, {@code > 0}
     * @return tangential (main) cutting force Ft, N
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double sandvikTangentialForceN(double kc04NPerMm2, double mc, double feedPerRevMm,
            double enteringAngleDeg, double axialDepthMm) {
        Checks.positive("kc04NPerMm2", kc04NPerMm2);
        Checks.inRange("mc", mc, 0.0, 0.999);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        double sinKr = ChipThickness.sinEnteringAngle(enteringAngleDeg);
        Checks.positive("axialDepthMm", axialDepthMm);
        double h = feedPerRevMm * sinKr;
        return Checks.result("tangentialForceN",
                kc04NPerMm2 * Math.pow(0.4 / h, mc) * feedPerRevMm * axialDepthMm);
    }
}
