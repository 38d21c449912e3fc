package io.prism.calc.optimize;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in the optimizer's messages and notes: four significant digits, trailing zeros dropped. */
final class Num {

    private static final MathContext FOUR = new MathContext(4);

    private Num() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0.0) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(FOUR).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
