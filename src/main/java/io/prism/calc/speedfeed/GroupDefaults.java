package io.prism.calc.speedfeed;

/**
 * The engine's fallback constants per ISO group, used only when the catalog has nothing better for the material:
 * the Kienzle constants of a named representative row of calc-reference §14, that row's published speed windows, and
 * ISCAR's feed per tooth as a fraction of the diameter. Every value taken from here is flagged as an assumption and
 * lowers the data quality of the safety score; a kc taken from here widens its uncertainty band to the spread of
 * every §14 row of the group.
 *
 * <p>Representative rows (the choice between disagreeing sources is the §15 default, ISCAR VDI 3323):
 * <ul>
 *   <li>P: 42CrMo4 / AISI 4140 annealed, VDI group 6, 1775/0.24 — the middle of the P rows;</li>
 *   <li>M: AISI 304, group 14, 2150/0.20;</li>
 *   <li>K: grey iron EN-GJL-250, group 15, 1150/0.20;</li>
 *   <li>N: 6061-T6, group 22, 800/0.25;</li>
 *   <li>S: Inconel 718, group 34, 3300/0.24 — the slowest and most forceful S row, so an unknown heat-resistant
 *       alloy is never given titanium's speeds;</li>
 *   <li>H: hardened steel 55 HRC, group 38, 4600 with mc 0.25 (ISCAR gives no mc for H; 0.25 is the engine's choice,
 *       §14 note).</li>
 * </ul>
 * Speed windows: carbide milling from ISCAR Multi-Master [S48] (N: Tungaloy [S50]); carbide turning from Kennametal
 * [S51] or Kyocera [S52] where §14 lists one; HSS from Fox Valley [S56]. Feed per tooth: ISCAR Multi-Master start
 * values [S48] as stored with the seed catalog's ISCAR group rows; none is published for N here.
 */
enum GroupDefaults {

    P(1775, 0.24, "42CrMo4 (AISI 4140) annealed, VDI 3323 group 6", new double[][] {{1350, 0.21}, {1500, 0.22},
        {1675, 0.24}, {1775, 0.24}, {1725, 0.24}, {1800, 0.24}, {2450, 0.23}},
            160, 240, Double.NaN, Double.NaN, 15, 21, 0.003, 0.008),
    M(2150, 0.20, "AISI 304 (X5CrNi18-10), VDI 3323 group 14", new double[][] {{2150, 0.20}, {1875, 0.21}},
            60, 110, 80, 240, 12, 15, 0.002, 0.007),
    K(1150, 0.20, "grey iron EN-GJL-250, VDI 3323 group 15", new double[][] {{1150, 0.20}, {1350, 0.28},
        {1225, 0.25}},
            150, 275, 110, 550, 24, 30, 0.005, 0.010),
    N(800, 0.25, "aluminium 6061-T6, VDI 3323 group 22", new double[][] {{800, 0.25}, {700, 0.25}, {750, 0.25},
        {700, 0.27}},
            200, 700, 200, 500, 43, 91, Double.NaN, Double.NaN),
    S(3300, 0.24, "Inconel 718, VDI 3323 group 34", new double[][] {{2110, 0.22}, {1245, 0.24}, {1700, 0.23},
        {1160, 0.24}, {3300, 0.24}, {3100, 0.24}},
            20, 35, 35, 61, Double.NaN, Double.NaN, 0.002, 0.004),
    H(4600, 0.25, "hardened steel 55 HRC, VDI 3323 group 38 (mc 0.25 is the engine's choice)",
            new double[][] {{4600, 0.25}, {4700, 0.25}},
            40, 80, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.001, 0.001);

    /** mc the engine assumes where a source gives kc1.1 without an exponent (§14 note on the H groups). */
    static final double DEFAULT_MC = 0.25;

    private final double kc11;
    private final double mc;
    private final String representative;
    private final double[] groupKcAtReference;
    private final double millVcMin;
    private final double millVcMax;
    private final double turnVcMin;
    private final double turnVcMax;
    private final double hssVcMin;
    private final double hssVcMax;
    private final double fzPerDiameterMin;
    private final double fzPerDiameterMax;

    GroupDefaults(double kc11, double mc, String representative, double[][] groupRows, double millVcMin,
            double millVcMax, double turnVcMin, double turnVcMax, double hssVcMin, double hssVcMax,
            double fzPerDiameterMin, double fzPerDiameterMax) {
        this.kc11 = kc11;
        this.mc = mc;
        this.representative = representative;
        this.groupKcAtReference = new double[groupRows.length];
        for (int i = 0; i < groupRows.length; i++) {
            groupKcAtReference[i] = groupRows[i][0] * Math.pow(KcClass.REFERENCE_CHIP_MM, -groupRows[i][1]);
        }
        this.millVcMin = millVcMin;
        this.millVcMax = millVcMax;
        this.turnVcMin = turnVcMin;
        this.turnVcMax = turnVcMax;
        this.hssVcMin = hssVcMin;
        this.hssVcMax = hssVcMax;
        this.fzPerDiameterMin = fzPerDiameterMin;
        this.fzPerDiameterMax = fzPerDiameterMax;
    }

    /** The defaults of each group, by the group's ordinal (both enums list P, M, K, N, S, H in that order). */
    private static final GroupDefaults[] BY_GROUP = {P, M, K, N, S, H};

    static GroupDefaults of(IsoGroup group) {
        return BY_GROUP[group.ordinal()];
    }

    double kc11() {
        return kc11;
    }

    double mc() {
        return mc;
    }

    String representative() {
        return representative;
    }

    /** kc at h = 0.2 mm of every §14 row of the group (ISCAR constants). */
    double groupKcAtReference(int i) {
        return groupKcAtReference[i];
    }

    int groupRows() {
        return groupKcAtReference.length;
    }

    /**
     * The fallback cutting-speed window {min, max} for the substrate and process, or null when §14 has none (HSS on
     * S and H). Turning uses the turning window when §14 lists one, otherwise the milling window.
     */
    double[] speedWindow(ToolSubstrate substrate, Operation.Process process) {
        if (!substrate.carbideFamily()) {
            return Double.isNaN(hssVcMin) ? null : new double[] {hssVcMin, hssVcMax};
        }
        if (process == Operation.Process.TURNING && !Double.isNaN(turnVcMin)) {
            return new double[] {turnVcMin, turnVcMax};
        }
        return new double[] {millVcMin, millVcMax};
    }

    /** True when the turning window is the milling one, for lack of a turning value in §14. */
    boolean turningBorrowsMilling() {
        return Double.isNaN(turnVcMin);
    }

    /** The fallback feed per tooth {min, max} as a fraction of the diameter (milling), or null. */
    double[] feedPerDiameter() {
        return Double.isNaN(fzPerDiameterMin) ? null : new double[] {fzPerDiameterMin, fzPerDiameterMax};
    }
}
