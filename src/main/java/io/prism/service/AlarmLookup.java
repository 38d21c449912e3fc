package io.prism.service;

import io.prism.data.AlarmRow;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a typed alarm code means among the alarms of its family when no alarm has exactly its normalized code, and
 * the closest codes to offer when it means none. Pure functions over rows already read.
 */
final class AlarmLookup {

    /** Largest number of suggestions an unknown code gets. */
    static final int SUGGESTIONS = 5;
    /** How many suggestions are picked by number before the near-typos join them. */
    private static final int BY_NUMBER = 3;
    /** Largest edit distance at which a code counts as a near-typo of another. */
    private static final int TYPO_DISTANCE = 2;

    private AlarmLookup() {
    }

    /**
     * The alarm a code without an exact match stands for: a bare number finds the one alarm of the family with that
     * number whatever its prefix. Fails with BAD_USER_INPUT (listing {@code candidates}) when several alarms share
     * the number, and with NOT_FOUND (listing {@code suggestions}) when none matches.
     *
     * @param family the family's alarms, as the repository orders them
     * @param field  the path of the code argument, for the error
     */
    static AlarmRow amongFamily(AlarmCode code, String familyName, List<AlarmRow> family, String... field) {
        if (code.bare()) {
            List<AlarmRow> sameNumber = family.stream().filter(a -> a.number() == code.number()).toList();
            if (sameNumber.size() == 1) {
                return sameNumber.get(0);
            }
            if (sameNumber.size() > 1) {
                List<String> candidates = sameNumber.stream().map(AlarmRow::code).toList();
                throw new PrismException(ErrorCode.BAD_USER_INPUT, "The number " + code.number() + " belongs to "
                        + candidates.size() + " " + familyName + " alarms (" + String.join(", ", candidates)
                        + "); give the code with its letter prefix", List.of(field), Map.of("candidates", candidates));
            }
        }
        throw new PrismException(ErrorCode.NOT_FOUND, "No " + familyName + " alarm has the code "
                + code.normalized(), List.of(), Map.of("suggestions", suggestions(code, family)));
    }

    /**
     * Up to {@link #SUGGESTIONS} published codes of the family closest to {@code code}: first the three nearest by
     * number (same letter prefix first), then up to two more whose normalized code is at most two edits away (a
     * mistyped or swapped digit), then the next nearest by number until five are found.
     */
    static List<String> suggestions(AlarmCode code, List<AlarmRow> family) {
        Comparator<AlarmRow> byNumber = Comparator
                .comparingInt((AlarmRow a) -> prefixOf(a).equals(code.prefix()) ? 0 : 1)
                .thenComparingLong(a -> Math.abs((long) a.number() - code.number()))
                .thenComparingInt(AlarmRow::number)
                .thenComparing(AlarmRow::code);
        List<AlarmRow> nearest = family.stream().sorted(byNumber).toList();
        List<AlarmRow> picked = new ArrayList<>(nearest.subList(0, Math.min(BY_NUMBER, nearest.size())));
        String typed = code.normalized();
        family.stream()
                .filter(a -> !picked.contains(a))
                .filter(a -> EditDistance.of(typed, a.normalizedCode()) <= TYPO_DISTANCE)
                .sorted(Comparator.comparingInt((AlarmRow a) -> EditDistance.of(typed, a.normalizedCode()))
                        .thenComparing(byNumber))
                .limit(SUGGESTIONS - BY_NUMBER)
                .forEach(picked::add);
        nearest.stream().filter(a -> !picked.contains(a)).limit(SUGGESTIONS - picked.size()).forEach(picked::add);
        return picked.stream().map(AlarmRow::code).toList();
    }

    private static String prefixOf(AlarmRow a) {
        String n = a.normalizedCode();
        return n.substring(0, n.length() - Integer.toString(a.number()).length());
    }
}
