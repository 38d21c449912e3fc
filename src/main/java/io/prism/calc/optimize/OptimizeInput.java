package io.prism.calc.optimize;

import io.prism.calc.speedfeed.SpeedFeedInput;
import java.util.Objects;

/**
 * Everything one optimisation needs; immutable.
 *
 * <p>{@code base} carries what the speed-and-feed engine takes and the optimizer does not choose: the operation, the
 * material with its cutting data, the tool, the optional machine, the stick-out, workpiece diameter, flute count and
 * machine efficiency, and the targets (tool life, surface finish, deflection limit). Its depths and overrides are
 * ignored: the optimizer sets the cutting speed, the chip load, ap and ae of every candidate itself (drilling keeps
 * {@code base.cut().apMm()}, the optional hole depth, which changes neither speed nor feed).
 *
 * @param base the operation, catalog data, fixed cut values and targets
 * @param objective what to minimise or maximise
 * @param cuttingSpeedMPerMin cutting-speed range, m/min
 * @param chipLoadMm chip-load range, mm (see {@link SearchVariable#CHIP_LOAD})
 * @param apMm axial-depth range, mm
 * @param aeMm radial-depth range, mm (side, face, high-efficiency milling and ball-nose finishing only)
 * @param economics the shop's rates for the cost per part; required for {@link Objective#MIN_COST_PER_PART}, else
 *     optional (then the cost is reported when a tool life is known)
 */
public record OptimizeInput(SpeedFeedInput base, Objective objective, Range cuttingSpeedMPerMin, Range chipLoadMm,
        Range apMm, Range aeMm, CostData economics) {

    /** Requires the base; absent ranges become {@link Range#NONE}. */
    public OptimizeInput {
        Objects.requireNonNull(base, "base");
        cuttingSpeedMPerMin = cuttingSpeedMPerMin == null ? Range.NONE : cuttingSpeedMPerMin;
        chipLoadMm = chipLoadMm == null ? Range.NONE : chipLoadMm;
        apMm = apMm == null ? Range.NONE : apMm;
        aeMm = aeMm == null ? Range.NONE : aeMm;
    }
}
