package io.prism.calc.optimize;

import java.util.Objects;

/**
 * The interval one variable was searched in, and where its ends came from.
 *
 * @param variable the variable
 * @param min lower end, in {@code unit}
 * @param max upper end, in {@code unit}
 * @param unit unit of both ends (m/min or mm)
 * @param basis where the ends come from (given, cutting data, the tool, a cap by a limit or target)
 */
public record SearchBound(SearchVariable variable, double min, double max, String unit, String basis) {

    /** Requires every reference. */
    public SearchBound {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
    }
}
