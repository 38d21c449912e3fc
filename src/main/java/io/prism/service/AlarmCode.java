package io.prism.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alarm code as a caller typed it, read tolerantly: case, spaces, a hyphen, underscore or dot between prefix and
 * number, leading zeros and a leading {@code ALARM}/{@code ALM} word (optionally with {@code #} or {@code :}) do
 * not matter, so {@code SV0401}, {@code sv 401}, {@code SV-401} and {@code Alarm #SV401} are the same code. Its
 * {@linkplain #normalized() normalized form} is what table {@code alarm} stores in {@code normalized_code}.
 *
 * @param prefix the letter prefix, upper-case, up to three letters; empty for a bare number
 * @param number the number, without leading zeros
 */
record AlarmCode(String prefix, int number) {

    private static final Pattern FORM =
            Pattern.compile("^(?:AL(?:AR)?M[\\s#:]*)?#?([A-Z]{0,3})[\\s._-]*(\\d{1,9})$");

    /** The code in {@code text}, or empty when the text is not an optional letter prefix followed by a number. */
    static Optional<AlarmCode> parse(String text) {
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AlarmCode(m.group(1), Integer.parseInt(m.group(2))));
    }

    /** The prefix followed by the number without leading zeros, for example {@code SV401}. */
    String normalized() {
        return prefix + number;
    }

    /** True for a number without a letter prefix. */
    boolean bare() {
        return prefix.isEmpty();
    }
}
