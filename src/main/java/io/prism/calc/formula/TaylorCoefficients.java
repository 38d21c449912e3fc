package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Taylor tool-life constants of one tool/work pair, for {@code v·Tⁿ = C}.
 *
 * <p>Group-level values (calc-reference §8.1): HSS on steel n 0.125, C 70 m/min; carbide on steel 0.25, 500;
 * coated carbide on steel 0.25, 700; ceramic on steel 0.6, 3000 (Groover [S33], recalled); uncoated carbide on mild
 * steel 0.25, 300; TiN-coated carbide 0.35, 500 (calculatorhub [S18]). Shops should calibrate C from one observed
 * life ({@link ToolLife#taylorConstantMPerMin}).
 *
 * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
 * @param taylorCMPerMin Taylor constant C, the cutting speed for 1 min of life, m/min, {@code > 0}
 */
public record TaylorCoefficients(double taylorN, double taylorCMPerMin) {

    /** Validates the constants. */
    public TaylorCoefficients {
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        Checks.positive("taylorCMPerMin", taylorCMPerMin);
    }
}
