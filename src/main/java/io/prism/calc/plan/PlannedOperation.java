package io.prism.calc.plan;

import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.SpeedFeedResult;
import java.util.List;

/**
 * One operation of a plan.
 *
 * @param sequence position in the plan, from 1
 * @param stage the stage it belongs to
 * @param featureIndex index of the feature it makes (from 0)
 * @param featureLabel the feature's label (may be null)
 * @param toolId id of the tool
 * @param toolName name of the tool
 * @param operation the speed-and-feed operation its parameters come from
 * @param levels axial levels (Z steps) per feature
 * @param passes radial passes per level, or turning passes
 * @param apMm axial depth of cut per level in mm (for turning: depth of cut per pass, radial)
 * @param aeMm radial depth of cut in mm; NaN where not applicable
 * @param stickOutMm tool stick-out assumed for the deflection check in mm; NaN where not applicable
 * @param pathLengthMm feed path of the operation over all of the feature's instances, in mm
 * @param cuttingTimeS time at feed, in s
 * @param nonCuttingTimeS rapid moves and retracts of the operation, in s (tool changes are counted by the plan)
 * @param speedFeed the speed-and-feed answer for the operation (for turning, its first and heaviest pass)
 * @param notes what the planner assumed or advises for this operation
 */
public record PlannedOperation(int sequence, Stage stage, int featureIndex, String featureLabel, String toolId,
        String toolName, Operation operation, int levels, int passes, double apMm, double aeMm, double stickOutMm,
        double pathLengthMm, double cuttingTimeS, double nonCuttingTimeS, SpeedFeedResult speedFeed,
        List<String> notes) {

    /** Copies the notes. */
    public PlannedOperation {
        notes = List.copyOf(notes);
    }
}
