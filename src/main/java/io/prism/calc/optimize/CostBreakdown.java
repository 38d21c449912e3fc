package io.prism.calc.optimize;

/**
 * Gilbert's cost per part at the optimum (calc-reference §9), in the currency of {@link CostData}.
 *
 * @param cuttingTimeMin cutting time per part tc = volume / removal rate, min
 * @param toolLifeMin Taylor tool life T at the optimum's cutting speed, min
 * @param edgesPerPart cutting edges used per part, tc / T
 * @param cycleTimeMin time per part Th + tc + Tt·tc/T, min
 * @param machineCostPerPart machine and operator cost Co × cycle time
 * @param toolCostPerPart edge cost Ct·tc/T
 * @param costPerPart the sum of both
 */
public record CostBreakdown(double cuttingTimeMin, double toolLifeMin, double edgesPerPart, double cycleTimeMin,
        double machineCostPerPart, double toolCostPerPart, double costPerPart) {
}
