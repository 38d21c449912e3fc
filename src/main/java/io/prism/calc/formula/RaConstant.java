package io.prism.calc.formula;

/**
 * The denominator constant c in the ideal turning roughness {@code Ra = f²/(c·rε)} (calc-reference §10.1). The three
 * published values differ by at most 2.7 %. The {@code f²/(24·rε)} variant seen on some calculator pages is not
 * offered: 24 belongs to the distance from the valley to the mean line of a parabola, not to Ra (+33 %).
 */
public enum RaConstant {

    /** {@code Ra = f²/(32·rε)}: Groover's ideal roughness [S33], myshopmetrics [S24]. The engine default. */
    GROOVER_32(32.0),

    /** {@code Ra = f²/(31.2·rε)}: machinecalcs [S25]. */
    MACHINECALCS_31_2(31.2),

    /** {@code Ra = f²/(18√3·rε) = 0.0321·f²/rε}: the exact value for a parabolic scallop. */
    PARABOLIC_18_SQRT3(18.0 * Math.sqrt(3.0));

    /** The engine default, {@link #GROOVER_32}. */
    public static final RaConstant DEFAULT = GROOVER_32;

    private final double value;

    RaConstant(double value) {
        this.value = value;
    }

    /** The constant c, dimensionless. */
    public double value() {
        return value;
    }
}
