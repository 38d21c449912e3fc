package io.prism.calc.formula;

import io.prism.calc.CalcInputException;
import io.prism.calc.internal.Checks;

/**
 * Undeformed chip thickness in turning and milling, radial chip thinning and the compensating feed.
 *
 * <p>Units: feeds, chip thickness, diameters and depths in mm; angles in degrees. The entering angle κr
 * (Sandvik KAPR) is measured between the major cutting edge and the feed direction; κr = 90° is a square-shoulder
 * tool. Validity for the milling formulas: rigid tool, no run-out, straight-flute projection (helix ignored),
 * constant feed per tooth, linear tool path (arc interpolation changes the engagement). Sources: Sandvik
 * Coromant [S1][S2][S4]; nc360 [S13]; Palbit [S11]; Helical Solutions [S12]; Dapra [S14] (calc-reference §3).
 */
public final class ChipThickness {

    /** Largest accepted entering angle, degrees (back-turning tools reach about 107.5°). */
    public static final double MAX_ENTERING_ANGLE_DEG = 120.0;

    /** The square-shoulder entering angle, degrees. */
    private static final double SQUARE_SHOULDER_DEG = 90.0;

    /** sin 90° as {@link Math#sin} gives it, worked out once. */
    private static final double SIN_SQUARE_SHOULDER = Math.sin(Math.toRadians(SQUARE_SHOULDER_DEG));

    private ChipThickness() {
    }

    /**
     * Chip thickness in turning with a straight edge: {@code h = fn·sin κr}. The milling analogue is
     * {@code h = fz·sin κr} for a feed-normal tooth. Source: Sandvik Coromant [S1][S4]; nc360 [S13].
     *
     * @param feedPerRevMm feed per revolution fn (or per tooth fz), mm, {@code > 0}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return chip thickness h, mm
     * @throws CalcInputException if an argument is out of range
     */
    public static double turningChipThicknessMm(double feedPerRevMm, double enteringAngleDeg) {
        Checks.positive("feedPerRevMm", feedPerRevMm);
        return Checks.result("chipThicknessMm", feedPerRevMm * sinEnteringAngle(enteringAngleDeg));
    }

    /**
     * Engagement angle of side milling: {@code φ = arccos(1 − 2·ae/D)}, computed as {@code 2·arcsin(√(ae/D))},
     * which is the same angle without the loss of precision of arccos near 1. Source: nc360 [S13]; Palbit [S11].
     *
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @return engagement angle φ, degrees, in {@code (0, 180]}
     * @throws CalcInputException if an argument is out of range
     */
    public static double engagementAngleDeg(double diameterMm, double radialDepthMm) {
        double ratio = radialRatio(diameterMm, radialDepthMm);
        return Checks.result("engagementAngleDeg", Math.toDegrees(2.0 * Math.asin(Math.sqrt(ratio))));
    }

    /**
     * Radial chip thinning factor of side milling (Harvey/Helical "RCTF"):
     * {@code RCTF = 1 / √(1 − (1 − 2·ae/D)²) = 1 / sin φ} for {@code ae < D/2}, and 1 for {@code ae ≥ D/2}.
     *
     * <p>Multiply a target chip thickness by this factor to get the feed per tooth to program. For a round insert
     * the same relation holds with D → iC and ae → ap (see {@link #roundInsertThinningFactor(double, double)}).
     * Source: Helical Solutions [S12]; nc360 [S13]; machinecalcs [S17].
     *
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @return thinning factor, dimensionless, {@code >= 1}
     * @throws CalcInputException if an argument is out of range or ae/D is so small that the factor overflows
     */
    public static double radialChipThinningFactor(double diameterMm, double radialDepthMm) {
        double ratio = radialRatio(diameterMm, radialDepthMm);
        if (ratio >= 0.5) {
            return 1.0;
        }
        return Checks.result("radialChipThinningFactor", 1.0 / (2.0 * Math.sqrt(ratio * (1.0 - ratio))));
    }

