package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Static deflection of an end mill modelled as a cantilever with a tip load.
 *
 * <p>{@code δ = F·L³ / (3·E·I)}, {@code I = π·De⁴/64}, {@code De = k·D}: the fluted part behaves like a rod of
 * k·D. Mitsubishi's training material gives k = 0.7–0.8 [S27]; Kops &amp; Vo's compliance study ≈ 0.8 for 2- and
 * 4-flute cutters [S28]. Engine default k = 0.8 (k = 0.7 gives 1.71× the deflection); k = 1 for a plain shank.
 *
 * <p>Units: force in N, lengths and diameters in mm, E in N/mm², I in mm⁴, deflection in mm. Validity: small
 * elastic deflection, rigid holder and spindle (real holders add compliance), static load at the tip (a force
 * spread along ap deflects less). Sources: calculatorhub [S26]; Mitsubishi [S27]; Kops &amp; Vo [S28]
 * (calc-reference §11).
 */
public final class Deflection {

    /** Default effective-diameter factor of the fluted part, k = 0.8 (Kops &amp; Vo [S28]; Mitsubishi [S27]). */
    public static final double DEFAULT_FLUTED_DIAMETER_FACTOR = 0.8;

    /** Effective-diameter factor of a plain cylindrical shank, k = 1. */
    public static final double PLAIN_SHANK_FACTOR = 1.0;

    private Deflection() {
    }

    /**
     * Effective (equivalent) diameter of the fluted part: {@code De = k·D}. Source: Mitsubishi [S27];
     * Kops &amp; Vo [S28].
     *
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param diameterFactor effective-diameter factor k, dimensionless, in {@code [0.5, 1]}
     * @return effective diameter De, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double effectiveDiameterMm(double diameterMm, double diameterFactor) {
        Checks.positive("diameterMm", diameterMm);
        Checks.inRange("diameterFactor", diameterFactor, 0.5, 1.0);
        return Checks.result("effectiveDiameterMm", diameterMm * diameterFactor);
    }

    /**
     * Second moment of area of a round section: {@code I = π·d⁴/64}. Source: calculatorhub [S26].
     *
     * @param diameterMm section diameter d, mm, {@code > 0}
     * @return I, mm⁴
     * @throws io.prism.calc.CalcInputException if the argument is out of range or the result overflows
     */
    public static double secondMomentOfAreaMm4(double diameterMm) {
        Checks.positive("diameterMm", diameterMm);
        double squared = diameterMm * diameterMm;
        return Checks.result("secondMomentOfAreaMm4", Math.PI / 64.0 * squared * squared);
    }

    /**
     * Tip deflection of an end mill whose whole stick-out is taken as the fluted section:
     * {@code δ = F·L³ / (3·E·π·(k·D)⁴/64)}. Doubling L gives 8× the deflection, doubling D 1/16 [S27].
     * Source: calculatorhub [S26]; Mitsubishi [S27]; Kops &amp; Vo [S28].
     *
     * @param radialForceN radial (deflecting) force at the tip F, N, {@code >= 0}
     * @param stickOutMm overhang from the holder face L, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param diameterFactor effective-diameter factor k, dimensionless, in {@code [0.5, 1]}; default 0.8
     * @param youngsModulusNPerMm2 Young's modulus E, N/mm², {@code > 0} (see {@link ToolMaterial})
     * @return tip deflection δ, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double endMillDeflectionMm(double radialForceN, double stickOutMm, double diameterMm,
            double diameterFactor, double youngsModulusNPerMm2) {
        Checks.nonNegative("radialForceN", radialForceN);
        Checks.positive("stickOutMm", stickOutMm);
        double inertia = secondMomentOfAreaMm4(effectiveDiameterMm(diameterMm, diameterFactor));
        Checks.positive("youngsModulusNPerMm2", youngsModulusNPerMm2);
        double lengthCubed = stickOutMm * stickOutMm * stickOutMm;
        return Checks.result("deflectionMm", radialForceN / (3.0 * youngsModulusNPerMm2) * (lengthCubed / inertia));
    }

    /**
     * Tip deflection with the engine defaults: k = 0.8 and E of the tool material (carbide 600 GPa, HSS 210 GPa).
     * Source: as {@link #endMillDeflectionMm(double, double, double, double, double)}.
     *
     * @param radialForceN radial force at the tip F, N, {@code >= 0}
     * @param stickOutMm overhang from the holder face L, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param material tool material, not null
     * @return tip deflection δ, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double endMillDeflectionMm(double radialForceN, double stickOutMm, double diameterMm,
            ToolMaterial material) {
        Checks.present("material", material, "CARBIDE or HSS");
        return endMillDeflectionMm(radialForceN, stickOutMm, diameterMm, DEFAULT_FLUTED_DIAMETER_FACTOR,
                material.youngsModulusNPerMm2());
    }

    /**
     * Tip deflection of a stepped cantilever: a shank of diameter Ds next to the holder and a fluted length Lf
     * (effective diameter k·D) at the tip: {@code δ = F/(3E)·[(L³ − Lf³)/Is + Lf³/If]} with
     * {@code Is = π·Ds⁴/64}, {@code If = π·(k·D)⁴/64}. Reduces to the single formula when Is = If. Source:
     * calc-reference §11 (derived by integrating M(x)·(L − x)/(E·I(x)) along the overhang); k from [S27][S28].
     *
     * @param radialForceN radial force at the tip F, N, {@code >= 0}
     * @param stickOutMm overhang from the holder face L, mm, {@code > 0}
     * @param flutedLengthMm fluted length Lf, mm, in {@code (0, L]}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param shankDiameterMm shank diameter Ds, mm, {@code > 0}
     * @param diameterFactor effective-diameter factor k of the fluted part, dimensionless, in {@code [0.5, 1]}
     * @param youngsModulusNPerMm2 Young's modulus E, N/mm², {@code > 0}
     * @return tip deflection δ, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double steppedEndMillDeflectionMm(double radialForceN, double stickOutMm, double flutedLengthMm,
            double diameterMm, double shankDiameterMm, double diameterFactor, double youngsModulusNPerMm2) {
        Checks.nonNegative("radialForceN", radialForceN);
        Checks.positive("stickOutMm", stickOutMm);
        Checks.positive("flutedLengthMm", flutedLengthMm);
        Checks.atMost("flutedLengthMm", flutedLengthMm, stickOutMm);
        double fluted = secondMomentOfAreaMm4(effectiveDiameterMm(diameterMm, diameterFactor));
        Checks.positive("shankDiameterMm", shankDiameterMm);
        double shank = secondMomentOfAreaMm4(shankDiameterMm);
        Checks.positive("youngsModulusNPerMm2", youngsModulusNPerMm2);
        double lengthCubed = stickOutMm * stickOutMm * stickOutMm;
        double flutedCubed = flutedLengthMm * flutedLengthMm * flutedLengthMm;
        double compliance = (lengthCubed - flutedCubed) / shank + flutedCubed / fluted;
        return Checks.result("deflectionMm", radialForceN / (3.0 * youngsModulusNPerMm2) * compliance);
    }
}
