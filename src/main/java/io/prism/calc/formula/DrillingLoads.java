package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Thrust, torque and net power of a drilling operation, as computed by one named method.
 *
 * @param method the method that produced the values (calc-reference §12: the engine always reports it)
 * @param thrustN feed (thrust) force, N
 * @param torqueNm torque at the spindle, N·m
 * @param netPowerKw net power at the cutting edges, kW
 */
public record DrillingLoads(Method method, double thrustN, double torqueNm, double netPowerKw) {

    /** The two published ways to estimate drilling loads; they differ by 2.6× in thrust (calc-reference §12.3). */
    public enum Method {
        /** Sandvik Coromant kc-based two-lip model [S3]; chisel edge not modelled, so thrust is a lower estimate. */
        SANDVIK_KC,
        /** Tungaloy empirical twist-drill formulas with material constant K [S40]; include the chisel edge. */
        TUNGALOY_EMPIRICAL
    }

    /** Validates that every value is finite and non-negative. */
    public DrillingLoads {
        Checks.present("method", method, "SANDVIK_KC or TUNGALOY_EMPIRICAL");
        Checks.nonNegative("thrustN", thrustN);
        Checks.nonNegative("torqueNm", torqueNm);
        Checks.nonNegative("netPowerKw", netPowerKw);
    }
}
