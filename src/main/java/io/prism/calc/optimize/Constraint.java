package io.prism.calc.optimize;

/** A bound, limit or target that can hold an optimum where it is. */
public enum Constraint {
    /** The lower end of the cutting-speed range. */
    CUTTING_SPEED_MIN,
    /** The upper end of the cutting-speed range (cutting data or given). */
    CUTTING_SPEED_MAX,
    /** The tool maker's highest spindle speed. */
    TOOL_MAX_RPM,
    /** The machine's highest spindle speed. */
    MACHINE_MAX_RPM,
    /** The lower end of the chip-load range. */
    CHIP_LOAD_MIN,
    /** The upper end of the chip-load range (the tool's maximum, the cutting data or given). */
    CHIP_LOAD_MAX,
    /** The lower end of the axial-depth range. */
    AP_MIN,
    /** The upper end of the axial-depth range (flute length, ball radius, half the workpiece diameter or given). */
    AP_MAX,
    /** The lower end of the radial-depth range. */
    AE_MIN,
    /** The upper end of the radial-depth range (the tool diameter, half of it in high-efficiency milling, or given). */
    AE_MAX,
    /** The spindle power the machine offers at the spindle speed. */
    SPINDLE_POWER,
    /** The spindle torque the machine offers at the spindle speed. */
    SPINDLE_TORQUE,
    /** The deflection limit of the tool or boring bar. */
    DEFLECTION,
    /** The smallest acceptable tool life. */
    TOOL_LIFE_TARGET,
    /** The largest acceptable roughness Ra. */
    SURFACE_FINISH_TARGET
}
