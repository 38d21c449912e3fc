package io.prism.calc.speedfeed;

import io.prism.calc.formula.ToolMaterial;

/**
 * Tool substrate, with the same names as the catalog's tool materials, and what the engine assumes about each.
 *
 * <p>Young's modulus for the deflection check: carbide 600 GPa and HSS 210 GPa, the engine defaults of
 * {@link ToolMaterial} (calc-reference §11 and §15: published 580–650 and 200–220 GPa). Cermet, ceramic, CBN and PCD
 * tools are tipped or held on a cemented-carbide body, so the engine takes the carbide modulus for them and says so.
 *
 * <p>Cutting data: when no row exists for the tool's own substrate, only data of a substrate that runs at the same or
 * a lower speed is borrowed (coated carbide borrows uncoated carbide data; cermet, ceramic, CBN and PCD borrow carbide
 * data), so a borrowed speed errs on the slow side. Carbide speeds are never derived from HSS speeds or the other way
 * round (calc-reference §15: the published carbide/HSS ratio ranges from 2× to 6×).
 */
public enum ToolSubstrate {

    /** High-speed steel. */
    HSS(ToolMaterial.HSS.youngsModulusNPerMm2(), false),
    /** Uncoated cemented carbide. */
    CARBIDE(ToolMaterial.CARBIDE.youngsModulusNPerMm2(), false),
    /** Coated cemented carbide. */
    COATED_CARBIDE(ToolMaterial.CARBIDE.youngsModulusNPerMm2(), false),
    /** Cermet. */
    CERMET(ToolMaterial.CARBIDE.youngsModulusNPerMm2(), true),
    /** Ceramic. */
    CERAMIC(ToolMaterial.CARBIDE.youngsModulusNPerMm2(), true),
    /** Cubic boron nitride. */
    CBN(ToolMaterial.CARBIDE.youngsModulusNPerMm2(), true),
    /** Polycrystalline diamond. */
    PCD(ToolMaterial.CARBIDE.youngsModulusNPerMm2(), true);

    private final double youngsModulusNPerMm2;
    private final boolean carbideBodyAssumed;

    ToolSubstrate(double youngsModulusNPerMm2, boolean carbideBodyAssumed) {
        this.youngsModulusNPerMm2 = youngsModulusNPerMm2;
        this.carbideBodyAssumed = carbideBodyAssumed;
    }

    /** Young's modulus of the tool body used for deflection, N/mm². */
    public double youngsModulusNPerMm2() {
        return youngsModulusNPerMm2;
    }

    /** True when the body modulus is the carbide value assumed for a tipped or super-hard tool. */
    public boolean carbideBodyAssumed() {
        return carbideBodyAssumed;
    }

    /** True for the carbide family (uncoated and coated) whose group speed windows the engine holds. */
    boolean carbideFamily() {
        return this != HSS;
    }

    /**
     * The substrates whose cutting data may serve a tool of this substrate, best first: its own, then only
     * substrates that run at the same or a lower speed.
     */
    ToolSubstrate[] cuttingDataOrder() {
        return switch (this) {
            case HSS -> new ToolSubstrate[] {HSS};
            case CARBIDE -> new ToolSubstrate[] {CARBIDE};
            case COATED_CARBIDE -> new ToolSubstrate[] {COATED_CARBIDE, CARBIDE};
            case CERMET, CERAMIC, CBN, PCD -> new ToolSubstrate[] {this, COATED_CARBIDE, CARBIDE};
        };
    }
}
