package io.prism.calc.formula;

/**
 * Tool body materials with the engine's default Young's modulus (calc-reference §11 and §15). Published values:
 * cemented carbide 580 GPa (calculatorhub [S26]) to 600–650 GPa (common handbook range); HSS 200 GPa
 * (calculatorhub) to 210–220 GPa. The sources differ by about 5–10 %; the engine default is 600 / 210 GPa and
 * tool data from the user take precedence.
 */
public enum ToolMaterial {

    /** Cemented carbide, E = 600 000 N/mm² (600 GPa). */
    CARBIDE(600_000.0),

    /** High-speed steel, E = 210 000 N/mm² (210 GPa). */
    HSS(210_000.0);

    private final double youngsModulusNPerMm2;

    ToolMaterial(double youngsModulusNPerMm2) {
        this.youngsModulusNPerMm2 = youngsModulusNPerMm2;
    }

    /** Young's modulus E, N/mm² (MPa). */
    public double youngsModulusNPerMm2() {
        return youngsModulusNPerMm2;
    }
}
