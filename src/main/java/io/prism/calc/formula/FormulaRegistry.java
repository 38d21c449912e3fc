package io.prism.calc.formula;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable list of every formula the engine offers, each with its expression, typed and range-checked inputs
 * and outputs, validity, citations, published alternatives and worked examples (see {@link Formula}).
 *
 * <p>Ids are stable kebab-case names (e.g. {@code spindle-speed-from-cutting-speed}) and unique; the registry is
 * built once, when the class is initialised, and fails fast on a duplicate id.
 */
public final class FormulaRegistry {

    private static final Map<String, Formula> BY_ID = build();
    private static final String FINGERPRINT = fingerprint(BY_ID.values());

    private FormulaRegistry() {
    }

    /** Every formula, in a stable order (grouped by topic). */
    public static List<Formula> all() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * The registry's fingerprint: the first 16 hex digits of the SHA-256 of every formula's id and expression, in
     * order. It changes whenever a formula is added, removed or rewritten, so a stored calculation names the registry
     * it ran on without a version number anyone must remember to raise.
     */
    public static String fingerprint() {
        return FINGERPRINT;
    }

    private static String fingerprint(Iterable<Formula> formulas) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Formula f : formulas) {
                sha.update((f.id() + "\n" + f.expression() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The formula with this id, or empty. */
    public static Optional<Formula> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    private static Map<String, Formula> build() {
        List<Formula> formulas = new ArrayList<>();
        formulas.addAll(SpeedFeedFormulas.all());
        formulas.addAll(ChipFormulas.all());
        formulas.addAll(ForceFormulas.all());
        formulas.addAll(LifeFormulas.all());
        formulas.addAll(FinishFormulas.all());
        Map<String, Formula> byId = new LinkedHashMap<>();
        for (Formula formula : formulas) {
            if (byId.putIfAbsent(formula.id(), formula) != null) {
                throw new IllegalStateException("duplicate formula id " + formula.id());
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}