    /**
     * Chip thinning factor of a round insert of diameter iC at axial depth ap: the side-milling relation with
     * D → iC and ae → ap, {@code 1 / √(1 − (1 − 2·ap/iC)²)} for {@code ap < iC/2}, otherwise 1.
     * Source: nc360 [S13]; Dapra round-insert chart [S14].
     *
     * @param insertDiameterMm insert diameter iC, mm, {@code > 0}
     * @param axialDepthMm axial depth of cut ap, mm, in {@code (0, iC]}
     * @return thinning factor, dimensionless, {@code >= 1}
     * @throws CalcInputException if an argument is out of range
     */
    public static double roundInsertThinningFactor(double insertDiameterMm, double axialDepthMm) {
        Checks.positive("insertDiameterMm", insertDiameterMm);
        Checks.positive("axialDepthMm", axialDepthMm);
        Checks.atMost("axialDepthMm", axialDepthMm, insertDiameterMm);
        double ratio = axialDepthMm / insertDiameterMm;
        if (ratio >= 0.5) {
            return 1.0;
        }
        return Checks.result("roundInsertThinningFactor", 1.0 / (2.0 * Math.sqrt(ratio * (1.0 - ratio))));
    }

    /**
     * Maximum chip thickness in side milling:
     * {@code hex = fz·sin κr·sin φ = 2·fz·sin κr·√(ae/D − (ae/D)²)} for {@code ae < D/2};
     * {@code hex = fz·sin κr} for {@code D/2 ≤ ae ≤ D}. Never exceeds {@code fz}.
     * Source: nc360 hex [S13]; Sandvik hex [S2] (recalled); Helical Solutions [S12].
     *
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return maximum chip thickness hex, mm
     * @throws CalcInputException if an argument is out of range
     */
    public static double maxChipThicknessSideMillingMm(double feedPerToothMm, double diameterMm,
            double radialDepthMm, double enteringAngleDeg) {
        Checks.positive("feedPerToothMm", feedPerToothMm);
        double ratio = radialRatio(diameterMm, radialDepthMm);
        double sinKr = sinEnteringAngle(enteringAngleDeg);
        double sinPhi = ratio >= 0.5 ? 1.0 : Math.min(1.0, 2.0 * Math.sqrt(ratio * (1.0 - ratio)));
        return Checks.result("maxChipThicknessMm", feedPerToothMm * sinKr * sinPhi);
    }

    /**
     * Feed per tooth to program for a target maximum chip thickness in side milling:
     * {@code fz = hex_target·RCTF / sin κr} (Helical: {@code FPTadj = FPT·D / (2·√(D·ae − ae²))}).
     * Source: Helical Solutions [S12]; nc360 [S13]; machinecalcs [S17].
     *
     * @param targetChipThicknessMm target maximum chip thickness hex, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return feed per tooth fz, mm
     * @throws CalcInputException if an argument is out of range or the result overflows
     */
    public static double compensatedFeedPerToothMm(double targetChipThicknessMm, double diameterMm,
            double radialDepthMm, double enteringAngleDeg) {
        Checks.positive("targetChipThicknessMm", targetChipThicknessMm);
        double factor = radialChipThinningFactor(diameterMm, radialDepthMm);
        double sinKr = sinEnteringAngle(enteringAngleDeg);
        return Checks.result("feedPerToothMm", targetChipThicknessMm * factor / sinKr);
    }

