package io.prism.calc.plan;

import io.prism.calc.speedfeed.CuttingWindow;
import io.prism.calc.speedfeed.WorkMaterial;
import java.util.List;
import java.util.Objects;

/**
 * Everything a job plan is computed from.
 *
 * @param material the work material
 * @param cuttingData the material's published cutting data windows
 * @param machine the machine
 * @param tools the tool library: the caller's own tools and the shared ones
 * @param features the features to make, in the caller's order
 * @param machineEfficiency machine efficiency η in (0, 1]; NaN for the engine's default
 * @param toolChangeTimeS time of one tool change in s; NaN for the planner's default
 */
public record JobPlanInput(WorkMaterial material, List<CuttingWindow> cuttingData, PlanMachine machine,
        List<PlanTool> tools, List<Feature> features, double machineEfficiency, double toolChangeTimeS) {

    /** Copies the lists. */
    public JobPlanInput {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(machine, "machine");
        cuttingData = List.copyOf(cuttingData);
        tools = List.copyOf(tools);
        features = List.copyOf(features);
    }
}
