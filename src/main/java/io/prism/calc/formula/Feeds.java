package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Feed per tooth, feed per revolution, table feed and cutting time.
 *
 * <p>Units: fz and fn in mm (per tooth, per revolution), vf in mm/min, n in rev/min, lengths in mm, time in min.
 * Sources: Sandvik Coromant [S1][S2][S3]; Mitsubishi Materials [S7][S8] (calc-reference §2).
 */
public final class Feeds {

    private Feeds() {
    }

    /**
     * Feed per revolution of a milling cutter: {@code fn = z·fz}.
     * Source: Sandvik Coromant milling formulas [S2]; Mitsubishi [S7].
     *
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param teeth number of effective teeth z (zc), {@code >= 1}
     * @return feed per revolution fn, mm/rev
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double feedPerRevMm(double feedPerToothMm, int teeth) {
        Checks.positive("feedPerToothMm", feedPerToothMm);
        Checks.positiveCount("teeth", teeth);
        return Checks.result("feedPerRevMm", feedPerToothMm * teeth);
    }

    /**
     * Milling table feed: {@code vf = fz·z·n}.
     * Source: Sandvik Coromant milling formulas [S2]; Mitsubishi face-milling formulae [S7].
     *
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param teeth number of effective teeth z, {@code >= 1}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return table feed vf, mm/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double tableFeedMmPerMin(double feedPerToothMm, int teeth, double spindleSpeedRpm) {
        Checks.positive("feedPerToothMm", feedPerToothMm);
        Checks.positiveCount("teeth", teeth);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("tableFeedMmPerMin", feedPerToothMm * teeth * spindleSpeedRpm);
    }

    /**
     * Feed per tooth from the table feed: {@code fz = vf / (z·n)}.
     * Source: Mitsubishi face-milling formulae [S7].
     *
     * @param tableFeedMmPerMin table feed vf, mm/min, {@code > 0}
     * @param teeth number of effective teeth z, {@code >= 1}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return feed per tooth fz, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double feedPerToothMm(double tableFeedMmPerMin, int teeth, double spindleSpeedRpm) {
        Checks.positive("tableFeedMmPerMin", tableFeedMmPerMin);
        Checks.positiveCount("teeth", teeth);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("feedPerToothMm", tableFeedMmPerMin / ((double) teeth * spindleSpeedRpm));
    }

    /**
     * Feed rate (penetration rate) of turning and drilling: {@code vf = fn·n}. For tapping and thread milling per
     * revolution, fn is the thread pitch (see {@link Threads#tappingFeedMmPerMin(double, double)}).
     * Source: Sandvik Coromant [S1][S3]; Mitsubishi drilling example [S8].
     *
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return feed rate vf, mm/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double feedRateMmPerMin(double feedPerRevMm, double spindleSpeedRpm) {
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("tableFeedMmPerMin", feedPerRevMm * spindleSpeedRpm);
    }

    /**
     * Feed per revolution from the feed rate: {@code fn = vf / n}. Source: Sandvik Coromant [S1][S3].
     *
     * @param tableFeedMmPerMin feed rate vf, mm/min, {@code > 0}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return feed per revolution fn, mm/rev
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double feedPerRevFromRateMm(double tableFeedMmPerMin, double spindleSpeedRpm) {
        Checks.positive("tableFeedMmPerMin", tableFeedMmPerMin);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("feedPerRevMm", tableFeedMmPerMin / spindleSpeedRpm);
    }

    /**
     * Cutting time for a feed path: {@code t = L / vf}. For face milling across a part, Mitsubishi takes
     * {@code L} = workpiece length + cutter diameter [S7]; that sum is the caller's to form.
     * Source: Mitsubishi face-milling formulae [S7].
     *
     * @param lengthMm feed path length L, mm, {@code >= 0}
     * @param tableFeedMmPerMin feed rate vf, mm/min, {@code > 0}
     * @return cutting time, min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double cuttingTimeMin(double lengthMm, double tableFeedMmPerMin) {
        Checks.nonNegative("lengthMm", lengthMm);
        Checks.positive("tableFeedMmPerMin", tableFeedMmPerMin);
        return Checks.result("cuttingTimeMin", lengthMm / tableFeedMmPerMin);
    }
}
