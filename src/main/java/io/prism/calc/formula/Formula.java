package io.prism.calc.formula;

import io.prism.calc.CalcInputException;
import io.prism.calc.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the {@link FormulaRegistry}: a formula with its readable expression, typed inputs and outputs,
 * validity, citations, the published alternatives where sources disagree, worked examples, and an evaluator.
 *
 * <p>{@link #evaluate(Map)} is the checked entry point: every declared input must be present, finite and within its
 * declared {@code [min, max]}; unknown inputs are rejected; every declared output is returned, and each is finite.
 *
 * @param id stable kebab-case identifier, e.g. {@code spindle-speed-from-cutting-speed}
 * @param name human-readable name
 * @param expression readable expression, e.g. {@code n = 1000·vc / (π·D)}
 * @param inputs input variables in display order
 * @param outputs output variables in display order
 * @param validity where the formula holds and how far to trust it
 * @param citations sources (calc-reference §16 tags with titles), at least one
 * @param alternatives published variants where sources disagree; when not empty, exactly one is the default
 * @param examples worked examples, at least one
 * @param evaluator computes the outputs from checked inputs
 */
public record Formula(String id, String name, String expression, List<Variable> inputs, List<Variable> outputs,
        String validity, List<String> citations, List<Alternative> alternatives, List<Example> examples,
        Evaluator evaluator) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Computes output values by name from input values by name; the inputs have already been checked. */
    @FunctionalInterface
    public interface Evaluator {

        /**
         * Computes the outputs.
         *
         * @param inputs checked input values by variable name
         * @return output values by variable name
         */
        Map<String, Double> apply(Map<String, Double> inputs);
    }

    /** Validates the declaration and copies the lists. */
    public Formula {
        Objects.requireNonNull(id, "id");
        if (!KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("id " + id + " must be kebab-case");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(evaluator, "evaluator");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        citations = List.copyOf(citations);
        alternatives = List.copyOf(alternatives);
        examples = List.copyOf(examples);
        if (inputs.isEmpty() || outputs.isEmpty() || citations.isEmpty() || examples.isEmpty()) {
            throw new IllegalArgumentException(id + ": inputs, outputs, citations and examples must not be empty");
        }
        if (!alternatives.isEmpty() && alternatives.stream().filter(Alternative::isDefault).count() != 1) {
            throw new IllegalArgumentException(id + ": exactly one alternative must be the default");
        }
    }

    /** Starts a formula declaration. */
    static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** The input variable with this name, if declared. */
    public Optional<Variable> input(String variableName) {
        return inputs.stream().filter(v -> v.name().equals(variableName)).findFirst();
    }

    /**
     * Evaluates the formula.
     *
     * @param values input values by variable name; every declared input must be present
     * @return every declared output by name, in declaration order; all finite; unmodifiable
     * @throws CalcInputException naming the variable when an input is missing, unknown, not finite or out of its
     *     declared range, or when the inputs together violate a constraint of the formula (e.g. ae ≤ D)
     */
    public Map<String, Double> evaluate(Map<String, Double> values) {
        Checks.present("inputs", values, "a map of input values by name");
        for (String key : values.keySet()) {
            if (input(key).isEmpty()) {
                String field = String.valueOf(key);
                throw new CalcInputException(field, field + " is not an input of " + id + "; inputs are "
                        + inputNames());
            }
        }
        Map<String, Double> checked = new LinkedHashMap<>();
        for (Variable variable : inputs) {
            Double value = values.get(variable.name());
            if (value == null) {
                throw new CalcInputException(variable.name(), variable.name() + " is missing: " + id + " needs "
                        + variable.description() + " (" + variable.symbol() + ", " + variable.unit() + ") in ["
                        + variable.min() + ", " + variable.max() + "]");
            }
            checked.put(variable.name(), variable.check(value));
        }
        Map<String, Double> raw = evaluator.apply(Collections.unmodifiableMap(checked));
        Map<String, Double> result = new LinkedHashMap<>();
        for (Variable output : outputs) {
            Double value = raw.get(output.name());
            if (value == null) {
                throw new IllegalStateException(id + " did not compute its declared output " + output.name());
            }
            result.put(output.name(), Checks.result(output.name(), value));
        }
        return Collections.unmodifiableMap(result);
    }

    private List<String> inputNames() {
        return inputs.stream().map(Variable::name).toList();
    }

    /** Collects the parts of a {@link Formula}; used only while the registry is built. */
    static final class Builder {

        private final String id;
        private final String name;
        private String expression = "";
        private final List<Variable> inputs = new ArrayList<>();
        private final List<Variable> outputs = new ArrayList<>();
        private String validity = "";
        private final List<String> citations = new ArrayList<>();
        private final List<Alternative> alternatives = new ArrayList<>();
        private final List<Example> examples = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** Sets the readable expression. */
        public Builder expression(String value) {
            this.expression = value;
            return this;
        }

        /** Adds input variables in display order. */
        public Builder inputs(Variable... variables) {
            inputs.addAll(List.of(variables));
            return this;
        }

        /** Adds output variables in display order. */
        public Builder outputs(Variable... variables) {
            outputs.addAll(List.of(variables));
            return this;
        }

        /** Sets the validity note. */
        public Builder validity(String value) {
            this.validity = value;
            return this;
        }

        /** Adds citations. */
        public Builder cite(String... sources) {
            citations.addAll(List.of(sources));
            return this;
        }

        /** Adds a published alternative. */
        public Builder alternative(String altName, String altExpression, String source, String note,
                boolean isDefault) {
            alternatives.add(new Alternative(altName, altExpression, source, note, isDefault));
            return this;
        }

        /** Adds a worked example with published outputs. */
        public Builder example(String source, Map<String, Double> in, Map<String, Double> expected,
                double relativeTolerance) {
            examples.add(new Example(source, in, expected, relativeTolerance));
            return this;
        }

        /** Adds an example with illustrative inputs and no published outputs. */
        public Builder example(Map<String, Double> in) {
            examples.add(new Example("illustrative inputs (no published result)", in, Map.of(), 0.0));
            return this;
        }

        /** Sets the evaluator and builds the formula. */
        public Formula evaluator(Evaluator value) {
            return new Formula(id, name, expression, inputs, outputs, validity, citations, alternatives, examples,
                    value);
        }
    }
}
