package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Gilbert's two economic operating points of a Taylor tool (calc-reference §9). Always
 * {@code minCostSpeedMPerMin ≤ maxProductionSpeedMPerMin}; the band between them is the high-efficiency range.
 *
 * @param maxProductionToolLifeMin tool life for maximum production rate T_p, min
 * @param maxProductionSpeedMPerMin cutting speed for maximum production rate v_p, m/min
 * @param minCostToolLifeMin tool life for minimum cost per piece T_c, min
 * @param minCostSpeedMPerMin cutting speed for minimum cost per piece v_c, m/min
 */
public record EconomicToolLife(double maxProductionToolLifeMin, double maxProductionSpeedMPerMin,
        double minCostToolLifeMin, double minCostSpeedMPerMin) {

    /** Validates that every value is finite and positive. */
    public EconomicToolLife {
        Checks.positive("maxProductionToolLifeMin", maxProductionToolLifeMin);
        Checks.positive("maxProductionSpeedMPerMin", maxProductionSpeedMPerMin);
        Checks.positive("minCostToolLifeMin", minCostToolLifeMin);
        Checks.positive("minCostSpeedMPerMin", minCostSpeedMPerMin);
    }
}
