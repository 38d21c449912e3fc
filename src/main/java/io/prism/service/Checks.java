package io.prism.service;

import io.prism.error.PrismException;
import java.util.UUID;

/**
 * Input checks shared by the services. Each names the field at fault (as a path such as {@code input.name}) and
 * the allowed range; comparisons are written so that NaN and infinities fail.
 */
public final class Checks {

    private Checks() {
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw PrismException.badInput(leaf(field) + " must not be empty", path(field));
        }
        return optionalText(value, field, maxLength);
    }

    public static String optionalText(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw PrismException.badInput(leaf(field) + " must be at most " + maxLength + " characters, was "
                    + trimmed.length(), path(field));
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A value in [min, max], or null. */
    public static Double range(Double value, double min, double max, String unit, String field) {
        if (value == null) {
            return null;
        }
        if (!(value >= min && value <= max)) {
            throw PrismException.badInput(leaf(field) + " (" + value + ") must be between " + fmt(min) + " and "
                    + fmt(max) + (unit.isEmpty() ? "" : " " + unit), path(field));
        }
        return value;
    }

    public static Integer range(Integer value, int min, int max, String field) {
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            throw PrismException.badInput(leaf(field) + " (" + value + ") must be between " + min + " and " + max,
                    path(field));
        }
        return value;
    }

    /** Fails when both are given and {@code low > high}. */
    public static void ordered(Double low, Double high, String lowField, String highField) {
        if (low != null && high != null && low > high) {
            throw PrismException.badInput(leaf(lowField) + " (" + low + ") must not exceed " + leaf(highField) + " ("
                    + high + ")", path(lowField));
        }
    }

    /** Parses an id argument; an id that is not a UUID cannot name anything, so it is bad input. */
    public static UUID id(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw PrismException.badInput(leaf(field) + " is not a valid id: " + value, path(field));
        }
    }

    private static String[] path(String field) {
        return field.split("\\.");
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
