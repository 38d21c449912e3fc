package io.prism.data;

/**
 * An ISO metric screw thread as stored: platform reference data, the same for every tenant. Component names follow
 * the GraphQL type {@code ThreadSpec}; every length is in millimetres, {@code series} is {@code COARSE} or
 * {@code FINE}.
 *
 * @param minorDiameterInternal D1 of the nut thread
 * @param minorDiameterExternal d3 of the bolt thread
 * @param threadDepth           h3, the thread depth of the bolt thread
 */
public record ThreadSpecRow(String designation, String series, double nominalDiameter, double pitch,
                            double minorDiameterInternal, double minorDiameterExternal, double pitchDiameter,
                            double tapDrill, double threadDepth, Provenance provenance) {

    /** The major diameter, which the basic profile makes equal to the nominal diameter. */
    public double majorDiameter() {
        return nominalDiameter;
    }
}
