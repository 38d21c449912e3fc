package io.prism.calc.speedfeed;

/**
 * Goals the recommendation must meet; {@link Double#NaN} when not given.
 *
 * @param toolLifeMin smallest acceptable tool life, min (lowers vc when Taylor constants are known)
 * @param surfaceFinishRaUm largest acceptable Ra, µm (lowers the turning feed; names the ball-nose stepover)
 * @param maxDeflectionMm largest acceptable tool deflection, mm, instead of the engine default
 */
public record Targets(double toolLifeMin, double surfaceFinishRaUm, double maxDeflectionMm) {

    /** No targets. */
    public static final Targets NONE = new Targets(Double.NaN, Double.NaN, Double.NaN);
}
