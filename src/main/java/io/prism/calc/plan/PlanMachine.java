package io.prism.calc.plan;

import io.prism.calc.speedfeed.MachineData;
import java.util.Objects;

/**
 * The machine a job is planned on.
 *
 * @param type the catalog machine type (VMC, HMC, FIVE_AXIS, LATHE, TURN_MILL, ROUTER, DRILL_TAP)
 * @param mills true when it has a milling spindle
 * @param turns true when it can turn (a lathe or a turn-mill centre)
 * @param data the spindle limits the engine checks
 * @param xTravelMm X travel in mm; NaN when unknown
 * @param yTravelMm Y travel in mm; NaN when unknown
 * @param zTravelMm Z travel in mm; NaN when unknown
 * @param rapidRateMPerMin rapid traverse in m/min; NaN when unknown
 */
public record PlanMachine(String type, boolean mills, boolean turns, MachineData data, double xTravelMm,
        double yTravelMm, double zTravelMm, double rapidRateMPerMin) {

    /** Requires a type and the spindle data. */
    public PlanMachine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}
