package io.prism.calc.speedfeed;

/** The verdict of the safety score: SAFE from 0.70, CAUTION from 0.40, UNSAFE below (docs/safety-score.md). */
public enum SafetyLevel {
    /** Score at least 0.70. */
    SAFE,
    /** Score at least 0.40 and below 0.70. */
    CAUTION,
    /** Score below 0.40, always the case when a load limit is exceeded (REFUSED). */
    UNSAFE;

    /** Lowest score of a SAFE result. */
    public static final double SAFE_FROM = 0.70;

    /** Lowest score of a CAUTION result. */
    public static final double CAUTION_FROM = 0.40;

    /**
     * The level of a score.
     *
     * @param score safety score in [0, 1]
     * @return SAFE, CAUTION or UNSAFE
     */
    public static SafetyLevel of(double score) {
        return score >= SAFE_FROM ? SAFE : score >= CAUTION_FROM ? CAUTION : UNSAFE;
    }
}
