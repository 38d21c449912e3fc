package io.prism.calc.speedfeed;

/** ISO 513 application group of a work material: steel, stainless, cast iron, non-ferrous, HRSA/titanium, hardened. */
public enum IsoGroup {
    /** Steel. */
    P,
    /** Stainless steel. */
    M,
    /** Cast iron. */
    K,
    /** Non-ferrous metals (aluminium, copper alloys). */
    N,
    /** Heat-resistant super alloys and titanium. */
    S,
    /** Hardened steel. */
    H
}
