package io.prism.calc.speedfeed;

/**
 * The safety score of a speed-and-feed recommendation, in [0, 1] (the full definition, with a worked example, is in
 * docs/safety-score.md):
 *
 * <pre>
 *   score = quality × min(margin(u_power), margin(u_torque), margin(u_deflection))
 * </pre>
 *
 * where {@code u} is each load limit's utilisation after every clamp and reduction (actual / limit) and
 * <ul>
 *   <li>{@code margin(u) = 1} for {@code u ≤ 0.5}; {@code 1 − (u − 0.5)} up to the limit (0.5 at {@code u = 1});
 *       {@code max(0, 0.35 − (u − 1))} beyond it, so an exceeded (refused) limit is always UNSAFE;</li>
 *   <li>a load limit that could not be checked has no margin term (its absence lowers {@code quality});</li>
 *   <li>speed and chip-load limits are enforced by clamping and do not lower the score: running at a maker's maximum
 *       speed or chip load is within the maker's rating;</li>
 *   <li>{@code quality} is the product of the data-quality factors below, never below {@link #QUALITY_FLOOR}, so
 *       poor data alone makes a result CAUTION at worst, never UNSAFE.</li>
 * </ul>
 */
public final class SafetyScore {

    /** Factor when kc1.1/mc come from the ISO-group fallback instead of the material. */
    public static final double FALLBACK_KIENZLE = 0.85;

    /** Factor when the cutting speed or chip load comes from the ISO-group fallback. */
    public static final double FALLBACK_CUTTING_DATA = 0.85;

    /** Factor for each catalog row used that was not verified against its source (material, data, tool, machine). */
    public static final double UNVERIFIED_ROW = 0.90;

    /** Factor when no machine is given: its speed, power and torque limits are not checked. */
    public static final double NO_MACHINE = 0.85;

    /** Factor when the machine has neither a power rating nor a torque curve: power and torque are not checked. */
    public static final double MACHINE_WITHOUT_POWER = 0.90;

    /** Factor when the tool's substrate is unknown and HSS is assumed. */
    public static final double UNKNOWN_SUBSTRATE = 0.90;

    /** Factor for tapping, whose loads are not modelled. */
    public static final double LOADS_NOT_MODELLED = 0.90;

    /** Lowest data quality: poor data alone never makes a result UNSAFE. */
    public static final double QUALITY_FLOOR = 0.50;

    private SafetyScore() {
    }

    /**
     * The margin left by a load limit at utilisation {@code u}.
     *
     * @param utilisation actual / limit, {@code >= 0}
     * @return margin in [0, 1]: 1 up to half the limit, 0.5 at the limit, at most 0.35 beyond it
     */
    public static double margin(double utilisation) {
        if (utilisation <= 0.5) {
            return 1.0;
        }
        if (utilisation <= 1.0) {
            return 1.0 - (utilisation - 0.5);
        }
        return Math.max(0.0, 0.35 - (utilisation - 1.0));
    }

    /**
     * The score from the data quality and the smallest margin.
     *
     * @param quality product of the data-quality factors, in (0, 1]
     * @param smallestMargin smallest {@link #margin(double)} over the checked load limits (1 when none was checked)
     * @return score in [0, 1]
     */
    public static double score(double quality, double smallestMargin) {
        double q = Math.max(QUALITY_FLOOR, Math.min(1.0, quality));
        return Math.max(0.0, Math.min(1.0, q * smallestMargin));
    }
}
