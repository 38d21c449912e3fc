package io.prism.calc.speedfeed;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The operations {@link SpeedFeedEngine} recommends parameters for. Each belongs to a {@link Process}, accepts certain
 * tool types, is roughing or finishing (which sets the default deflection limit) and reads material cutting data of
 * certain published operations, best first.
 */
public enum Operation {

    /** Face milling with the cutter centred on the face (centred engagement, calc-reference §3.3). */
    FACE_MILLING(Process.MILLING, false, EnumSet.of(ToolType.FACE_MILL, ToolType.FLAT_END_MILL,
            ToolType.BULL_NOSE_END_MILL), Data.ROUGH),
    /** Side (shoulder, peripheral) milling: the cutter edge runs along the workpiece edge (§3.2). */
    SIDE_MILLING(Process.MILLING, false, EnumSet.of(ToolType.FLAT_END_MILL, ToolType.BULL_NOSE_END_MILL,
            ToolType.FACE_MILL, ToolType.CHAMFER_MILL), Data.ROUGH),
    /** Full slot: the radial depth equals the tool diameter, 180° engagement. */
    SLOTTING(Process.MILLING, false, EnumSet.of(ToolType.FLAT_END_MILL, ToolType.BULL_NOSE_END_MILL,
            ToolType.BALL_END_MILL), Data.ROUGH),
    /** High-efficiency (trochoidal) milling: small radial depth (at most D/2) with chip-thinning compensation. */
    HIGH_EFFICIENCY_MILLING(Process.MILLING, false, EnumSet.of(ToolType.FLAT_END_MILL,
            ToolType.BULL_NOSE_END_MILL), Data.ROUGH),
    /** Ball-nose finishing at a small axial depth; the radial depth is the stepover. */
    BALL_NOSE_FINISHING(Process.MILLING, true, EnumSet.of(ToolType.BALL_END_MILL), Data.FINISH),
    /** Solid drilling with a two-lip drill. */
    DRILLING(Process.DRILLING, false, EnumSet.of(ToolType.DRILL, ToolType.SPOT_DRILL), Data.DRILL),
    /** Rigid tapping: the feed per revolution is the pitch. */
    TAPPING(Process.TAPPING, false, EnumSet.of(ToolType.TAP), Data.DRILL),
    /** Rough (longitudinal) turning. */
    TURNING_ROUGH(Process.TURNING, false, EnumSet.of(ToolType.TURNING_INSERT), Data.TURN),
    /** Finish turning. */
    TURNING_FINISH(Process.TURNING, true, EnumSet.of(ToolType.TURNING_INSERT), Data.TURN),
    /** Boring with a boring bar (or an insert on one); the bar's stick-out is checked for deflection. */
    BORING(Process.TURNING, true, EnumSet.of(ToolType.BORING_BAR, ToolType.TURNING_INSERT), Data.TURN);

    /** The kinematics an operation follows. */
    public enum Process {
        /** Rotating multi-tooth cutter, feed per tooth. */
        MILLING,
        /** Rotating two-lip drill, feed per revolution shared by the lips. */
        DRILLING,
        /** Rotating tap, feed per revolution equal to the pitch. */
        TAPPING,
        /** Rotating workpiece, single edge, feed per revolution. */
        TURNING
    }

    /** Which published cutting-data operations serve, best first. */
    private enum Data {
        ROUGH(CuttingDataOperation.ROUGH_MILLING, CuttingDataOperation.MILLING, CuttingDataOperation.FINISH_MILLING),
        FINISH(CuttingDataOperation.FINISH_MILLING, CuttingDataOperation.MILLING, CuttingDataOperation.ROUGH_MILLING),
        DRILL(CuttingDataOperation.DRILLING),
        TURN(CuttingDataOperation.TURNING);

        private final CuttingDataOperation[] order;

        Data(CuttingDataOperation... order) {
            this.order = order;
        }
    }

    private final Process process;
    private final boolean finishing;
    private final Set<ToolType> tools;
    private final Data data;

    Operation(Process process, boolean finishing, Set<ToolType> tools, Data data) {
        this.process = process;
        this.finishing = finishing;
        this.tools = tools;
        this.data = data;
    }

    /** The kinematics of this operation. */
    public Process process() {
        return process;
    }

    /** True for finishing operations, whose default deflection limit is the tighter one. */
    public boolean finishing() {
        return finishing;
    }

    /** True when a tool of this type can perform the operation. */
    public boolean accepts(ToolType type) {
        return tools.contains(type);
    }

    /** The tool types this operation accepts, in declaration order. */
    public Set<ToolType> toolTypes() {
        return Collections.unmodifiableSet(EnumSet.copyOf(tools));
    }

    /** Position of a published cutting-data operation in this operation's preference order; -1 when it never serves. */
    int cuttingDataRank(CuttingDataOperation published) {
        for (int i = 0; i < data.order.length; i++) {
            if (data.order[i] == published) {
                return i;
            }
        }
        return -1;
    }
}
