package io.prism.calc.speedfeed;

/**
 * Short number formatting for messages: whole numbers from 100 up, two decimals from 1, four below, trailing zeros
 * dropped. It works on scaled longs instead of {@link Double#toString}, which keeps an evaluation cheap.
 */
public final class Fmt {

    private Fmt() {
    }

    /** {@code value} written for a message (see the class comment). */
    public static String num(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double a = Math.abs(value);
        if (a >= 100.0) {
            return Long.toString(Math.round(value));
        }
        int decimals = a >= 1.0 ? 2 : 4;
        long scaled = Math.round(a * (decimals == 2 ? 100.0 : 10_000.0));
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        StringBuilder s = new StringBuilder(12);
        if (value < 0 && scaled != 0) {
            s.append('-');
        }
        String digits = Long.toString(scaled);
        if (decimals == 0) {
            return s.append(digits).toString();
        }
        int whole = digits.length() - decimals;
        if (whole <= 0) {
            s.append("0.");
            for (int i = whole; i < 0; i++) {
                s.append('0');
            }
            return s.append(digits).toString();
        }
        return s.append(digits, 0, whole).append('.').append(digits, whole, digits.length()).toString();
    }

    /** A percentage of a fraction, as a whole number. */
    static String percent(double fraction) {
        return Long.toString(Math.round(fraction * 100.0));
    }
}
