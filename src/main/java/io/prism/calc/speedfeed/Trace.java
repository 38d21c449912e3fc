package io.prism.calc.speedfeed;

import io.prism.calc.formula.Formula;
import io.prism.calc.formula.FormulaRegistry;
import io.prism.calc.formula.Sources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one evaluation records as it goes: formulas used, citations, assumptions, warnings, limit checks, the data
 * quality factor and the binding limit. Formulas and citations are numbered once, when the class loads, so recording
 * one is a table lookup and a bit test; the lists are built once, at the end.
 */
final class Trace {

    /** Every citation an evaluation can name: the registry's, then the engine's own constants' sources. */
    private static final String[] CITATIONS;
    private static final Map<String, Integer> CITATION_INDEX = new HashMap<>();
    private static final String[] FORMULAS;
    private static final Map<String, Integer> FORMULA_INDEX = new HashMap<>();
    private static final int[][] FORMULA_CITATIONS;

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
    }

    private final int[] formulaOrder = new int[FORMULAS.length];
    private int formulaCount;
    private final boolean[] formulaUsed = new boolean[FORMULAS.length];
    private final int[] citationOrder = new int[CITATIONS.length];
    private int citationCount;
    private final boolean[] citationUsed = new boolean[CITATIONS.length];
    private final List<Object> assumptions = new ArrayList<>(10);
    private final List<Warning> warnings = new ArrayList<>(4);
    private final List<LimitCheck> limits = new ArrayList<>(6);
    private double quality = 1.0;
    private Limit binding = Limit.CUTTING_DATA;

    /** Records a registry formula as used (once) with its citations. */
    void formula(String id) {
        Integer f = FORMULA_INDEX.get(id);
        if (f == null) {
            throw new IllegalStateException("unknown formula id " + id);
        }
        if (!formulaUsed[f]) {
            formulaUsed[f] = true;
            formulaOrder[formulaCount++] = f;
            for (int c : FORMULA_CITATIONS[f]) {
                cite(c);
            }
        }
    }

    /** Records a citation (once); it must be a registry citation or one of the engine's sources. */
    void source(String citation) {
        Integer c = CITATION_INDEX.get(citation);
        if (c == null) {
            throw new IllegalStateException("citation not in the engine's table: " + citation);
        }
        cite(c);
    }

    private void cite(int c) {
        if (!citationUsed[c]) {
            citationUsed[c] = true;
            citationOrder[citationCount++] = c;
        }
    }

    /** Records an assumption worded as a constant. */
    void assume(String text) {
        assumptions.add(text);
    }

    /** Records an assumption whose words (with numbers) are written only when read. */
    void assume(Supplier<String> text) {
        assumptions.add(text);
    }

    /** Multiplies the data quality by {@code factor} (see {@link SafetyScore}). */
    void lowerQuality(double factor) {
        quality *= factor;
    }

    void warn(WarningCode code, String message, double limit, double actual, String unit, Action action) {
        warnings.add(new Warning(code, message, limit, actual, unit, action));
    }

    void check(Limit limit, double limitValue, double actual, String unit) {
        limits.add(new LimitCheck(limit, limitValue, actual, unit, actual / limitValue));
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

    /** The formula ids in order of first use. */
    List<String> formulas() {
        String[] ids = new String[formulaCount];
        for (int i = 0; i < formulaCount; i++) {
            ids[i] = FORMULAS[formulaOrder[i]];
        }
        return List.of(ids);
    }

    /** The citations in order of first use. */
    List<String> sources() {
        String[] cites = new String[citationCount];
        for (int i = 0; i < citationCount; i++) {
            cites[i] = CITATIONS[citationOrder[i]];
        }
        return List.of(cites);
    }

    /** The assumptions, in order; their words are written when first read. */
    List<String> assumptions() {
        return new LazyTexts(assumptions);
    }

    List<Warning> warnings() {
        return warnings;
    }

    List<LimitCheck> limits() {
        return limits;
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
