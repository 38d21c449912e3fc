package io.prism.calc.speedfeed;

import io.prism.calc.formula.Formula;
import io.prism.calc.formula.FormulaRegistry;
import io.prism.calc.formula.Sources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one evaluation records as it goes: formulas used, citations, assumptions, warnings, limit checks, the data
 * quality factor and the binding limit. Formulas and citations are numbered once, when the class loads, and the
 * engine names them by number ({@link #formulaId}, {@link #citationId}, {@link #citationGroup}); recording one
 * appends its number to the evaluation's sequence, and the lists of formula ids and citations in order of first use
 * are worked out from that sequence once per distinct sequence ({@link SequenceCache}). The words of assumptions and
 * warnings are written only when read ({@link LazyList}).
 */
final class Trace {

    /** Every citation an evaluation can name: the registry's, then the engine's own constants' sources. */
    private static final String[] CITATIONS;
    private static final Map<String, Integer> CITATION_INDEX = new HashMap<>();
    private static final String[] FORMULAS;
    private static final Map<String, Integer> FORMULA_INDEX = new HashMap<>();
    private static final int[][] FORMULA_CITATIONS;

    /** Numbers in a sequence: formulas from 0, citations from here, groups of citations from {@link #GROUPS}. */
    private static final int CITATIONS_FROM;
    private static final int GROUPS_FROM;

    /** The citations of each group, by number from {@link #GROUPS_FROM}; replaced whole when a group is added. */
    private static volatile int[][] groups = new int[0][];

    private static final SequenceCache<Lists> LISTS = new SequenceCache<>(Trace::listsOf);

    static {
        List<String> citations = new ArrayList<>();
        List<Formula> all = FormulaRegistry.all();
        FORMULAS = new String[all.size()];
        FORMULA_CITATIONS = new int[all.size()][];
        for (int f = 0; f < all.size(); f++) {
            FORMULAS[f] = all.get(f).id();
            FORMULA_INDEX.put(all.get(f).id(), f);
            List<String> cites = all.get(f).citations();
            FORMULA_CITATIONS[f] = new int[cites.size()];
            for (int c = 0; c < cites.size(); c++) {
                FORMULA_CITATIONS[f][c] = number(cites.get(c), citations);
            }
        }
        for (String engine : new String[] {Sources.S9, Sources.S13, Sources.S18, Sources.S19, Sources.S22,
            Sources.S23, Sources.S32, Sources.S33, Sources.S45, Sources.S48, Sources.S50, Sources.S51, Sources.S52,
            Sources.S56}) {
            number(engine, citations);
        }
        CITATIONS = citations.toArray(new String[0]);
        CITATIONS_FROM = FORMULAS.length;
        GROUPS_FROM = CITATIONS_FROM + CITATIONS.length;
    }

    /** The formula ids and citations of one sequence, in order of first use. */
    private record Lists(List<String> formulas, List<String> sources) {
    }

    private int[] sequence = new int[32];
    private int length;
    private long hash = SequenceCache.start();
    private Recorded recorded;
    private Object[] assumptions = new Object[12];
    private int assumptionCount;
    private Object[] warnings;
    private int warningCount;
    private Object[] limits = new Object[6];
    private int limitCount;
    private double quality = 1.0;
    private Limit binding = Limit.CUTTING_DATA;

    /**
     * The number of a registry formula, for {@link #formula(int)}.
     *
     * @throws IllegalStateException when the registry has no formula {@code id}
     */
    static int formulaId(String id) {
        Integer f = FORMULA_INDEX.get(id);
        if (f == null) {
            throw new IllegalStateException("unknown formula id " + id);
        }
        return f;
    }

    /**
     * The number of a citation, for {@link #source(int)}.
     *
     * @throws IllegalStateException when the citation is neither a registry citation nor one of the engine's sources
     */
    static int citationId(String citation) {
        return CITATIONS_FROM + citation(citation);
    }

    /**
     * The number of a group of citations cited together, in order, for {@link #source(int)}.
     *
     * @throws IllegalStateException when a citation is neither a registry citation nor one of the engine's sources
     */
    static synchronized int citationGroup(List<String> citations) {
        int[] group = new int[citations.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = citation(citations.get(i));
        }
        int[][] more = Arrays.copyOf(groups, groups.length + 1);
        more[groups.length] = group;
        groups = more;
        return GROUPS_FROM + groups.length - 1;
    }

    private static int citation(String citation) {
        Integer c = CITATION_INDEX.get(citation);
        if (c == null) {
            throw new IllegalStateException("citation not in the engine's table: " + citation);
        }
        return c;
    }

    /** Records a registry formula (by {@link #formulaId number}) as used, with its citations. */
    void formula(int f) {
        append(f);
    }

    /** Records a citation or a group of citations (by {@link #citationId} or {@link #citationGroup} number). */
    void source(int c) {
        append(c);
    }

    private void append(int number) {
        if (length == sequence.length) {
            sequence = Arrays.copyOf(sequence, length * 2);
        }
        sequence[length++] = number;
        hash = SequenceCache.append(hash, number);
    }

    /** Works out the lists of a sequence: each formula and citation once, in order of first use. */
    private static Lists listsOf(int[] sequence) {
        int[][] cited = groups;
        Set<String> formulas = new LinkedHashSet<>();
        Set<String> citations = new LinkedHashSet<>();
        for (int number : sequence) {
            if (number < CITATIONS_FROM) {
                if (formulas.add(FORMULAS[number])) {
                    for (int c : FORMULA_CITATIONS[number]) {
                        citations.add(CITATIONS[c]);
                    }
                }
            } else if (number < GROUPS_FROM) {
                citations.add(CITATIONS[number - CITATIONS_FROM]);
            } else {
                for (int c : cited[number - GROUPS_FROM]) {
                    citations.add(CITATIONS[c]);
                }
            }
        }
        return new Lists(List.copyOf(formulas), List.copyOf(citations));
    }

    /** Records an assumption worded as a constant. */
    void assume(String text) {
        addAssumption(text);
    }

    /** Records an assumption whose words (with numbers) are written only when read. */
    void assume(Supplier<String> text) {
        addAssumption(text);
    }

    private void addAssumption(Object text) {
        if (assumptionCount == assumptions.length) {
            assumptions = Arrays.copyOf(assumptions, assumptionCount * 2);
        }
        assumptions[assumptionCount++] = text;
    }

    /** Multiplies the data quality by {@code factor} (see {@link SafetyScore}). */
    void lowerQuality(double factor) {
        quality *= factor;
    }

    /** Records a warning whose message is written only when read. */
    void warn(WarningCode code, double limit, double actual, String unit, Action action, Supplier<String> message) {
        if (warnings == null) {
            warnings = new Object[4];
        } else if (warningCount == warnings.length) {
            warnings = Arrays.copyOf(warnings, warningCount * 2);
        }
        warnings[warningCount++] = new PendingWarning(code, message, limit, actual, unit, action);
    }

    /** A warning whose message is written when it is first read. */
    private record PendingWarning(WarningCode code, Supplier<String> message, double limit, double actual,
            String unit, Action action) implements Supplier<Warning> {

        @Override
        public Warning get() {
            return new Warning(code, message.get(), limit, actual, unit, action);
        }
    }

    void check(Limit limit, double limitValue, double actual, String unit) {
        if (limitCount == limits.length) {
            limits = Arrays.copyOf(limits, limitCount * 2);
        }
        limits[limitCount++] = new LimitCheck(limit, limitValue, actual, unit, actual / limitValue);
    }

    /** Names {@code limit} as the last one that changed the recommendation. */
    void bind(Limit limit) {
        binding = limit;
    }

    Limit binding() {
        return binding;
    }

    double quality() {
        return quality;
    }

    /** The formula ids in order of first use, worked out when read. Ends the recording of formulas. */
    List<String> formulas() {
        return LazyList.ofAll(recorded()::formulas);
    }

    /** The citations in order of first use, worked out when read. Ends the recording of citations. */
    List<String> sources() {
        return LazyList.ofAll(recorded()::sources);
    }

    private Recorded recorded() {
        if (recorded == null) {
            recorded = new Recorded(sequence, length, hash);
        }
        return recorded;
    }

    /** The recorded sequence, whose lists are looked up (and built, the first time) when one of them is read. */
    private static final class Recorded {

        private final int[] sequence;
        private final int length;
        private final long hash;
        private Lists lists;

        Recorded(int[] sequence, int length, long hash) {
            this.sequence = sequence;
            this.length = length;
            this.hash = hash;
        }

        List<String> formulas() {
            return lists().formulas();
        }

        List<String> sources() {
            return lists().sources();
        }

        private Lists lists() {
            Lists found = lists;
            if (found == null) {
                found = LISTS.get(sequence, length, hash);
                lists = found;
            }
            return found;
        }
    }

    /** The assumptions, in order; their words are written when first read. Ends the recording of assumptions. */
    List<String> assumptions() {
        return LazyList.of(assumptions, assumptionCount);
    }

    /** The warnings, in order; their messages are written when first read. Ends the recording of warnings. */
    List<Warning> warnings() {
        return warningCount == 0 ? List.of() : LazyList.of(warnings, warningCount);
    }

    /** The number of limit checks so far. */
    int limitCount() {
        return limitCount;
    }

    /** The {@code i}-th limit check. */
    LimitCheck limit(int i) {
        return (LimitCheck) limits[i];
    }

    /** The limit checks, in order. Ends the recording of limit checks. */
    List<LimitCheck> limits() {
        return limitCount == 0 ? List.of() : LazyList.of(limits, limitCount);
    }

    private static int number(String citation, List<String> citations) {
        Integer known = CITATION_INDEX.get(citation);
        if (known != null) {
            return known;
        }
        citations.add(citation);
        CITATION_INDEX.put(citation, citations.size() - 1);
        return citations.size() - 1;
    }
}
