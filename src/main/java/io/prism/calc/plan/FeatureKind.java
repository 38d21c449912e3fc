package io.prism.calc.plan;

/** The part features a job plan can be asked for. Lengths of every feature are in mm. */
public enum FeatureKind {
    /** Facing a flat top surface: length × width, removing {@code depth} of stock. */
    FACE(true),
    /** A closed pocket: length × width × depth with a corner radius in its vertical inner corners. */
    POCKET(true),
    /** An open slot: length × width × depth. */
    SLOT(true),
    /** A shoulder (step) along one edge: length, axial depth and radial width of stock to remove. */
    SHOULDER(true),
    /** A plain hole of a diameter and depth, through or blind. */
    HOLE(false),
    /** A tapped hole: an ISO metric thread of a length (depth), through or blind. */
    TAPPED_HOLE(false),
    /** A 45° edge chamfer of a leg size along an edge length. */
    CHAMFER(true),
    /** An outside diameter turned from a stock diameter over a length. */
    TURNED_DIAMETER(false);

    private final boolean milled;

    FeatureKind(boolean milled) {
        this.milled = milled;
    }

    /** True when the feature is made with a rotating milling tool, so it needs a milling spindle. */
    public boolean milled() {
        return milled;
    }
}
