package io.prism.calc.speedfeed;

import java.util.Objects;

/**
 * One safety warning: which limit, what the value would have been, what was done.
 *
 * @param code what the warning is about
 * @param message a readable sentence with the numbers
 * @param limit the limit's value, in {@code unit}
 * @param actual the value that met the limit (before a clamp or reduction; after it for REFUSED), in {@code unit}
 * @param unit the unit of {@code limit} and {@code actual} (rev/min, mm, kW, N·m, min, µm, m/min)
 * @param action what the engine did
 */
public record Warning(WarningCode code, String message, double limit, double actual, String unit, Action action) {

    /** Requires every reference. */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(action, "action");
    }
}
