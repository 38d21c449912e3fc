package io.prism.calc.speedfeed;

import io.prism.calc.formula.ToolLife;

/**
 * Taylor constants ({@code v·Tⁿ = C}) the engine holds for a tool/work pair, each with the second published pair it
 * is compared with (calc-reference §8.1 and §15). Only pairs with group-level published values exist: HSS, uncoated
 * and coated carbide on steel (ISO P), HSS and carbide on non-steel (ISO N). For the non-steel pairs only one source
 * (Groover) was found, so the spread of C of the same tool class on steel is carried over as the second value.
 *
 * <p>The engine reports the shorter of the two lives at the operating speed and, for a tool-life target, the lower
 * of the two speeds: the estimate never promises more life than the less favourable source.
 */
enum TaylorPair {

    HSS_STEEL(0.125, 70, 0.125, 80, "HSS on steel: Groover n 0.125, C 70 m/min (recalled) and calculatorhub "
            + "n 0.125, C 80 (mild steel)"),
    CARBIDE_STEEL(0.25, 500, 0.25, 300, "carbide on steel: Groover n 0.25, C 500 m/min (recalled) and calculatorhub "
            + "n 0.25, C 300 (uncoated, mild steel)"),
    COATED_CARBIDE_STEEL(0.25, 700, 0.35, 500, "coated carbide on steel: Groover n 0.25, C 700 m/min (recalled) and "
            + "calculatorhub n 0.35, C 500 (TiN-coated)"),
    HSS_NON_STEEL(0.125, 120, 0.125, 120.0 * 80.0 / 70.0, "HSS on non-steel: Groover n 0.125, C 120 m/min "
            + "(recalled); no second source, so the HSS-on-steel spread of C (70 vs 80) is carried over"),
    CARBIDE_NON_STEEL(0.25, 900, 0.25, 900.0 * 300.0 / 500.0, "carbide on non-steel: Groover n 0.25, C 900 m/min "
            + "(recalled); no second source, so the carbide-on-steel spread of C (500 vs 300) is carried over");

    private final double n1;
    private final double c1;
    private final double n2;
    private final double c2;
    private final String basis;
    private final boolean sameExponent;
    private final double longerLifeFiniteBelow;

    TaylorPair(double n1, double c1, double n2, double c2, String basis) {
        this.n1 = n1;
        this.c1 = c1;
        this.n2 = n2;
        this.c2 = c2;
        this.basis = basis;
        this.sameExponent = n1 == n2;
        // T = (C/v)^(1/n): with one n the longer life is the shorter one times (C_max/C_min)^(1/n), give or take a
        // few ulps, so below this shorter life the longer one is surely finite
        this.longerLifeFiniteBelow = Double.MAX_VALUE / (4.0 * Math.pow(Math.max(c1, c2) / Math.min(c1, c2),
                1.0 / n1));
    }

    /** The pair for a substrate on a material group, or null when none is published. */
    static TaylorPair of(ToolSubstrate substrate, IsoGroup group) {
        if (group == IsoGroup.P) {
            return switch (substrate) {
                case HSS -> HSS_STEEL;
                case CARBIDE -> CARBIDE_STEEL;
                case COATED_CARBIDE -> COATED_CARBIDE_STEEL;
                default -> null;
            };
        }
        if (group == IsoGroup.N) {
            return switch (substrate) {
                case HSS -> HSS_NON_STEEL;
                case CARBIDE, COATED_CARBIDE -> CARBIDE_NON_STEEL;
                default -> null;
            };
        }
        return null;
    }

    /** Where the constants come from. */
    String basis() {
        return basis;
    }

    /**
     * The shorter of the two Taylor lives at {@code vc}, min: {@code Math.min} of both. With one n for both pairs the
     * pair with the smaller C gives the shorter life ({@code T = (C/v)^(1/n)} does not decrease with C, and
     * {@link Math#pow} is semi-monotonic), so the other life is worked out only where it could overflow, which
     * {@link ToolLife} rejects.
     *
     * @param cuttingSpeedMPerMin cutting speed, m/min
     * @return the shorter life, min
     */
    double shorterLifeMin(double cuttingSpeedMPerMin) {
        if (sameExponent) {
            double shorter = c1 <= c2 ? firstLifeMin(cuttingSpeedMPerMin) : secondLifeMin(cuttingSpeedMPerMin);
            if (shorter < longerLifeFiniteBelow) {
                return shorter;
            }
        }
        return Math.min(firstLifeMin(cuttingSpeedMPerMin), secondLifeMin(cuttingSpeedMPerMin));
    }

    /** Relative band {@code (max − min)/(max + min)} of the two lives at {@code vc}. */
    double lifeBand(double cuttingSpeedMPerMin) {
        return band(firstLifeMin(cuttingSpeedMPerMin), secondLifeMin(cuttingSpeedMPerMin));
    }

    /** The Taylor life at {@code vc} of the first published pair, min. */
    double firstLifeMin(double cuttingSpeedMPerMin) {
        return ToolLife.taylorToolLifeMin(cuttingSpeedMPerMin, n1, c1);
    }

    /** The Taylor life at {@code vc} of the second published pair, min. */
    double secondLifeMin(double cuttingSpeedMPerMin) {
        return ToolLife.taylorToolLifeMin(cuttingSpeedMPerMin, n2, c2);
    }

    /** Relative band {@code |a − b|/(a + b)} of two lives, min. */
    private static double band(double firstLifeMin, double secondLifeMin) {
        return Math.abs(firstLifeMin - secondLifeMin) / (firstLifeMin + secondLifeMin);
    }

    /** The lower of the two speeds that give {@code toolLifeMin}, m/min. */
    double speedForLifeMPerMin(double toolLifeMin) {
        return Math.min(ToolLife.taylorCuttingSpeedMPerMin(toolLifeMin, n1, c1),
                ToolLife.taylorCuttingSpeedMPerMin(toolLifeMin, n2, c2));
    }
}
