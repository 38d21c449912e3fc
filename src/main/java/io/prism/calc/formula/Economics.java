package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Machining economics after Gilbert (1950): tool life and cutting speed for minimum cost and for maximum production
 * rate, cutting time, cycle time and cost per piece.
 *
 * <p>Symbols and units: Co machine + operator rate (currency/min), Ct tool cost per cutting edge (currency),
 * Tt time to change one edge (min), Th handling time per piece (min), Tm cutting time per piece (min), T tool life
 * (min), n and C (m/min) from Taylor. Validity: single-pass cut at constant speed, tool life consumed continuously
 * (fractional edges per piece allowed), {@code 0 < n < 1}. Colding's and Machinery's Handbook extensions are not
 * covered. Sources: Gilbert [S36]; Groover [S33] (recalled); expertsmind [S37]; answer.ya.guru [S38]
 * (calc-reference §9).
 */
public final class Economics {

    private Economics() {
    }

    /**
     * Tool life for maximum production rate: {@code T_p = (1/n − 1)·Tt}. Source: Gilbert [S36]; Groover [S33].
     *
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @param toolChangeTimeMin time to change one edge Tt, min, {@code > 0}
     * @return tool life T_p, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double maxProductionToolLifeMin(double taylorN, double toolChangeTimeMin) {
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        Checks.positive("toolChangeTimeMin", toolChangeTimeMin);
        return Checks.result("maxProductionToolLifeMin", (1.0 / taylorN - 1.0) * toolChangeTimeMin);
    }

    /**
     * Tool life for minimum cost per piece: {@code T_c = (1/n − 1)·(Tt + Ct/Co)}. Source: Gilbert [S36];
     * Groover [S33]; expertsmind [S37].
     *
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @param toolChangeTimeMin time to change one edge Tt, min, {@code > 0}
     * @param toolCostPerEdge tool cost per cutting edge Ct, currency, {@code >= 0}
     * @param machineRatePerMin machine + operator rate Co, currency/min, {@code > 0}
     * @return tool life T_c, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double minCostToolLifeMin(double taylorN, double toolChangeTimeMin, double toolCostPerEdge,
            double machineRatePerMin) {
        Checks.inOpenRange("taylorN", taylorN, 0.0, 1.0);
        Checks.positive("toolChangeTimeMin", toolChangeTimeMin);
        Checks.nonNegative("toolCostPerEdge", toolCostPerEdge);
        Checks.positive("machineRatePerMin", machineRatePerMin);
        return Checks.result("minCostToolLifeMin",
                (1.0 / taylorN - 1.0) * (toolChangeTimeMin + toolCostPerEdge / machineRatePerMin));
    }

    /**
     * Cutting speed for maximum production rate: {@code v_p = C / T_pⁿ = C·[(n/(1 − n))/Tt]ⁿ}. Source: Gilbert [S36];
     * Groover [S33].
     *
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @param taylorCMPerMin Taylor constant C, m/min, {@code > 0}
     * @param toolChangeTimeMin time to change one edge Tt, min, {@code > 0}
     * @return cutting speed v_p, m/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double maxProductionSpeedMPerMin(double taylorN, double taylorCMPerMin, double toolChangeTimeMin) {
        double life = maxProductionToolLifeMin(taylorN, toolChangeTimeMin);
        Checks.positive("taylorCMPerMin", taylorCMPerMin);
        return Checks.result("maxProductionSpeedMPerMin", taylorCMPerMin / Math.pow(life, taylorN));
    }

    /**
     * Cutting speed for minimum cost per piece: {@code v_c = C / T_cⁿ = C·[(n/(1 − n))·Co/(Co·Tt + Ct)]ⁿ}.
     * Source: Gilbert [S36]; Groover [S33]; expertsmind [S37].
     *
     * @param taylorN Taylor exponent, dimensionless, in {@code (0, 1)}
     * @param taylorCMPerMin Taylor constant C, m/min, {@code > 0}
     * @param toolChangeTimeMin time to change one edge Tt, min, {@code > 0}
     * @param toolCostPerEdge tool cost per cutting edge Ct, currency, {@code >= 0}
     * @param machineRatePerMin machine + operator rate Co, currency/min, {@code > 0}
     * @return cutting speed v_c, m/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double minCostSpeedMPerMin(double taylorN, double taylorCMPerMin, double toolChangeTimeMin,
            double toolCostPerEdge, double machineRatePerMin) {
        double life = minCostToolLifeMin(taylorN, toolChangeTimeMin, toolCostPerEdge, machineRatePerMin);
        Checks.positive("taylorCMPerMin", taylorCMPerMin);
        return Checks.result("minCostSpeedMPerMin", taylorCMPerMin / Math.pow(life, taylorN));
    }

    /**
     * Gilbert's operating points: {@code T_p = (1/n − 1)·Tt}, {@code v_p = C / T_pⁿ},
     * {@code T_c = (1/n − 1)·(Tt + Ct/Co)}, {@code v_c = C / T_cⁿ}. Source: Gilbert [S36]; Groover [S33];
     * expertsmind [S37]; answer.ya.guru [S38].
     *
     * @param taylor Taylor constants n and C (m/min), not null
     * @param machineRatePerMin machine + operator rate Co, currency/min, {@code > 0}
     * @param toolCostPerEdge tool cost per cutting edge Ct, currency, {@code >= 0}
     * @param toolChangeTimeMin time to change one edge Tt, min, {@code > 0}
     * @return tool lives (min) and speeds (m/min) for maximum production and minimum cost
     * @throws io.prism.calc.CalcInputException if an argument is out of range or a result overflows
     */
    public static EconomicToolLife gilbert(TaylorCoefficients taylor, double machineRatePerMin,
            double toolCostPerEdge, double toolChangeTimeMin) {
        Checks.present("taylor", taylor, "Taylor constants n and C");
        double n = taylor.taylorN();
        double c = taylor.taylorCMPerMin();
        return new EconomicToolLife(maxProductionToolLifeMin(n, toolChangeTimeMin),
                maxProductionSpeedMPerMin(n, c, toolChangeTimeMin),
                minCostToolLifeMin(n, toolChangeTimeMin, toolCostPerEdge, machineRatePerMin),
                minCostSpeedMPerMin(n, c, toolChangeTimeMin, toolCostPerEdge, machineRatePerMin));
    }

