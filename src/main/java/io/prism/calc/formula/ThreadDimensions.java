package io.prism.calc.formula;

/**
 * Basic-profile dimensions of an ISO metric thread (ISO 68-1 / ISO 724), all in mm.
 *
 * @param nominalDiameterMm nominal (major) diameter D = d
 * @param pitchMm pitch P
 * @param fundamentalTriangleHeightMm H = (√3/2)·P = 0.866025·P
 * @param pitchDiameterMm D2 = d2 = D − 0.649519·P
 * @param internalMinorDiameterMm D1 = D − 1.082532·P
 * @param externalMinorDiameterMm d3 = d − 1.226869·P
 */
public record ThreadDimensions(double nominalDiameterMm, double pitchMm, double fundamentalTriangleHeightMm,
        double pitchDiameterMm, double internalMinorDiameterMm, double externalMinorDiameterMm) {
}
