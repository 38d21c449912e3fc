package io.prism.calc.speedfeed;

import java.util.List;
import java.util.Objects;

/**
 * One row of published cutting data for the work material: a cutting-speed window and a feed-per-tooth window, the
 * latter in millimetres or as a fraction of the tool diameter. Unknown numbers are {@link Double#NaN}.
 *
 * @param toolMaterial the substrate the row is for
 * @param operation the operation the row is for
 * @param vcMinMPerMin lowest cutting speed, m/min
 * @param vcMaxMPerMin highest cutting speed, m/min
 * @param fzMinMm lowest feed per tooth, mm
 * @param fzMaxMm highest feed per tooth, mm
 * @param fzMinPerDiameter lowest feed per tooth as a fraction of the tool diameter
 * @param fzMaxPerDiameter highest feed per tooth as a fraction of the tool diameter
 * @param verified true when the row was checked against its source
 */
public record CuttingWindow(ToolSubstrate toolMaterial, CuttingDataOperation operation, double vcMinMPerMin,
        double vcMaxMPerMin, double fzMinMm, double fzMaxMm, double fzMinPerDiameter, double fzMaxPerDiameter,
        boolean verified) {

    /** Requires the substrate and the operation. */
    public CuttingWindow {
        Objects.requireNonNull(toolMaterial, "toolMaterial");
        Objects.requireNonNull(operation, "operation");
    }

    /**
     * The row that serves a tool of substrate {@code substrate} in {@code operation}, or null: the tool's own substrate
     * first, then substrates that run no faster ({@link ToolSubstrate}); within a substrate, the published operations
     * in the operation's preference order (roughing data for roughing, finishing data for finishing, then general).
     *
     * @param rows the material's cutting data (the tenant's rows already replacing shared ones)
     * @param operation the operation to run
     * @param substrate the tool's substrate
     * @return the best row, or null when none serves
     */
    public static CuttingWindow select(List<CuttingWindow> rows, Operation operation, ToolSubstrate substrate) {
        for (ToolSubstrate candidate : substrate.cuttingDataOrder()) {
            CuttingWindow best = null;
            int bestRank = Integer.MAX_VALUE;
            for (CuttingWindow row : rows) {
                int rank = operation.cuttingDataRank(row.operation());
                if (row.toolMaterial() == candidate && rank >= 0 && rank < bestRank) {
                    best = row;
                    bestRank = rank;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** True when the row gives a cutting speed. */
    boolean hasSpeed() {
        return !Double.isNaN(vcMinMPerMin) || !Double.isNaN(vcMaxMPerMin);
    }

    /** True when the row gives a feed per tooth, in mm or per diameter. */
    boolean hasFeed() {
        return !Double.isNaN(fzMinMm) || !Double.isNaN(fzMaxMm) || !Double.isNaN(fzMinPerDiameter)
                || !Double.isNaN(fzMaxPerDiameter);
    }
}
