package io.prism.calc;

import java.util.Objects;

/**
 * Thrown when a calculation input is missing, not a finite number, or outside the range in which the formula is
 * defined, and when a result would not be a finite number. It names the offending argument ({@link #field()}),
 * so that a caller can point the user at the field to correct.
 *
 * <p>Messages follow one pattern: the argument name, its value in parentheses, and the allowed range, for example
 * {@code diameterMm (-3.0) must be > 0}.
 */
public final class CalcInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the name of the argument or variable at fault, as it appears in the method signature or registry
     * @param message the full message, naming the argument, its value and the allowed range
     */
    public CalcInputException(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The name of the argument or variable at fault, e.g. {@code diameterMm}. */
    public String field() {
        return field;
    }
}
