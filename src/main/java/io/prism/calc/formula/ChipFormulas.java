package io.prism.calc.formula;

import static io.prism.calc.formula.Vars.get;

import java.util.List;
import java.util.Map;

/** Registry entries for chip thickness and radial chip thinning. */
final class ChipFormulas {

    private static final Variable THINNING_FACTOR = new Variable("radialChipThinningFactor", "RCTF", "1",
            "radial chip thinning factor (≥ 1)", 1.0, 1e9);
    private static final Variable TARGET_CHIP = new Variable("targetChipThicknessMm", "hex", "mm",
            "target maximum chip thickness", 0.001, 5.0);
    private static final Variable INSERT_DIAMETER = new Variable("insertDiameterMm", "iC", "mm",
            "round insert diameter", 1.0, 100.0);
    private static final Variable ROUND_FACTOR = new Variable("roundInsertThinningFactor", "K", "1",
            "chip thinning factor of a round insert (≥ 1)", 1.0, 1e9);
    private static final String MILLING_VALIDITY = "Rigid tool, no run-out, straight-flute projection (helix "
            + "ignored), constant feed per tooth, linear tool path; 0 < ae ≤ D.";

    private ChipFormulas() {
    }

    static List<Formula> all() {
        return List.of(sideMillingMax(), compensatedFeed(), roundInsert(), sideMillingMean(), centredFaceMean(),
                slottingMean(), approxMean(), turningChip());
    }

    private static Formula sideMillingMax() {
        return Formula.builder("side-milling-max-chip-thickness",
                        "Engagement angle, radial chip thinning factor and maximum chip thickness, side milling")
                .expression("φ = arccos(1 − 2·ae/D); RCTF = 1/sin φ (ae < D/2, else 1); "
                        + "hex = fz·sin κr·sin φ (ae < D/2, else fz·sin κr)")
                .inputs(Vars.FEED_PER_TOOTH, Vars.DIAMETER, Vars.RADIAL_DEPTH, Vars.ENTERING_ANGLE)
                .outputs(Vars.ENGAGEMENT, THINNING_FACTOR, Vars.MAX_CHIP)
                .validity(MILLING_VALIDITY + " Side milling: cutter edge on the workpiece edge.")
                .cite(Sources.S13, Sources.S2, Sources.S12, Sources.S17)
                .alternative("nc360-hex", "hex = 2·fz·sin κr·√(ae/D − (ae/D)²)", Sources.S13,
                        "exact circular engagement; same relation as Sandvik hex (recalled) and Helical FPTadj", true)
                .alternative("rezec-in-ua-K", "K ≈ 0.43 at ae = 10 % D", "rezec.in.ua (calc-reference §15)",
                        "ignored: the page's own formula gives 0.60 at ae = 10 % D, its numbers are inconsistent",
                        false)
                .example(Sources.S17 + ": stepover 10 % of D gives factor 0.6 and 36.9° engagement",
                        Map.of("feedPerToothMm", 0.1, "diameterMm", 10.0, "radialDepthMm", 1.0,
                                "enteringAngleDeg", 90.0),
                        Map.of("engagementAngleDeg", 36.87, "radialChipThinningFactor", 1.0 / 0.6,
                                "maxChipThicknessMm", 0.06), 0.001)
                .evaluator(in -> {
                    double fz = get(in, Vars.FEED_PER_TOOTH);
                    double d = get(in, Vars.DIAMETER);
                    double ae = get(in, Vars.RADIAL_DEPTH);
                    double kr = get(in, Vars.ENTERING_ANGLE);
                    return Map.of(Vars.ENGAGEMENT.name(), ChipThickness.engagementAngleDeg(d, ae),
                            THINNING_FACTOR.name(), ChipThickness.radialChipThinningFactor(d, ae),
                            Vars.MAX_CHIP.name(), ChipThickness.maxChipThicknessSideMillingMm(fz, d, ae, kr));
                });
    }

