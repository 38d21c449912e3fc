package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * One Kienzle constant set for a work material: {@code kc1.1} (specific cutting force at h = 1 mm, b = 1 mm),
 * the exponent {@code mc}, and the rake angle the set refers to. Sandvik kc1 values refer to γ0 = 0° [S4];
 * Tschätsch/König-type values refer to +6° for steel and +2° for cast iron [S31]. Keeping the reference angle with
 * the set is the engine rule of calc-reference §4.2 and §15, because the two kinds are not interchangeable.
 *
 * @param kc11NPerMm2 specific cutting force kc1.1, N/mm², in {@code (0, 20000]}
 * @param mc Kienzle exponent, dimensionless, in {@code [0, 1)}
 * @param referenceRakeDeg rake angle to which {@code kc11NPerMm2} refers, degrees, in {@code [-10, 10]}
 */
public record KienzleCoefficients(double kc11NPerMm2, double mc, double referenceRakeDeg) {

    /** Rake reference of Sandvik kc1 values and of the ISCAR/VDI 3323 table used as engine default: 0°. */
    public static final double SANDVIK_REFERENCE_RAKE_DEG = 0.0;

    /** Tschätsch/König reference rake for steel: +6° [S31]. */
    public static final double TEXTBOOK_STEEL_REFERENCE_RAKE_DEG = 6.0;

    /** Tschätsch/König reference rake for cast iron: +2° [S31]. */
    public static final double TEXTBOOK_CAST_IRON_REFERENCE_RAKE_DEG = 2.0;

    /** Validates the set. */
    public KienzleCoefficients {
        Checks.inOpenClosed("kc11NPerMm2", kc11NPerMm2, 0.0, 20_000.0);
        Checks.inRange("mc", mc, 0.0, 0.999);
        Checks.inRange("referenceRakeDeg", referenceRakeDeg, -10.0, 10.0);
    }

    /**
     * A set that refers to 0° rake, as Sandvik kc1 values [S4] and the ISCAR/VDI 3323 table of calc-reference §14
     * [S45] do.
     *
     * @param kc11NPerMm2 kc1.1, N/mm², in {@code (0, 20000]}
     * @param mc Kienzle exponent, dimensionless, in {@code [0, 1)}
     * @return the validated set
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static KienzleCoefficients atZeroRake(double kc11NPerMm2, double mc) {
        return new KienzleCoefficients(kc11NPerMm2, mc, SANDVIK_REFERENCE_RAKE_DEG);
    }

    /**
     * Specific cutting force of this set at chip thickness {@code h} and tool rake {@code γ0}:
     * {@code kc = kc1.1·h^(−mc)·(1 − (γ0 − γref)/100)}. See {@link Kienzle#specificCuttingForceNPerMm2(double,
     * double, double, double, double)}.
     *
     * @param chipThicknessMm chip thickness h (hm for milling and drilling), mm, in {@code (0, 10]}
     * @param rakeAngleDeg tool rake angle γ0, degrees, in {@code [-30, 30]}
     * @return kc, N/mm²
     */
    public double kcNPerMm2(double chipThicknessMm, double rakeAngleDeg) {
        return Kienzle.specificCuttingForceNPerMm2(kc11NPerMm2, mc, chipThicknessMm, rakeAngleDeg, referenceRakeDeg);
    }
}
