package io.prism.calc.speedfeed;

/** Kind of cutting tool, with the same names as the catalog's tool types. */
public enum ToolType {
    /** Square end mill. */
    FLAT_END_MILL,
    /** Ball-nose end mill. */
    BALL_END_MILL,
    /** Bull-nose (corner-radius) end mill. */
    BULL_NOSE_END_MILL,
    /** Indexable or solid face mill. */
    FACE_MILL,
    /** Chamfer mill. */
    CHAMFER_MILL,
    /** Twist drill. */
    DRILL,
    /** Spot or centre drill. */
    SPOT_DRILL,
    /** Tap. */
    TAP,
    /** Reamer. */
    REAMER,
    /** Thread mill. */
    THREAD_MILL,
    /** Turning insert. */
    TURNING_INSERT,
    /** Boring bar. */
    BORING_BAR,
    /** Engraving tool or V-bit. */
    ENGRAVER
}
