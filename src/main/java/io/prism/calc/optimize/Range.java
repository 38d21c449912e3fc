package io.prism.calc.optimize;

/**
 * A closed interval one searched variable may take. An end that is not given is {@link Double#NaN}; the optimizer
 * then derives it from the catalog or its defaults (docs/optimization.md).
 *
 * @param min lower end, or NaN
 * @param max upper end, or NaN
 */
public record Range(double min, double max) {

    /** Neither end given. */
    public static final Range NONE = new Range(Double.NaN, Double.NaN);

    /** True when the lower end was given. */
    public boolean hasMin() {
        return !Double.isNaN(min);
    }

    /** True when the upper end was given. */
    public boolean hasMax() {
        return !Double.isNaN(max);
    }

    /** True when neither end was given. */
    public boolean isEmpty() {
        return !hasMin() && !hasMax();
    }
}
