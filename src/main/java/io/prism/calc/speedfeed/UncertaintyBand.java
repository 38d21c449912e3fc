package io.prism.calc.speedfeed;

import java.util.Objects;

/**
 * A relative uncertainty band of one output: the true value is expected within {@code value·(1 ± relative)}.
 *
 * @param quantity the output
 * @param relative half-width of the band as a fraction of the value, {@code >= 0}
 * @param basis which published values the band comes from
 */
public record UncertaintyBand(UncertainQuantity quantity, double relative, String basis) {

    /** Requires the quantity and the basis. */
    public UncertaintyBand {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(basis, "basis");
    }
}
