package io.prism.calc.plan;

/**
 * An ISO metric thread as the thread table lists it.
 *
 * @param designation canonical designation, e.g. {@code M8x1.25}
 * @param nominalMm nominal (major) diameter in mm
 * @param pitchMm pitch in mm
 * @param tapDrillMm tap drill diameter in mm
 */
public record ThreadData(String designation, double nominalMm, double pitchMm, double tapDrillMm) {
}