    /**
     * Mean chip thickness in side milling (exact for a straight flute):
     * {@code hm = fz·sin κr·(2·ae/D) / φ[rad] = 360·fz·ae·sin κr / (π·D·φ[deg])}, valid for {@code 0 < ae ≤ D}
     * (at {@code ae = D} it gives the slotting value {@code 2·fz/π}).
     *
     * <p>The engine uses this instead of the catalogue approximation {@code fz·√(ae/D)}, which reads 1.7 % high at
     * ae/D = 0.1 and 4.7 % high at 0.25 (see {@link #meanChipThicknessApproxMm(double, double, double)}).
     * Source: Palbit A-252 [S11].
     *
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return mean chip thickness hm, mm
     * @throws CalcInputException if an argument is out of range
     */
    public static double meanChipThicknessSideMillingMm(double feedPerToothMm, double diameterMm,
            double radialDepthMm, double enteringAngleDeg) {
        Checks.positive("feedPerToothMm", feedPerToothMm);
        double ratio = radialRatio(diameterMm, radialDepthMm);
        double sinKr = sinEnteringAngle(enteringAngleDeg);
        // 2·(ae/D)/φ with φ = 2·asin(s), s = √(ae/D), rewritten as s·(s/asin s) so tiny ae/D cannot give 0/0
        double s = Math.sqrt(ratio);
        double shape = s == 0.0 ? 0.0 : s * (s / Math.asin(s));
        return Checks.result("meanChipThicknessMm", feedPerToothMm * sinKr * shape);
    }

    /**
     * Mean chip thickness in face milling with the cutter centred on the workpiece:
     * {@code hm = sin κr·180·ae·fz / (π·D·arcsin(ae/D)[deg])}. The tooth engages from {@code arccos(ae/D)} to
     * {@code 180° − arccos(ae/D)}; since it passes the feed-normal position, {@code hex = fz·sin κr} for any ae.
     * Do not use for side milling: at small ae it returns hm ≈ fz, i.e. no chip thinning.
     * Source: Sandvik Coromant milling formulas [S2] (recalled; re-derived by integration, calc-reference §3.3).
     *
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm width of cut ae, mm, in {@code (0, D]}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return mean chip thickness hm, mm
     * @throws CalcInputException if an argument is out of range
     */
    public static double meanChipThicknessCentredFaceMillingMm(double feedPerToothMm, double diameterMm,
            double radialDepthMm, double enteringAngleDeg) {
        Checks.positive("feedPerToothMm", feedPerToothMm);
        double ratio = radialRatio(diameterMm, radialDepthMm);
        double sinKr = sinEnteringAngle(enteringAngleDeg);
        double shape = ratio == 0.0 ? 1.0 : ratio / Math.asin(ratio);
        return Checks.result("meanChipThicknessMm", feedPerToothMm * sinKr * shape);
    }

    /**
     * Mean chip thickness in full slotting ({@code ae = D}, φ = 180°): {@code hm = 2·fz·sin κr / π ≈ 0.637·fz·sin κr}.
     * Source: Palbit [S11] (the side-milling formula at ae = D).
     *
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return mean chip thickness hm, mm
     * @throws CalcInputException if an argument is out of range
     */
    public static double meanChipThicknessSlottingMm(double feedPerToothMm, double enteringAngleDeg) {
        Checks.positive("feedPerToothMm", feedPerToothMm);
        double sinKr = sinEnteringAngle(enteringAngleDeg);
        return Checks.result("meanChipThicknessMm", 2.0 * feedPerToothMm * sinKr / Math.PI);
    }

    /**
     * Catalogue approximation of the side-milling mean chip thickness: {@code hm ≈ fz·√(ae/D)} (κr = 90°).
     * Not the engine default: it overestimates the exact value by 1.7 % at ae/D = 0.1 and 4.7 % at 0.25, and it
     * is rejected above ae/D = 0.3. Source: Stellram/Kennametal [S15]; machinemfg [S16].
     *
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, 0.3·D]}
     * @return approximate mean chip thickness, mm
     * @throws CalcInputException if an argument is out of range
     */
    public static double meanChipThicknessApproxMm(double feedPerToothMm, double diameterMm, double radialDepthMm) {
        Checks.positive("feedPerToothMm", feedPerToothMm);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("radialDepthMm", radialDepthMm);
        Checks.atMost("radialDepthMm", radialDepthMm, 0.3 * diameterMm);
        return Checks.result("meanChipThicknessMm", feedPerToothMm * Math.sqrt(radialDepthMm / diameterMm));
    }

