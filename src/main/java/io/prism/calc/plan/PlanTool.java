package io.prism.calc.plan;

import io.prism.calc.speedfeed.ToolData;
import java.util.Objects;

/**
 * A tool of the library the planner may choose from.
 *
 * @param id the catalog id
 * @param name the catalog name
 * @param own true for the caller's own tool (preferred over a shared one of the same fitness)
 * @param data what the engine needs of it
 * @param depthOfCutMaxMm the largest depth of cut its maker recommends, in mm; NaN when not stated
 * @param pitchMm for a tap, the pitch it cuts in mm; NaN when not stated (the ISO coarse pitch is assumed)
 */
public record PlanTool(String id, String name, boolean own, ToolData data, double depthOfCutMaxMm, double pitchMm) {

    /** Requires an id and the engine's data. */
    public PlanTool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
    }

    /** The tool's diameter in mm (NaN when the catalog has none). */
    public double diameterMm() {
        return data.diameterMm();
    }
}
