package io.prism.calc.speedfeed;

/** A limit or target that can shape a recommendation; {@link Safety#bindingLimit()} names the one that did. */
public enum Limit {
    /** No limit acted: the recommendation is the cutting-data starting point. */
    CUTTING_DATA,
    /** The tool-life target lowered the cutting speed. */
    TOOL_LIFE_TARGET,
    /** The tool maker's highest spindle speed. */
    TOOL_MAX_RPM,
    /** The machine's highest spindle speed. */
    MACHINE_MAX_RPM,
    /** The tool's highest chip load. */
    TOOL_CHIP_LOAD,
    /** The surface-finish target lowered the feed. */
    SURFACE_FINISH_TARGET,
    /** The spindle power available at the spindle speed. */
    MACHINE_POWER,
    /** The spindle torque available at the spindle speed. */
    MACHINE_TORQUE,
    /** The deflection limit of the tool or boring bar. */
    DEFLECTION
}
