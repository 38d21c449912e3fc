package io.prism.calc.formula;

/**
 * A recommended tap drill for a cut tap, with where it came from.
 *
 * @param diameterMm drill diameter, mm
 * @param fromStandardTable true when the value is the ISO 2306 / DIN 336 table value (the engine default), false
 *     when the thread is not in the table and the {@code D − P} rule of thumb was used
 */
public record TapDrill(double diameterMm, boolean fromStandardTable) {
}
