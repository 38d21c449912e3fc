package io.prism.calc.formula;

import io.prism.calc.internal.Checks;
import java.util.Objects;

/**
 * An input or output of a registry {@link Formula}.
 *
 * @param name stable machine name, equal to the Java parameter name of the formula method (e.g. {@code diameterMm})
 * @param symbol the symbol used in the expression and in the sources (e.g. {@code D}, {@code vc}, {@code κr})
 * @param unit unit string in shop units (e.g. {@code mm}, {@code m/min}, {@code rev/min}, {@code N/mm²}, {@code 1})
 * @param description what the value means
 * @param min smallest accepted value (inclusive)
 * @param max largest accepted value (inclusive)
 */
public record Variable(String name, String symbol, String unit, String description, double min, double max) {

    /** Validates the declaration. */
    public Variable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException(name + ": range [" + min + ", " + max + "] must be finite, min <= max");
        }
    }

    /** The same variable with another accepted range. */
    public Variable withRange(double newMin, double newMax) {
        return new Variable(name, symbol, unit, description, newMin, newMax);
    }

    /** The same variable with another description. */
    public Variable describedAs(String newDescription) {
        return new Variable(name, symbol, unit, newDescription, min, max);
    }

    /**
     * Checks a value against the declared range.
     *
     * @return the value
     * @throws io.prism.calc.CalcInputException naming this variable when the value is not finite or out of range
     */
    public double check(double value) {
        return Checks.inRange(name, value, min, max);
    }

    /** The middle of the accepted range. */
    public double midpoint() {
        return min + (max - min) / 2.0;
    }
}
