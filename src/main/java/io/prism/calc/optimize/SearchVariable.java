package io.prism.calc.optimize;

/** A variable the optimizer chooses. */
public enum SearchVariable {
    /** Cutting speed vc, m/min. */
    CUTTING_SPEED,
    /**
     * Chip load h, mm: the measure the tool's chip-load range refers to (the largest chip thickness hex in milling, the
     * feed per lip in drilling, the feed per revolution in turning and boring).
     */
    CHIP_LOAD,
    /** Axial depth of cut ap, mm (turning: the depth of cut). */
    AXIAL_DEPTH,
    /** Radial depth of cut ae, mm (ball-nose finishing: the stepover). */
    RADIAL_DEPTH
}
