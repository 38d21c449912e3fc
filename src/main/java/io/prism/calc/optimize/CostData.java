package io.prism.calc.optimize;

/**
 * The shop's figures for Gilbert's cost per part (calc-reference §9). Currency is whatever the rates are given in;
 * the cost per part comes out in the same currency.
 *
 * @param machineRatePerMin machine and operator rate Co, currency per minute, {@code > 0}
 * @param toolCostPerEdge cost of one cutting edge Ct (an insert's price over its edges, or a regrind's share),
 *     currency, {@code >= 0}
 * @param toolChangeTimeMin time to change one edge Tt, min, {@code >= 0}
 * @param volumeCm3 volume of material removed per part, cm³, {@code > 0}; the cutting time is volume / removal rate
 * @param nonCuttingTimeMin handling and other non-cutting time per part Th, min, {@code >= 0}; NaN for 0
 */
public record CostData(double machineRatePerMin, double toolCostPerEdge, double toolChangeTimeMin, double volumeCm3,
        double nonCuttingTimeMin) {
}
