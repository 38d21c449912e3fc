package io.prism.calc.units;

import java.util.Map;

/**
 * The one place where units are converted. Each unit is named as in the GraphQL unit enums and has a factor to
 * its coherent SI unit (m, Pa, kg/m³, W/(m·K), W, N·m, m/s). Conversion multiplies by the source factor and
 * divides by the target's; units of different dimensions cannot be mixed.
 *
 * <p>Force (NEWTON, LBF; SI unit N), volume rate (CM3_PER_MIN, IN3_PER_MIN; SI unit m³/s) and roughness (MICROMETER,
 * MICROINCH, as lengths) serve the calculation results.
 *
 * <p>Factors are exact by definition (inch = 25.4 mm, foot = 0.3048 m, pound = 0.45359237 kg,
 * standard gravity = 9.80665 m/s², from which lbf, psi and ft·lbf follow; mechanical horsepower = 550 ft·lbf/s;
 * BTU is the International Table BTU = 1055.05585262 J). Source: NIST SP 811 (2008), Appendix B.
 */
public final class Units {

    private static final double LBF_N = 0.45359237 * 9.80665;
    private static final double PSI_PA = LBF_N / (0.0254 * 0.0254);
    private static final double FT_LBF_NM = LBF_N * 0.3048;

    private record Unit(String dimension, double toSi) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("MM", new Unit("length", 1e-3)),
            Map.entry("M", new Unit("length", 1.0)),
            Map.entry("INCH", new Unit("length", 0.0254)),
            Map.entry("MICROMETER", new Unit("length", 1e-6)),
            Map.entry("MICROINCH", new Unit("length", 0.0254e-6)),
            Map.entry("NEWTON", new Unit("force", 1.0)),
            Map.entry("LBF", new Unit("force", LBF_N)),
            Map.entry("CM3_PER_MIN", new Unit("volume rate", 1e-6 / 60.0)),
            Map.entry("IN3_PER_MIN", new Unit("volume rate", 0.0254 * 0.0254 * 0.0254 / 60.0)),
            Map.entry("MPA", new Unit("stress", 1e6)),
            Map.entry("KSI", new Unit("stress", 1e3 * PSI_PA)),
            Map.entry("PSI", new Unit("stress", PSI_PA)),
            Map.entry("GPA", new Unit("stress", 1e9)),
            Map.entry("MSI", new Unit("stress", 1e6 * PSI_PA)),
            Map.entry("KG_PER_M3", new Unit("density", 1.0)),
            Map.entry("G_PER_CM3", new Unit("density", 1000.0)),
            Map.entry("LB_PER_IN3", new Unit("density", 0.45359237 / Math.pow(0.0254, 3))),
            Map.entry("W_PER_M_K", new Unit("conductivity", 1.0)),
            Map.entry("BTU_PER_HR_FT_F", new Unit("conductivity", 1055.05585262 / 3600.0 / 0.3048 * 1.8)),
            Map.entry("KW", new Unit("power", 1000.0)),
            Map.entry("HP", new Unit("power", 550.0 * FT_LBF_NM)),
            Map.entry("NM", new Unit("torque", 1.0)),
            Map.entry("FT_LBF", new Unit("torque", FT_LBF_NM)),
            Map.entry("M_PER_MIN", new Unit("speed", 1.0 / 60.0)),
            Map.entry("SFM", new Unit("speed", 0.3048 / 60.0)),
            Map.entry("MM_PER_MIN", new Unit("speed", 1e-3 / 60.0)),
            Map.entry("IPM", new Unit("speed", 0.0254 / 60.0)));

    private Units() {
    }

    /** True when {@code unit} is a known unit name. */
    public static boolean known(String unit) {
        return UNITS.containsKey(unit);
    }

    /**
     * Converts {@code value} from unit {@code from} to unit {@code to}.
     *
     * @throws IllegalArgumentException when a unit is unknown or the two measure different things
     */
    public static double convert(double value, String from, String to) {
        if (from.equals(to)) {
            return value;
        }
        Unit f = unit(from);
        Unit t = unit(to);
        if (!f.dimension().equals(t.dimension())) {
            throw new IllegalArgumentException("cannot convert " + f.dimension() + " (" + from + ") to "
                    + t.dimension() + " (" + to + ")");
        }
        return value * f.toSi() / t.toSi();
    }

    private static Unit unit(String name) {
        Unit u = UNITS.get(name);
        if (u == null) {
            throw new IllegalArgumentException("unknown unit " + name);
        }
        return u;
    }
}
