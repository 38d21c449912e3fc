package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Position of a milling cutter relative to the workpiece, which decides how chip thickness varies along the
 * engagement (calc-reference §3). The engine takes it as an explicit input: using the centred-face formula for
 * a side-milling cut with small ae removes chip thinning entirely and overstates hm by up to 100 % or more.
 */
public enum MillingGeometry {

    /**
     * Side (peripheral, edge) milling: the cutter edge runs along the workpiece edge, the tooth engages from the
     * feed-parallel position over {@code φ = arccos(1 − 2·ae/D)}. The engine default when {@code ae < D/2} and
     * the user gives no geometry.
     */
    SIDE_MILLING,

    /** Face milling with the cutter centre on the workpiece centre line; a tooth always passes feed-normal. */
    CENTRED_FACE_MILLING,

    /** Full slot, {@code ae = D}, engagement 180°. */
    SLOTTING;

    /**
     * The engine default when the user gives no geometry (calc-reference §0): {@link #SLOTTING} for
     * {@code ae ≥ D}, otherwise {@link #SIDE_MILLING}. Centred face milling is never assumed.
     *
     * @param diameterMm cutter diameter D, mm, {@code > 0}
     * @param radialDepthMm radial depth of cut ae, mm, {@code > 0}
     * @return the default geometry
     * @throws io.prism.calc.CalcInputException if an argument is not finite or not positive
     */
    public static MillingGeometry defaultFor(double diameterMm, double radialDepthMm) {
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("radialDepthMm", radialDepthMm);
        return radialDepthMm >= diameterMm ? SLOTTING : SIDE_MILLING;
    }
}
