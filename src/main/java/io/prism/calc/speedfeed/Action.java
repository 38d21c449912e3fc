package io.prism.calc.speedfeed;

/** What the engine did about a warning. */
public enum Action {
    /** A value was cut back to a limit (speed to a maximum speed, chip load to a maximum chip load). */
    CLAMPED,
    /** The feed (or speed) was lowered until a load limit or target held. */
    REDUCED,
    /** Even at the tool's minimum chip load a load limit is exceeded: the cut is not recommended. */
    REFUSED,
    /** Nothing was changed; the warning only informs. */
    NOTED
}
