package io.prism.calc.plan;

/** Why a feature got no operations. */
public enum UnplannableReason {
    /** The machine cannot make this kind of feature (a lathe asked to mill, a mill asked to turn). */
    MACHINE_CANNOT,
    /** The feature is larger than the machine's travels. */
    OUTSIDE_TRAVEL,
    /** No tool of the library has the type and size the feature needs. */
    NO_SUITABLE_TOOL,
    /** Tools of the right type and size exist, but lack data the calculation needs (flute count, diameter). */
    TOOL_DATA_MISSING,
    /** The thread table does not list the thread. */
    THREAD_NOT_LISTED,
    /** The geometry cannot be made with a rotating tool (a pocket with square inner corners). */
    GEOMETRY,
    /** The speed-and-feed engine rejected every suitable tool (for example: no chip load is known for it). */
    CALCULATION_REJECTED,
    /** Every suitable tool was refused by the machine's or the tool's limits. */
    LIMITS_REFUSE
}
