package io.prism.calc.formula;

import io.prism.calc.CalcInputException;
import io.prism.calc.internal.Checks;

/**
 * Taylor and extended Taylor tool life.
 *
 * <p>Units: cutting speed and C in m/min, tool life T in min, feed in mm/rev, depth in mm. Validity: one tool/work
 * pair, one wear criterion (typically a flank-wear land such as VB 0.3 mm), inside the tested speed window;
 * extrapolating to T &lt; 1 min or outside the test window is not meaningful. Sources: F.W. Taylor 1907 [S29];
 * Groover [S33] (recalled); calculatorhub [S18]; calcady [S19]; Kalpakjian-style exercise [S35]
 * (calc-reference §8).
 */
public final class ToolLife {

    private ToolLife() {
    }

    /**
     * Taylor tool life: {@code T = (C / v)^(1/n)}, from {@code v·Tⁿ = C}. Source: Taylor 1907 [S29];
     * calculatorhub [S18].
     *
     * @param cuttingSpeedMPerMin cutting speed v, m/min, {@code > 0}
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @param taylorCMPerMin Taylor constant C (same unit as v), m/min, {@code > 0}
     * @return tool life T, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double taylorToolLifeMin(double cuttingSpeedMPerMin, double taylorN, double taylorCMPerMin) {
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        Checks.positive("taylorCMPerMin", taylorCMPerMin);
        return Checks.result("toolLifeMin", Math.pow(taylorCMPerMin / cuttingSpeedMPerMin, 1.0 / taylorN));
    }

    /**
     * Cutting speed for a target Taylor tool life: {@code v = C / Tⁿ}. Source: Taylor 1907 [S29].
     *
     * @param toolLifeMin target tool life T, min, {@code > 0}
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @param taylorCMPerMin Taylor constant C, m/min, {@code > 0}
     * @return cutting speed v, m/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double taylorCuttingSpeedMPerMin(double toolLifeMin, double taylorN, double taylorCMPerMin) {
        Checks.positive("toolLifeMin", toolLifeMin);
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        Checks.positive("taylorCMPerMin", taylorCMPerMin);
        return Checks.result("cuttingSpeedMPerMin", taylorCMPerMin / Math.pow(toolLifeMin, taylorN));
    }

    /**
     * Taylor constant from one observed life (calibration): {@code C = v·Tⁿ}. Source: Taylor 1907 [S29];
     * calcady [S19].
     *
     * @param cuttingSpeedMPerMin cutting speed v of the observation, m/min, {@code > 0}
     * @param toolLifeMin observed tool life T, min, {@code > 0}
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @return Taylor constant C, m/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double taylorConstantMPerMin(double cuttingSpeedMPerMin, double toolLifeMin, double taylorN) {
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        Checks.positive("toolLifeMin", toolLifeMin);
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        return Checks.result("taylorCMPerMin", cuttingSpeedMPerMin * Math.pow(toolLifeMin, taylorN));
    }

    /**
     * Tool life after a speed change: {@code T2 = T1·(v1 / v2)^(1/n)}. Source: Taylor 1907 [S29]
     * (calc-reference §8.1).
     *
     * @param toolLifeMin tool life T1 at speed v1, min, {@code > 0}
     * @param fromSpeedMPerMin speed v1, m/min, {@code > 0}
     * @param toSpeedMPerMin speed v2, m/min, {@code > 0}
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @return tool life T2 at v2, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double toolLifeAtSpeedMin(double toolLifeMin, double fromSpeedMPerMin, double toSpeedMPerMin,
            double taylorN) {
        Checks.positive("toolLifeMin", toolLifeMin);
        Checks.positive("fromSpeedMPerMin", fromSpeedMPerMin);
        Checks.positive("toSpeedMPerMin", toSpeedMPerMin);
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        return Checks.result("toolLifeMin", toolLifeMin * Math.pow(fromSpeedMPerMin / toSpeedMPerMin, 1.0 / taylorN));
    }

    /**
     * Extended Taylor tool life: {@code T = (K / (v·f^a·ap^b))^(1/n)}, from {@code v·Tⁿ·f^a·ap^b = K}
     * (Kalpakjian writes {@code V·Tⁿ·d^x·f^y = C}). Exponents are empirical and must be fitted per tool/work
     * pair; feed exponents are typically larger than depth exponents. Kalpakjian's exercise uses x = y = 0.6 with
     * n = 0.5 for a ceramic tool [S35]. Source: Kalpakjian-style exercise [S35] (calc-reference §8.2).
     *
     * @param cuttingSpeedMPerMin cutting speed v, m/min, {@code > 0}
     * @param feedPerRevMm feed f, mm/rev, {@code > 0}
     * @param axialDepthMm depth of cut ap, mm, {@code > 0}
     * @param taylorN speed exponent, dimensionless, in {@code (0, 1)}
     * @param feedExponent feed exponent a, dimensionless, in {@code [0, 5]}
     * @param depthExponent depth exponent b, dimensionless, in {@code [0, 5]}
     * @param extendedConstant constant K, in m/min·min^n·mm^(a+b), {@code > 0}
     * @return tool life T, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double extendedToolLifeMin(double cuttingSpeedMPerMin, double feedPerRevMm, double axialDepthMm,
            double taylorN, double feedExponent, double depthExponent, double extendedConstant) {
        double rest = extendedDenominator(cuttingSpeedMPerMin, feedPerRevMm, axialDepthMm, feedExponent,
                depthExponent);
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        Checks.positive("extendedConstant", extendedConstant);
        return Checks.result("toolLifeMin", Math.pow(extendedConstant / rest, 1.0 / taylorN));
    }

    /**
     * Cutting speed for a target life under the extended Taylor law: {@code v = K / (Tⁿ·f^a·ap^b)}.
     * Source: Kalpakjian-style exercise [S35] (calc-reference §8.2).
     *
     * @param toolLifeMin target tool life T, min, {@code > 0}
     * @param feedPerRevMm feed f, mm/rev, {@code > 0}
     * @param axialDepthMm depth of cut ap, mm, {@code > 0}
     * @param taylorN speed exponent, dimensionless, in {@code (0, 1)}
     * @param feedExponent feed exponent a, dimensionless, in {@code [0, 5]}
     * @param depthExponent depth exponent b, dimensionless, in {@code [0, 5]}
     * @param extendedConstant constant K, in m/min·min^n·mm^(a+b), {@code > 0}
     * @return cutting speed v, m/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double extendedCuttingSpeedMPerMin(double toolLifeMin, double feedPerRevMm, double axialDepthMm,
            double taylorN, double feedExponent, double depthExponent, double extendedConstant) {
        Checks.positive("toolLifeMin", toolLifeMin);
        double rest = extendedDenominator(1.0, feedPerRevMm, axialDepthMm, feedExponent, depthExponent);
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        Checks.positive("extendedConstant", extendedConstant);
        return Checks.result("cuttingSpeedMPerMin", extendedConstant / (Math.pow(toolLifeMin, taylorN) * rest));
    }

    /**
     * Feed that keeps the extended-Taylor life (at constant depth) after a speed change:
     * {@code f2 = f1·(v1 / v2)^(1/a)}. Source: calc-reference §8.2 [S35].
     *
     * @param feedPerRevMm feed f1 at speed v1, mm/rev, {@code > 0}
     * @param fromSpeedMPerMin speed v1, m/min, {@code > 0}
     * @param toSpeedMPerMin speed v2, m/min, {@code > 0}
     * @param feedExponent feed exponent a, dimensionless, in {@code (0, 5]}
     * @return feed f2, mm/rev
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double feedForSpeedChangeMm(double feedPerRevMm, double fromSpeedMPerMin, double toSpeedMPerMin,
            double feedExponent) {
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("fromSpeedMPerMin", fromSpeedMPerMin);
        Checks.positive("toSpeedMPerMin", toSpeedMPerMin);
        Checks.inOpenClosed("feedExponent", feedExponent, 0.0, 5.0);
        return Checks.result("feedPerRevMm",
                feedPerRevMm * Math.pow(fromSpeedMPerMin / toSpeedMPerMin, 1.0 / feedExponent));
    }

    private static double extendedDenominator(double cuttingSpeedMPerMin, double feedPerRevMm, double axialDepthMm,
            double feedExponent, double depthExponent) {
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.inRange("feedExponent", feedExponent, 0.0, 5.0);
        Checks.inRange("depthExponent", depthExponent, 0.0, 5.0);
        double value = cuttingSpeedMPerMin * Math.pow(feedPerRevMm, feedExponent)
                * Math.pow(axialDepthMm, depthExponent);
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new CalcInputException("feedPerRevMm", "feedPerRevMm (" + feedPerRevMm
                    + ") and axialDepthMm (" + axialDepthMm + ") with the given exponents give v·f^a·ap^b = "
                    + value + ", which must be a finite number > 0");
        }
        return value;
    }
}
