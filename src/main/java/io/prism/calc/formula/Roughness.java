package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Theoretical surface roughness of turning with a nose radius, and the cusp (scallop) height of ball-nose milling.
 *
 * <p>Units: feed, nose radius, ball diameter, stepover and scallop height in mm; Ra and Rz in µm. These are
 * geometric (ideal) values: real finishes are higher because of built-up edge, wear and vibration (calculators
 * suggest 1.5–2× [S24]); wiper geometries are not modelled. Sources: Mitsubishi [S6]; Kyocera [S22];
 * Groover [S33]; myshopmetrics [S24]; machinecalcs [S25]; calcady [S19]; calculatorhub [S20]; formulafactory [S21]
 * (calc-reference §10).
 */
public final class Roughness {

    private Roughness() {
    }

    /**
     * Theoretical peak-to-valley roughness of turning: {@code Rz = f²/(8·rε)·1000} µm. The exact arc value
     * ({@link #turningRzExactUm}) differs by 0.4 % at f/rε = 0.25. Validity: feed marks formed only by the nose
     * radius, {@code f ≤ 2·rε}. Source: Mitsubishi [S6]; Kyocera [S22].
     *
     * @param feedPerRevMm feed f, mm/rev, in {@code (0, 2·rε]}
     * @param noseRadiusMm nose radius rε, mm, {@code > 0}
     * @return Rz, µm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningRzUm(double feedPerRevMm, double noseRadiusMm) {
        checkFeed(feedPerRevMm, noseRadiusMm);
        return Checks.result("rzUm", feedPerRevMm / (8.0 * noseRadiusMm) * feedPerRevMm * 1000.0);
    }

    /**
     * Exact arc peak-to-valley height of turning: {@code Rz = (rε − √(rε² − f²/4))·1000} µm, evaluated as
     * {@code (f²/4)/(rε + √(rε² − f²/4))} to avoid cancellation. Source: calc-reference §10.1.
     *
     * @param feedPerRevMm feed f, mm/rev, in {@code (0, 2·rε]}
     * @param noseRadiusMm nose radius rε, mm, {@code > 0}
     * @return Rz, µm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningRzExactUm(double feedPerRevMm, double noseRadiusMm) {
        checkFeed(feedPerRevMm, noseRadiusMm);
        return Checks.result("rzUm", sagitta(noseRadiusMm, feedPerRevMm / 2.0) * 1000.0);
    }

    /**
     * Ideal arithmetic mean roughness of turning with the engine default constant: {@code Ra = f²/(32·rε)·1000} µm.
     * Source: Groover [S33]; myshopmetrics [S24].
     *
     * @param feedPerRevMm feed f, mm/rev, in {@code (0, 2·rε]}
     * @param noseRadiusMm nose radius rε, mm, {@code > 0}
     * @return Ra, µm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningRaUm(double feedPerRevMm, double noseRadiusMm) {
        return turningRaUm(feedPerRevMm, noseRadiusMm, RaConstant.DEFAULT);
    }

    /**
     * Ideal arithmetic mean roughness of turning: {@code Ra = f²/(c·rε)·1000} µm with c = 32 (default), 31.2 or
     * 18√3. Source: Groover [S33]; myshopmetrics [S24]; machinecalcs [S25].
     *
     * @param feedPerRevMm feed f, mm/rev, in {@code (0, 2·rε]}
     * @param noseRadiusMm nose radius rε, mm, {@code > 0}
     * @param constant the constant c, not null
     * @return Ra, µm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningRaUm(double feedPerRevMm, double noseRadiusMm, RaConstant constant) {
        checkFeed(feedPerRevMm, noseRadiusMm);
        Checks.present("constant", constant, "one of GROOVER_32, MACHINECALCS_31_2, PARABOLIC_18_SQRT3");
        return Checks.result("raUm", feedPerRevMm / (constant.value() * noseRadiusMm) * feedPerRevMm * 1000.0);
    }

    /**
     * Largest feed for a target Ra (default constant): {@code f = √(Ra·32·rε / 1000)}. Source: Groover [S33]
     * (calc-reference §10.1).
     *
     * @param raUm target Ra, µm, in {@code (0, 125·rε]} (the upper limit corresponds to f = 2·rε)
     * @param noseRadiusMm nose radius rε, mm, {@code > 0}
     * @return feed f, mm/rev
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double maxFeedForRaMm(double raUm, double noseRadiusMm) {
        Checks.positive("raUm", raUm);
        Checks.positive("noseRadiusMm", noseRadiusMm);
        double c = RaConstant.DEFAULT.value();
        Checks.atMost("raUm", raUm, 4.0 * noseRadiusMm / c * 1000.0);
        return Checks.result("feedPerRevMm", Math.sqrt(raUm * c / 1000.0) * Math.sqrt(noseRadiusMm));
    }

    /**
     * Ball-nose scallop (cusp) height: {@code h = R − √(R² − (s/2)²)}, {@code R = D/2}, evaluated as
     * {@code (s/2)²/(R + √(R² − (s/2)²))}. The small-stepover approximation {@code s²/(8R)} reads 4 % low at
     * s = 0.8R and is not used. Validity: flat surface normal to the axis, parallel passes, ideal sphere.
     * Source: machinecalcs [S25]; calcady [S19]; calculatorhub [S20].
     *
     * @param ballDiameterMm ball diameter D, mm, {@code > 0}
     * @param stepoverMm stepover s, mm, in {@code (0, D]}
     * @return scallop height h, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double scallopHeightMm(double ballDiameterMm, double stepoverMm) {
        Checks.positive("ballDiameterMm", ballDiameterMm);
        Checks.positive("stepoverMm", stepoverMm);
        Checks.atMost("stepoverMm", stepoverMm, ballDiameterMm);
        return Checks.result("scallopHeightMm", sagitta(ballDiameterMm / 2.0, stepoverMm / 2.0));
    }

    /**
     * Stepover for a target scallop height: {@code s = 2·√(R² − (R − h)²) = 2·√(h·(2R − h))}, {@code R = D/2}.
     * Source: machinecalcs [S25]; calcady [S19]; calculatorhub [S20].
     *
     * @param ballDiameterMm ball diameter D, mm, {@code > 0}
     * @param scallopHeightMm target scallop height h, mm, in {@code (0, D/2]}
     * @return stepover s, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double stepoverForScallopMm(double ballDiameterMm, double scallopHeightMm) {
        Checks.positive("ballDiameterMm", ballDiameterMm);
        Checks.positive("scallopHeightMm", scallopHeightMm);
        Checks.atMost("scallopHeightMm", scallopHeightMm, ballDiameterMm / 2.0);
        double stepover = 2.0 * Math.sqrt(scallopHeightMm) * Math.sqrt(ballDiameterMm - scallopHeightMm);
        return Checks.result("stepoverMm", Math.min(stepover, ballDiameterMm));
    }

    /**
     * Small-stepover approximation of the scallop height: {@code h ≈ s²/(8R)}; 4 % low at s = 0.8R. Offered for
     * comparison with calculators that use it, not as the main formula. Source: calculatorhub [S20];
     * formulafactory [S21].
     *
     * @param ballDiameterMm ball diameter D, mm, {@code > 0}
     * @param stepoverMm stepover s, mm, in {@code (0, D]}
     * @return approximate scallop height, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double scallopHeightApproxMm(double ballDiameterMm, double stepoverMm) {
        Checks.positive("ballDiameterMm", ballDiameterMm);
        Checks.positive("stepoverMm", stepoverMm);
        Checks.atMost("stepoverMm", stepoverMm, ballDiameterMm);
        return Checks.result("scallopHeightMm", stepoverMm / (4.0 * ballDiameterMm) * stepoverMm);
    }

    private static void checkFeed(double feedPerRevMm, double noseRadiusMm) {
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("noseRadiusMm", noseRadiusMm);
        Checks.atMost("feedPerRevMm", feedPerRevMm, 2.0 * noseRadiusMm);
    }

    /** Height of a circular segment of radius r with half-chord c ≤ r: r − √(r² − c²), without cancellation. */
    private static double sagitta(double radius, double halfChord) {
        double ratio = Math.min(1.0, halfChord / radius);
        double root = Math.sqrt((1.0 - ratio) * (1.0 + ratio));
        return halfChord * ratio / (1.0 + root);
    }
}