    /**
     * Cutting time of one straight turning pass: {@code Tm = π·D·L / (1000·f·v)}. Source: Groover [S33]
     * (calc-reference §9).
     *
     * @param diameterMm work diameter D, mm, {@code > 0}
     * @param lengthMm length of cut L, mm, {@code >= 0}
     * @param feedPerRevMm feed f, mm/rev, {@code > 0}
     * @param cuttingSpeedMPerMin cutting speed v, m/min, {@code > 0}
     * @return cutting time Tm, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double turningCuttingTimeMin(double diameterMm, double lengthMm, double feedPerRevMm,
            double cuttingSpeedMPerMin) {
        Checks.positive("diameterMm", diameterMm);
        Checks.nonNegative("lengthMm", lengthMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        double revolutions = Math.PI * diameterMm / (1000.0 * feedPerRevMm) * lengthMm;
        return Checks.result("cuttingTimeMin", revolutions / cuttingSpeedMPerMin);
    }

    /**
     * Cycle time per piece: {@code Tc = Th + Tm + Tt·Tm/T}. Source: Groover [S33] (calc-reference §9).
     *
     * @param handlingTimeMin handling / non-cutting time per piece Th, min, {@code >= 0}
     * @param cuttingTimeMin cutting time per piece Tm, min, {@code >= 0}
     * @param toolChangeTimeMin time to change one edge Tt, min, {@code >= 0}
     * @param toolLifeMin tool life T, min, {@code > 0}
     * @return cycle time Tc, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double cycleTimeMin(double handlingTimeMin, double cuttingTimeMin, double toolChangeTimeMin,
            double toolLifeMin) {
        Checks.nonNegative("handlingTimeMin", handlingTimeMin);
        Checks.nonNegative("cuttingTimeMin", cuttingTimeMin);
        Checks.nonNegative("toolChangeTimeMin", toolChangeTimeMin);
        Checks.positive("toolLifeMin", toolLifeMin);
        return Checks.result("cycleTimeMin",
                handlingTimeMin + cuttingTimeMin + toolChangeTimeMin * (cuttingTimeMin / toolLifeMin));
    }

    /**
     * Cost per piece: {@code Cc = Co·Tc + Ct·Tm/T}. Source: Groover [S33] (calc-reference §9).
     *
     * @param machineRatePerMin machine + operator rate Co, currency/min, {@code >= 0}
     * @param cycleTimeMin cycle time per piece Tc, min, {@code >= 0}
     * @param toolCostPerEdge tool cost per cutting edge Ct, currency, {@code >= 0}
     * @param cuttingTimeMin cutting time per piece Tm, min, {@code >= 0}
     * @param toolLifeMin tool life T, min, {@code > 0}
     * @return cost per piece, currency
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double costPerPiece(double machineRatePerMin, double cycleTimeMin, double toolCostPerEdge,
            double cuttingTimeMin, double toolLifeMin) {
        Checks.nonNegative("machineRatePerMin", machineRatePerMin);
        Checks.nonNegative("cycleTimeMin", cycleTimeMin);
        Checks.nonNegative("toolCostPerEdge", toolCostPerEdge);
        Checks.nonNegative("cuttingTimeMin", cuttingTimeMin);
        Checks.positive("toolLifeMin", toolLifeMin);
        return Checks.result("costPerPiece",
                machineRatePerMin * cycleTimeMin + toolCostPerEdge * (cuttingTimeMin / toolLifeMin));
    }

    /**
     * Production rate: {@code Rp = 60 / Tc} pieces per hour. Source: Groover [S33] (calc-reference §9).
     *
     * @param cycleTimeMin cycle time per piece Tc, min, {@code > 0}
     * @return production rate, pieces/h
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double productionRatePerHour(double cycleTimeMin) {
        Checks.positive("cycleTimeMin", cycleTimeMin);
        return Checks.result("productionRatePerHour", 60.0 / cycleTimeMin);
    }
}
