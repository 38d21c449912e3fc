package io.prism.calc.plan;

import java.util.Objects;

/**
 * One part feature to be made. Which dimensions a kind takes is listed in {@link JobPlanner}; the others are NaN.
 * All lengths in mm.
 *
 * @param kind what the feature is
 * @param label the caller's name for it (may be null)
 * @param count how many identical features the part has (1–1000)
 * @param lengthMm length (face, pocket, slot, shoulder, turned diameter) or edge length (chamfer)
 * @param widthMm width (face, pocket, slot) or radial stock to remove (shoulder)
 * @param depthMm depth (pocket, slot, shoulder, hole), stock to face off (face) or thread length (tapped hole)
 * @param cornerRadiusMm inner corner radius of a pocket
 * @param diameterMm hole diameter, or the finished diameter of a turned diameter
 * @param stockDiameterMm the diameter a turned diameter starts from
 * @param chamferMm chamfer leg size
 * @param through true for a through hole or through tapped hole
 * @param threadDesignation the thread a tapped hole asks for, as given
 * @param thread the thread table's row for it; null when the table does not list it
 */
public record Feature(FeatureKind kind, String label, int count, double lengthMm, double widthMm, double depthMm,
        double cornerRadiusMm, double diameterMm, double stockDiameterMm, double chamferMm, boolean through,
        String threadDesignation, ThreadData thread) {

    /** Requires a kind. */
    public Feature {
        Objects.requireNonNull(kind, "kind");
    }
}
