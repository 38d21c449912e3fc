package io.prism.calc.speedfeed;

/** The outputs that carry an uncertainty band. */
public enum UncertainQuantity {
    /** Specific cutting force kc. */
    SPECIFIC_CUTTING_FORCE,
    /** Cutting force. */
    CUTTING_FORCE,
    /** Spindle power. */
    SPINDLE_POWER,
    /** Spindle torque. */
    TORQUE,
    /** Tool life. */
    TOOL_LIFE,
    /** Metal removal rate. */
    REMOVAL_RATE
}