    /**
     * Mean chip thickness for the given engagement geometry: side milling
     * ({@link #meanChipThicknessSideMillingMm}), centred face milling
     * ({@link #meanChipThicknessCentredFaceMillingMm}) or slotting ({@link #meanChipThicknessSlottingMm}; ae is
     * checked but the slot width is taken as D). Sources as for those methods.
     *
     * @param geometry engagement geometry, not null
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return mean chip thickness hm, mm
     * @throws CalcInputException if an argument is out of range or the geometry is null
     */
    public static double meanChipThicknessMm(MillingGeometry geometry, double feedPerToothMm, double diameterMm,
            double radialDepthMm, double enteringAngleDeg) {
        return switch (requireGeometry(geometry)) {
            case SIDE_MILLING -> meanChipThicknessSideMillingMm(feedPerToothMm, diameterMm, radialDepthMm,
                    enteringAngleDeg);
            case CENTRED_FACE_MILLING -> meanChipThicknessCentredFaceMillingMm(feedPerToothMm, diameterMm,
                    radialDepthMm, enteringAngleDeg);
            case SLOTTING -> {
                radialRatio(diameterMm, radialDepthMm);
                yield meanChipThicknessSlottingMm(feedPerToothMm, enteringAngleDeg);
            }
        };
    }

    /**
     * Maximum chip thickness for the given engagement geometry: side milling as
     * {@link #maxChipThicknessSideMillingMm}; centred face milling and slotting {@code hex = fz·sin κr}.
     * Source: nc360 [S13]; Sandvik [S2].
     *
     * @param geometry engagement geometry, not null
     * @param feedPerToothMm feed per tooth fz, mm, {@code > 0}
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, in {@code (0, D]}
     * @param enteringAngleDeg entering angle κr, degrees, in {@code (0, 120]}
     * @return maximum chip thickness hex, mm
     * @throws CalcInputException if an argument is out of range or the geometry is null
     */
    public static double maxChipThicknessMm(MillingGeometry geometry, double feedPerToothMm, double diameterMm,
            double radialDepthMm, double enteringAngleDeg) {
        if (requireGeometry(geometry) == MillingGeometry.SIDE_MILLING) {
            return maxChipThicknessSideMillingMm(feedPerToothMm, diameterMm, radialDepthMm, enteringAngleDeg);
        }
        Checks.positive("feedPerToothMm", feedPerToothMm);
        radialRatio(diameterMm, radialDepthMm);
        return Checks.result("maxChipThicknessMm", feedPerToothMm * sinEnteringAngle(enteringAngleDeg));
    }

    /** sin κr after checking κr in (0°, 120°]; sin 90°, the common square-shoulder case, is worked out once. */
    static double sinEnteringAngle(double enteringAngleDeg) {
        Checks.inOpenClosed("enteringAngleDeg", enteringAngleDeg, 0.0, MAX_ENTERING_ANGLE_DEG);
        return enteringAngleDeg == SQUARE_SHOULDER_DEG ? SIN_SQUARE_SHOULDER
                : Math.sin(Math.toRadians(enteringAngleDeg));
    }

    /** ae/D in [0, 1] after checking D > 0 and 0 < ae ≤ D; may underflow to 0 for extreme inputs. */
    private static double radialRatio(double diameterMm, double radialDepthMm) {
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("radialDepthMm", radialDepthMm);
        Checks.atMost("radialDepthMm", radialDepthMm, diameterMm);
        return Math.min(1.0, radialDepthMm / diameterMm);
    }

    private static MillingGeometry requireGeometry(MillingGeometry geometry) {
        return Checks.present("geometry", geometry, "one of SIDE_MILLING, CENTRED_FACE_MILLING, SLOTTING");
    }
}
