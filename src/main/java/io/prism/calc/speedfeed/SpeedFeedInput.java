package io.prism.calc.speedfeed;

import java.util.Objects;

/**
 * Everything one speed-and-feed evaluation needs; immutable.
 *
 * @param operation the operation
 * @param material the work material
 * @param cuttingData the material's cutting data for this tool and operation (see {@link CuttingWindow#select}), or
 *     null when there is none
 * @param tool the tool
 * @param machine the machine, or null when none is given (its limits are then not checked)
 * @param cut depths, stick-out and the other cut values
 * @param overrides values replacing the starting point
 * @param targets goals to meet
 */
public record SpeedFeedInput(Operation operation, WorkMaterial material, CuttingWindow cuttingData, ToolData tool,
        MachineData machine, CutData cut, Overrides overrides, Targets targets) {

    /** Requires the material, tool and cut; absent overrides and targets become {@code NONE}. */
    public SpeedFeedInput {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(cut, "cut");
        overrides = overrides == null ? Overrides.NONE : overrides;
        targets = targets == null ? Targets.NONE : targets;
    }
}
