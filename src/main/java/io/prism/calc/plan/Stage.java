package io.prism.calc.plan;

/** The stages of a plan, in the order a machinist runs them. */
public enum Stage {
    /** Facing the top surface. */
    FACE,
    /** Removing the bulk of the stock, leaving an even allowance. */
    ROUGH,
    /** Evening the wall allowance with the finishing tool where the roughing tool was larger. */
    SEMI_FINISH,
    /** Cutting floors, walls and diameters to size. */
    FINISH,
    /** Spotting hole positions. */
    SPOT_DRILL,
    /** Drilling holes and tap drills. */
    DRILL,
    /** Tapping threads. */
    TAP,
    /** Breaking edges. */
    CHAMFER
}
