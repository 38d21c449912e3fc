package io.prism.calc.speedfeed;

/** What a safety warning is about. */
public enum WarningCode {
    /** The tool-life target lowered the cutting speed. */
    TOOL_LIFE_TARGET,
    /** The tool maker's highest spindle speed. */
    TOOL_MAX_RPM,
    /** The machine's highest spindle speed. */
    MACHINE_MAX_RPM,
    /** The tool's highest chip load. */
    CHIP_LOAD_MAX,
    /** Below the tool's lowest chip load the edge rubs instead of cutting. */
    CHIP_LOAD_MIN,
    /** The surface-finish target. */
    SURFACE_FINISH_TARGET,
    /** The machine's spindle power at the spindle speed. */
    MACHINE_POWER,
    /** The machine's spindle torque at the spindle speed. */
    MACHINE_TORQUE,
    /** The deflection limit. */
    DEFLECTION,
    /** A cutting-speed override lies outside the published cutting-data window. */
    CUTTING_SPEED_OUTSIDE_DATA,
    /** The chip is thinner than the Kienzle law's fitted range (about 0.05 mm), so kc and power read low. */
    CHIP_BELOW_KIENZLE_RANGE
}
