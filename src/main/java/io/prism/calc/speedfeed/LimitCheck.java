package io.prism.calc.speedfeed;

import java.util.Objects;

/**
 * One limit the final recommendation was checked against.
 *
 * @param limit which limit
 * @param limitValue the limit's value at the recommendation (power and torque: at the spindle speed), in {@code unit}
 * @param actual the recommendation's value, in {@code unit}
 * @param unit unit of both values
 * @param utilisation {@code actual / limitValue}; above 1 only for a refused cut
 */
public record LimitCheck(Limit limit, double limitValue, double actual, String unit, double utilisation) {

    /** Requires the limit and the unit. */
    public LimitCheck {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(unit, "unit");
    }
}