    private static Formula compensatedFeed() {
        return Formula.builder("chip-thinning-compensated-feed", "Feed per tooth for a target chip thickness")
                .expression("fz = hex·RCTF / sin κr = hex·D / (2·√(D·ae − ae²)·sin κr) (ae < D/2)")
                .inputs(TARGET_CHIP, Vars.DIAMETER, Vars.RADIAL_DEPTH, Vars.ENTERING_ANGLE)
                .outputs(Vars.FEED_PER_TOOTH.withRange(0.0, 1e9))
                .validity(MILLING_VALIDITY + " Side milling; no compensation for ae ≥ D/2.")
                .cite(Sources.S12, Sources.S13, Sources.S17)
                .example(Sources.S17 + ": 0.002 in (0.0508 mm) chip at 10 % stepover needs 0.00333 in/tooth",
                        Map.of("targetChipThicknessMm", 0.0508, "diameterMm", 10.0, "radialDepthMm", 1.0,
                                "enteringAngleDeg", 90.0),
                        Map.of("feedPerToothMm", 0.00333 * 25.4), 0.002)
                .evaluator(in -> Map.of(Vars.FEED_PER_TOOTH.name(), ChipThickness.compensatedFeedPerToothMm(
                        get(in, TARGET_CHIP), get(in, Vars.DIAMETER), get(in, Vars.RADIAL_DEPTH),
                        get(in, Vars.ENTERING_ANGLE))));
    }

    private static Formula roundInsert() {
        return Formula.builder("round-insert-chip-thinning-factor", "Chip thinning factor of a round insert")
                .expression("K = 1 / √(1 − (1 − 2·ap/iC)²) for ap < iC/2, else 1")
                .inputs(INSERT_DIAMETER, Vars.AXIAL_DEPTH.withRange(0.001, 100.0))
                .outputs(ROUND_FACTOR)
                .validity("The side-milling relation with D → iC and ae → ap; 0 < ap ≤ iC.")
                .cite(Sources.S13, Sources.S14)
                .example(Sources.S14 + ": Ø12 mm insert at 0.030 in (0.762 mm) depth, chart factor 2.1",
                        Map.of("insertDiameterMm", 12.0, "axialDepthMm", 0.762), Map.of(ROUND_FACTOR.name(), 2.1),
                        0.03)
                .evaluator(in -> Map.of(ROUND_FACTOR.name(), ChipThickness.roundInsertThinningFactor(
                        get(in, INSERT_DIAMETER), get(in, Vars.AXIAL_DEPTH))));
    }

    private static Formula sideMillingMean() {
        return Formula.builder("side-milling-mean-chip-thickness", "Mean chip thickness, side milling (exact)")
                .expression("hm = fz·sin κr·(2·ae/D) / φ[rad] = 360·fz·ae·sin κr / (π·D·φ[°]), "
                        + "φ = arccos(1 − 2·ae/D)")
                .inputs(Vars.FEED_PER_TOOTH, Vars.DIAMETER, Vars.RADIAL_DEPTH, Vars.ENTERING_ANGLE)
                .outputs(Vars.MEAN_CHIP)
                .validity(MILLING_VALIDITY + " At ae = D it gives the slotting value 2·fz/π.")
                .cite(Sources.S11)
                .alternative("side-milling-mean-chip-thickness", "hm = 360·fz·ae·sin κr / (π·D·φ[°])", Sources.S11,
                        "exact for a straight flute; engine default", true)
                .alternative("mean-chip-thickness-approximation", "hm ≈ fz·√(ae/D)",
                        Sources.S15 + "; " + Sources.S16,
                        "+1.7 % at ae/D = 0.1, +4.7 % at 0.25; not for ae/D > 0.3", false)
                .alternative("centred-face-milling-mean-chip-thickness",
                        "hm = sin κr·180·ae·fz / (π·D·arcsin(ae/D)[°])", Sources.S2,
                        "belongs to centred face milling; for side milling at small ae it gives hm ≈ fz (no "
                                + "thinning, error up to 100 % and more): the geometry is an input", false)
                .example(Sources.S11 + ": slotting, hm = 2·fz/π = 0.637·fz",
                        Map.of("feedPerToothMm", 0.1, "diameterMm", 10.0, "radialDepthMm", 10.0,
                                "enteringAngleDeg", 90.0),
                        Map.of("meanChipThicknessMm", 0.0637), 0.001)
                .evaluator(in -> Map.of(Vars.MEAN_CHIP.name(), ChipThickness.meanChipThicknessSideMillingMm(
                        get(in, Vars.FEED_PER_TOOTH), get(in, Vars.DIAMETER), get(in, Vars.RADIAL_DEPTH),
                        get(in, Vars.ENTERING_ANGLE))));
    }

