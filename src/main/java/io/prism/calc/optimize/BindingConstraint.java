package io.prism.calc.optimize;

import java.util.Objects;

/**
 * A constraint that is active at the optimum: the optimum's value lies within {@link Optimizer#BINDING_TOLERANCE}
 * (relative) of the constraint's limit.
 *
 * @param constraint which constraint
 * @param value the optimum's value, in {@code unit}
 * @param limit the constraint's value, in {@code unit}
 * @param unit unit of both values (m/min, rev/min, mm, kW, N·m, min, µm)
 */
public record BindingConstraint(Constraint constraint, double value, double limit, String unit) {

    /** Requires the constraint and the unit. */
    public BindingConstraint {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(unit, "unit");
    }
}
