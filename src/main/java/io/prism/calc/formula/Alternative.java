package io.prism.calc.formula;

import java.util.Objects;

/**
 * A published variant of a formula (or of its constants) that disagrees with another source, as summarised in
 * calc-reference §15. Exactly one alternative of a formula is the engine default when the list is not empty.
 *
 * @param name a registry id when the variant is itself a registry formula, otherwise a short name
 * @param expression the variant's expression or values
 * @param source citation of the variant
 * @param note how it differs (with the size of the gap) and why it is or is not the default
 * @param isDefault true for the variant the engine uses by default
 */
public record Alternative(String name, String expression, String source, String note, boolean isDefault) {

    /** Validates that no component is null. */
    public Alternative {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }
}