    private static Formula centredFaceMean() {
        return Formula.builder("centred-face-milling-mean-chip-thickness",
                        "Mean chip thickness, centred face milling")
                .expression("hm = sin κr·180·ae·fz / (π·D·arcsin(ae/D)[°]); hex = fz·sin κr")
                .inputs(Vars.FEED_PER_TOOTH, Vars.DIAMETER, Vars.RADIAL_DEPTH, Vars.ENTERING_ANGLE)
                .outputs(Vars.MEAN_CHIP, Vars.MAX_CHIP)
                .validity(MILLING_VALIDITY + " Cutter centre on the workpiece centre line only (Sandvik's hm form, "
                        + "recalled; re-derived by integrating fz·sin ψ from arccos(ae/D) to 180° − arccos(ae/D)).")
                .cite(Sources.S2, Sources.S13)
                .example(Sources.S11 + ": at ae = D the centred cut is a slot, hm = 2·fz/π",
                        Map.of("feedPerToothMm", 0.2, "diameterMm", 100.0, "radialDepthMm", 100.0,
                                "enteringAngleDeg", 90.0),
                        Map.of("meanChipThicknessMm", 0.4 / Math.PI, "maxChipThicknessMm", 0.2), 1e-9)
                .evaluator(in -> {
                    double fz = get(in, Vars.FEED_PER_TOOTH);
                    double d = get(in, Vars.DIAMETER);
                    double ae = get(in, Vars.RADIAL_DEPTH);
                    double kr = get(in, Vars.ENTERING_ANGLE);
                    return Map.of(Vars.MEAN_CHIP.name(),
                            ChipThickness.meanChipThicknessCentredFaceMillingMm(fz, d, ae, kr),
                            Vars.MAX_CHIP.name(), ChipThickness.maxChipThicknessMm(
                                    MillingGeometry.CENTRED_FACE_MILLING, fz, d, ae, kr));
                });
    }

    private static Formula slottingMean() {
        return Formula.builder("slotting-mean-chip-thickness", "Mean chip thickness, full slot")
                .expression("hm = 2·fz·sin κr / π ≈ 0.637·fz·sin κr")
                .inputs(Vars.FEED_PER_TOOTH, Vars.ENTERING_ANGLE)
                .outputs(Vars.MEAN_CHIP)
                .validity(MILLING_VALIDITY + " ae = D (engagement 180°).")
                .cite(Sources.S11)
                .example(Sources.S11 + ": hm = 0.637·fz", Map.of("feedPerToothMm", 0.1, "enteringAngleDeg", 90.0),
                        Map.of("meanChipThicknessMm", 0.0637), 0.001)
                .evaluator(in -> Map.of(Vars.MEAN_CHIP.name(), ChipThickness.meanChipThicknessSlottingMm(
                        get(in, Vars.FEED_PER_TOOTH), get(in, Vars.ENTERING_ANGLE))));
    }

    private static Formula approxMean() {
        return Formula.builder("mean-chip-thickness-approximation",
                        "Mean chip thickness, catalogue approximation (not the default)")
                .expression("hm ≈ fz·√(ae/D)")
                .inputs(Vars.FEED_PER_TOOTH, Vars.DIAMETER, Vars.RADIAL_DEPTH)
                .outputs(Vars.MEAN_CHIP)
                .validity("Side milling with κr = 90° and ae/D ≤ 0.3 only; reads 1.7 % high at ae/D = 0.1 and "
                        + "4.7 % high at 0.25 against the exact side-milling-mean-chip-thickness.")
                .cite(Sources.S15, Sources.S16)
                .example(Map.of("feedPerToothMm", 0.1, "diameterMm", 10.0, "radialDepthMm", 1.0))
                .evaluator(in -> Map.of(Vars.MEAN_CHIP.name(), ChipThickness.meanChipThicknessApproxMm(
                        get(in, Vars.FEED_PER_TOOTH), get(in, Vars.DIAMETER), get(in, Vars.RADIAL_DEPTH))));
    }

    private static Formula turningChip() {
        return Formula.builder("turning-chip-thickness", "Chip thickness, turning (entering-angle thinning)")
                .expression("h = fn·sin κr")
                .inputs(Vars.FEED_PER_REV, Vars.ENTERING_ANGLE)
                .outputs(Vars.CHIP_THICKNESS.withRange(0.0, 20.0))
                .validity("Straight cutting edge engaged beyond the nose radius; at small depth on a nose radius "
                        + "the local entering angle is smaller (use the circular-engagement factor).")
                .cite(Sources.S1, Sources.S4, Sources.S13)
                .example(Map.of("feedPerRevMm", 0.3, "enteringAngleDeg", 45.0))
                .evaluator(in -> Map.of(Vars.CHIP_THICKNESS.name(), ChipThickness.turningChipThicknessMm(
                        get(in, Vars.FEED_PER_REV), get(in, Vars.ENTERING_ANGLE))));
    }
}
