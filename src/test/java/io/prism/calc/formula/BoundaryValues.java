package io.prism.calc.formula;

import java.util.List;

/**
 * Shared sets of boundary inputs for the calc tests, in the manner of Guava's {@code MathTesting}: extremes of the
 * double range, signed zeros, the smallest normal and subnormal values, NaN and infinities, plus a few ordinary
 * shop values so that valid combinations also occur.
 */
final class BoundaryValues {

    /** Doubles that every formula must either accept (returning a finite result) or reject by name. */
    static final List<Double> DOUBLES = List.of(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e9, -1.0,
            -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e-9, 1e-3, 0.05, 0.25, 0.5,
            0.999_999, 1.0, 2.0, 6.0, 10.0, 45.0, 90.0, 120.0, 180.0, 1e3, 1e9, 1e300, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NaN);

    /** Ints for counts such as the number of teeth. */
    static final List<Integer> INTS = List.of(Integer.MIN_VALUE, -1, 0, 1, 2, 4, 12, 1000, Integer.MAX_VALUE);

    private BoundaryValues() {
    }
}
