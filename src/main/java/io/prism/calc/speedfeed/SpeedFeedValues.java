package io.prism.calc.speedfeed;

/**
 * The recommended parameters and the loads they cause. Values the operation does not produce are {@link Double#NaN}
 * (for example the torque of a tapping run, whose loads are not modelled, or the scallop height outside ball-nose
 * finishing).
 *
 * @param cuttingSpeedMPerMin cutting speed vc at the cutting diameter, m/min
 * @param spindleSpeedRpm spindle speed n, rev/min
 * @param cuttingDiameterMm the diameter vc refers to (ball-nose: the effective diameter at ap; turning: the machined
 *     diameter), mm
 * @param teeth effective teeth z (1 for turning and tapping)
 * @param feedPerToothMm feed per tooth fz (drilling: per lip), mm
 * @param feedPerRevMm feed per revolution fn, mm
 * @param feedRateMmPerMin feed rate vf, mm/min
 * @param meanChipThicknessMm mean chip thickness hm, at which kc is evaluated, mm
 * @param maxChipThicknessMm maximum chip thickness hex, mm
 * @param removalRateCm3PerMin metal removal rate Q, cm³/min
 * @param specificCuttingForceNPerMm2 specific cutting force kc at hm, N/mm²
 * @param cuttingForceN tangential cutting force (milling: time average at the periphery; drilling: both lips), N
 * @param thrustForceN drilling feed force, N
 * @param netPowerKw net power at the cutting edge, kW
 * @param spindlePowerKw spindle power = net / η, kW
 * @param torqueNm spindle torque = spindle power / ω, N·m
 * @param toolLifeMin Taylor tool life, min
 * @param surfaceFinishRaUm theoretical Ra (turning: f²/(32·rε); ball-nose: scallop height / 4), µm
 * @param scallopHeightMm ball-nose scallop height, mm
 * @param deflectionMm static tool (or boring-bar) deflection, mm
 * @param axialDepthMm axial depth of cut used, mm
 * @param radialDepthMm radial depth of cut used, mm
 */
public record SpeedFeedValues(double cuttingSpeedMPerMin, double spindleSpeedRpm, double cuttingDiameterMm,
        int teeth, double feedPerToothMm, double feedPerRevMm, double feedRateMmPerMin, double meanChipThicknessMm,
        double maxChipThicknessMm, double removalRateCm3PerMin, double specificCuttingForceNPerMm2,
        double cuttingForceN, double thrustForceN, double netPowerKw, double spindlePowerKw, double torqueNm,
        double toolLifeMin, double surfaceFinishRaUm, double scallopHeightMm, double deflectionMm,
        double axialDepthMm, double radialDepthMm) {
}
