package io.prism.calc.formula;

import java.util.Map;
import java.util.Objects;

/**
 * A worked example of a registry formula: inputs and, when a source publishes them, expected outputs.
 *
 * @param source where the numbers come from (a citation), or a note that the inputs are illustrative
 * @param inputs input values by variable name
 * @param expectedOutputs expected output values by variable name; empty for illustrative inputs
 * @param relativeTolerance relative tolerance of the published values (rounding in the source)
 */
public record Example(String source, Map<String, Double> inputs, Map<String, Double> expectedOutputs,
        double relativeTolerance) {

    /** Copies the maps. */
    public Example {
        Objects.requireNonNull(source, "source");
        inputs = Map.copyOf(inputs);
        expectedOutputs = Map.copyOf(expectedOutputs);
        if (!(relativeTolerance >= 0.0 && relativeTolerance < 1.0)) {
            throw new IllegalArgumentException("relativeTolerance (" + relativeTolerance + ") must be in [0, 1)");
        }
    }
}
