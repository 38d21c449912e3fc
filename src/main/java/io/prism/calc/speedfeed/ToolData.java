package io.prism.calc.speedfeed;

import java.util.Objects;

/**
 * The cutting tool as the engine needs it. Unknown numbers are {@link Double#NaN}; an unknown flute count is 0.
 *
 * @param type kind of tool
 * @param substrate tool material, or null when the catalog does not say (the engine then assumes HSS, the slower
 *     and more flexible choice)
 * @param diameterMm cutting diameter (a boring bar's bar diameter), mm
 * @param flutes number of flutes or edges, 0 when unknown
 * @param fluteLengthMm length of the fluted part, mm
 * @param cornerRadiusMm corner or nose radius, mm
 * @param pointAngleDeg drill point angle, degrees
 * @param maxRpm highest spindle speed the maker allows, rev/min
 * @param chipLoadMinMm lowest recommended chip load (feed per tooth, per revolution for inserts), mm
 * @param chipLoadMaxMm highest recommended chip load, mm
 * @param recommendation cutting data the maker publishes with the tool, or null
 * @param verified true when the tool row was checked against its source
 */
public record ToolData(ToolType type, ToolSubstrate substrate, double diameterMm, int flutes, double fluteLengthMm,
        double cornerRadiusMm, double pointAngleDeg, double maxRpm, double chipLoadMinMm, double chipLoadMaxMm,
        Recommendation recommendation, boolean verified) {

    /** Requires the type. */
    public ToolData {
        Objects.requireNonNull(type, "type");
    }

    /**
     * Cutting data published with a tool for one ISO group. Unknown numbers are {@link Double#NaN}.
     *
     * @param isoGroup the work-material group the data is for, or null
     * @param vcMinMPerMin lowest cutting speed, m/min
     * @param vcMaxMPerMin highest cutting speed, m/min
     * @param feedPerRevMinMm lowest feed per revolution (turning), mm
     * @param feedPerRevMaxMm highest feed per revolution (turning), mm
     */
    public record Recommendation(IsoGroup isoGroup, double vcMinMPerMin, double vcMaxMPerMin, double feedPerRevMinMm,
            double feedPerRevMaxMm) {
    }
}
