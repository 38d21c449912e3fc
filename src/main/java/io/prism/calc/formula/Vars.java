package io.prism.calc.formula;

import java.util.Map;

/** Shared registry variables. Names equal the Java parameter names of the formula methods. */
final class Vars {

    static final Variable DIAMETER = new Variable("diameterMm", "D", "mm",
            "diameter being cut: tool diameter (milling, drilling) or machined diameter (turning)", 0.1, 3000.0);
    static final Variable SPINDLE_SPEED = new Variable("spindleSpeedRpm", "n", "rev/min", "spindle speed",
            1.0, 200_000.0);
    static final Variable CUTTING_SPEED = new Variable("cuttingSpeedMPerMin", "vc", "m/min", "cutting speed",
            0.1, 10_000.0);
    static final Variable AXIAL_DEPTH = new Variable("axialDepthMm", "ap", "mm", "axial depth of cut",
            0.001, 1000.0);
    static final Variable RADIAL_DEPTH = new Variable("radialDepthMm", "ae", "mm", "radial depth (width) of cut",
            0.001, 3000.0);
    static final Variable FEED_PER_TOOTH = new Variable("feedPerToothMm", "fz", "mm", "feed per tooth",
            0.001, 5.0);
    static final Variable FEED_PER_REV = new Variable("feedPerRevMm", "fn", "mm/rev", "feed per revolution",
            0.001, 20.0);
    static final Variable TABLE_FEED = new Variable("tableFeedMmPerMin", "vf", "mm/min",
            "table feed (feed rate, penetration rate)", 0.01, 500_000.0);
    static final Variable TEETH = new Variable("teeth", "z", "1", "number of effective teeth (whole number)",
            1.0, 500.0);
    static final Variable ENTERING_ANGLE = new Variable("enteringAngleDeg", "κr", "°",
            "entering angle (KAPR); 90° for a square-shoulder tool", 1.0, 120.0);
    static final Variable LENGTH = new Variable("lengthMm", "L", "mm", "feed path length", 0.0, 1_000_000.0);
    static final Variable CUTTING_TIME = new Variable("cuttingTimeMin", "t", "min", "cutting time", 0.0, 1e9);
    static final Variable CHIP_THICKNESS = new Variable("chipThicknessMm", "h", "mm",
            "undeformed chip thickness (hm for milling and drilling)", 0.001, 10.0);
    static final Variable MAX_CHIP = new Variable("maxChipThicknessMm", "hex", "mm", "maximum chip thickness",
            0.0, 10.0);
    static final Variable MEAN_CHIP = new Variable("meanChipThicknessMm", "hm", "mm", "mean chip thickness",
            0.0, 10.0);
    static final Variable ENGAGEMENT = new Variable("engagementAngleDeg", "φ", "°", "engagement angle", 0.0, 180.0);
    static final Variable KC11 = new Variable("kc11NPerMm2", "kc1.1", "N/mm²",
            "specific cutting force at h = 1 mm (engine default: ISCAR VDI 3323 table)", 100.0, 20_000.0);
    static final Variable MC = new Variable("mc", "mc", "1", "Kienzle exponent", 0.0, 0.6);
    static final Variable KC = new Variable("kcNPerMm2", "kc", "N/mm²",
            "specific cutting force at the chip thickness of the operation", 100.0, 30_000.0);
    static final Variable RAKE = new Variable("rakeAngleDeg", "γ0", "°", "tool rake angle", -30.0, 30.0);
    static final Variable REFERENCE_RAKE = new Variable("referenceRakeDeg", "γref", "°",
            "rake angle to which kc1.1 refers: 0° Sandvik/ISCAR, +6° steel and +2° cast iron in Tschätsch/König",
            -10.0, 10.0);
    static final Variable NET_POWER = new Variable("netPowerKw", "Pc", "kW", "net power at the cutting edge",
            0.0, 10_000.0);
    static final Variable POWER = new Variable("powerKw", "P", "kW", "power", 0.0, 10_000.0);
    static final Variable EFFICIENCY = new Variable("efficiency", "η", "1",
            "machine efficiency (Mitsubishi 0.8, Kyocera 0.7–0.8)", 0.05, 1.0);
    static final Variable TORQUE = new Variable("torqueNm", "M", "N·m", "torque", 0.0, 1e7);
    static final Variable THRUST = new Variable("thrustN", "Ff", "N", "feed (thrust) force", 0.0, 1e8);
    static final Variable TAYLOR_N = new Variable("taylorN", "n", "1",
            "Taylor exponent (HSS 0.08–0.20, carbide 0.20–0.30, ceramic 0.40–0.60)", 0.01, 0.95);
    static final Variable TAYLOR_C = new Variable("taylorCMPerMin", "C", "m/min",
            "Taylor constant: cutting speed for 1 min of tool life", 1.0, 100_000.0);
    static final Variable TOOL_LIFE = new Variable("toolLifeMin", "T", "min", "tool life", 0.01, 1e6);
    static final Variable NOSE_RADIUS = new Variable("noseRadiusMm", "rε", "mm", "insert nose radius",
            0.01, 10.0);
    static final Variable BALL_DIAMETER = new Variable("ballDiameterMm", "D", "mm", "ball-nose diameter",
            0.1, 200.0);
    static final Variable STEPOVER = new Variable("stepoverMm", "s", "mm", "stepover between passes", 0.0001, 200.0);
    static final Variable SCALLOP = new Variable("scallopHeightMm", "h", "mm", "scallop (cusp) height",
            0.00001, 100.0);
    static final Variable NOMINAL_DIAMETER = new Variable("nominalDiameterMm", "D", "mm",
            "nominal (major) thread diameter", 1.0, 300.0);
    static final Variable PITCH = new Variable("pitchMm", "P", "mm", "thread pitch", 0.2, 10.0);

    private Vars() {
    }

    /** Reads a checked input. */
    static double get(Map<String, Double> in, Variable variable) {
        return in.get(variable.name());
    }
}
