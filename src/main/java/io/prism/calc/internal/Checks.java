package io.prism.calc.internal;

import io.prism.calc.CalcInputException;

/**
 * Argument checks for the calculation engine. Every check names the argument, shows its value and states the
 * allowed range, and throws {@link CalcInputException}. Comparisons are written so that NaN fails them, and
 * infinities are rejected before any range test, so a value that passes is always finite.
 *
 * <p>Each check returns its argument, so it can be used inline: {@code double d = Checks.positive("diameterMm", x);}.
 */
public final class Checks {

    private Checks() {
    }

    /** Requires a finite number (not NaN, not ±Infinity). */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new CalcInputException(name, name + " (" + value + ") must be a finite number");
        }
        return value;
    }

    /** Requires a finite number {@code > 0}. */
    public static double positive(String name, double value) {
        finite(name, value);
        if (!(value > 0.0)) {
            throw new CalcInputException(name, name + " (" + value + ") must be > 0");
        }
        return value;
    }

    /** Requires a finite number {@code >= 0}. */
    public static double nonNegative(String name, double value) {
        finite(name, value);
        if (!(value >= 0.0)) {
            throw new CalcInputException(name, name + " (" + value + ") must be >= 0");
        }
        return value;
    }

    /** Requires a finite number {@code <= max}. */
    public static double atMost(String name, double value, double max) {
        finite(name, value);
        if (!(value <= max)) {
            throw new CalcInputException(name, name + " (" + value + ") must be <= " + max);
        }
        return value;
    }

    /** Requires a finite number {@code >= min}. */
    public static double atLeast(String name, double value, double min) {
        finite(name, value);
        if (!(value >= min)) {
            throw new CalcInputException(name, name + " (" + value + ") must be >= " + min);
        }
        return value;
    }

    /** Requires a finite number in the closed interval {@code [min, max]}. */
    public static double inRange(String name, double value, double min, double max) {
        finite(name, value);
        if (!(value >= min && value <= max)) {
            throw new CalcInputException(name, name + " (" + value + ") must be in [" + min + ", " + max + "]");
        }
        return value;
    }

    /** Requires a finite number in the half-open interval {@code (min, max]}. */
    public static double inOpenClosed(String name, double value, double min, double max) {
        finite(name, value);
        if (!(value > min && value <= max)) {
            throw new CalcInputException(name, name + " (" + value + ") must be in (" + min + ", " + max + "]");
        }
        return value;
    }

    /** Requires a finite number in the open interval {@code (min, max)}. */
    public static double inOpenRange(String name, double value, double min, double max) {
        finite(name, value);
        if (!(value > min && value < max)) {
            throw new CalcInputException(name, name + " (" + value + ") must be in (" + min + ", " + max + ")");
        }
        return value;
    }

    /** Requires a count {@code >= 1}. */
    public static int positiveCount(String name, int value) {
        if (value < 1) {
            throw new CalcInputException(name, name + " (" + value + ") must be >= 1");
        }
        return value;
    }

    /** Requires a finite number with no fractional part in {@code [1, Integer.MAX_VALUE]}, returned as an int. */
    public static int wholeCount(String name, double value) {
        atLeast(name, value, 1.0);
        if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw new CalcInputException(name, name + " (" + value + ") must be a whole number >= 1");
        }
        return (int) value;
    }

    /** Requires a non-null reference; {@code allowed} lists the accepted values for the message. */
    public static <T> T present(String name, T value, String allowed) {
        if (value == null) {
            throw new CalcInputException(name, name + " (null) must be " + allowed);
        }
        return value;
    }

    /**
     * Guards a result: returns it when finite, otherwise throws. Inputs that each pass their own checks can still
     * combine into an overflow (for example a tool life of 10^400 min); the engine never returns such a value.
     *
     * @param name the name of the result, reported as the field of the exception
     */
    public static double result(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new CalcInputException(name, name + " (" + value
                    + ") is not a finite number: the inputs lie outside the range this formula can represent");
        }
        return value;
    }
}
