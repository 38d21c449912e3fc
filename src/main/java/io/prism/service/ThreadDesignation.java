package io.prism.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO metric thread designation as a caller typed it, read tolerantly: {@code M10}, {@code m10},
 * {@code M10x1.25}, {@code M10 x 1.25}, {@code M10X1,25} and {@code M10×1.25} are understood, a decimal comma counts
 * as a point, and a tolerance class at the end ({@code M10-6H}, {@code M10x1-6g}) is ignored.
 *
 * @param nominalMm nominal diameter D in millimetres
 * @param pitchMm   pitch P in millimetres; null when none was given (the coarse thread is meant)
 */
record ThreadDesignation(double nominalMm, Double pitchMm) {

    private static final String NUMBER = "(\\d{1,4}(?:[.,]\\d{1,4})?)";
    private static final Pattern FORM = Pattern.compile("^M\\s*" + NUMBER + "(?:\\s*[X×*]\\s*" + NUMBER + ")?"
            + "(?:\\s*-\\s*\\d[A-H](?:\\d[A-H])?)?$");

    /** The designation in {@code text}, or empty when it is not one of the accepted forms. */
    static Optional<ThreadDesignation> parse(String text) {
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadDesignation(number(m.group(1)), m.group(2) == null ? null : number(m.group(2))));
    }

    private static double number(String token) {
        return Double.parseDouble(token.replace(',', '.'));
    }

    /** The designation written the way the table writes it, for example {@code M10} or {@code M10x1.25}. */
    String canonical() {
        return "M" + plain(nominalMm) + (pitchMm == null ? "" : "x" + plain(pitchMm));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
