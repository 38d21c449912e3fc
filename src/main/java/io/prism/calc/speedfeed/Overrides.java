package io.prism.calc.speedfeed;

/**
 * Values that replace the engine's starting point; {@link Double#NaN} when not given. Overrides are still subject to
 * every limit: an overridden speed is clamped by the speed limits, an overridden chip load by the tool's chip-load
 * maximum and the load limits.
 *
 * @param cuttingSpeedMPerMin cutting speed vc, m/min
 * @param chipLoadMm feed per tooth (milling; per lip in drilling) or per revolution (turning, boring) to program, mm
 */
public record Overrides(double cuttingSpeedMPerMin, double chipLoadMm) {

    /** No overrides. */
    public static final Overrides NONE = new Overrides(Double.NaN, Double.NaN);
}
