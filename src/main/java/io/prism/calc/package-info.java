/**
 * PRISM's calculation engine: pure Java formulas for speeds, feeds, chip thickness, forces, power, tool life,
 * economics, surface finish, deflection and threads.
 *
 * <p>Rules that hold for everything under {@code io.prism.calc}:
 * <ul>
 *   <li><b>Pure.</b> No I/O, no framework, no database and nothing from the rest of PRISM; static functions without
 *       side effects, in final classes with private constructors. The architecture test enforces the imports.</li>
 *   <li><b>SI/metric shop units, named.</b> Every quantity carries its unit in its name ({@code diameterMm},
 *       {@code spindleSpeedRpm}, {@code cuttingSpeedMPerMin}, {@code powerKw}, {@code torqueNm}, {@code forceN},
 *       {@code kcNPerMm2}); angles are in degrees. Other units are converted once, at the edge, by
 *       {@link io.prism.calc.units.Units}.</li>
 *   <li><b>Validated inputs.</b> Every argument is checked before use: NaN and infinities are rejected, ranges
 *       are stated in the message, and failures throw {@link io.prism.calc.CalcInputException} naming the
 *       argument. No method returns NaN or an infinity: a result that would overflow is rejected the same way.</li>
 *   <li><b>Immutable results.</b> Multi-value inputs and results are records; the formula registry and its entries
 *       are immutable.</li>
 *   <li><b>Every formula cited.</b> Each public method's Javadoc gives the formula, the unit of every parameter and
 *       of the result, its validity and its source; where sources disagree the default and the alternatives are
 *       recorded in {@link io.prism.calc.formula.FormulaRegistry}.</li>
 * </ul>
 *
 * <p>Helpers in {@code io.prism.calc.internal} are not for use outside this package tree.
 */
package io.prism.calc;
