package io.prism.service;

import io.prism.calc.CalcInputException;
import io.prism.calc.formula.Formula;
import io.prism.calc.formula.FormulaRegistry;
import io.prism.calc.formula.Variable;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The formula explorer: the registry's formulas, and the evaluation of any of them from inputs given in the units
 * the formula declares. Evaluations are not stored.
 */
@Service
public class FormulaService {

    /** A variable's value with its unit (the unit string the formula declares). */
    public record VariableValue(String name, double value, String unit) {
    }

    /** An evaluated formula: the inputs as checked and every output, each with its unit. */
    public record Evaluation(Formula formula, List<VariableValue> inputs, List<VariableValue> outputs) {
    }

    /** Every formula of the registry. */
    public List<Formula> formulas(RequestContext ctx) {
        ctx.require(Scope.READ);
        return FormulaRegistry.all();
    }

    /** One formula; NOT_FOUND when the id is unknown. */
    public Formula formula(RequestContext ctx, String id) {
        ctx.require(Scope.READ);
        return find(id);
    }

    /**
     * Evaluates a formula. Each input names a declared input variable; a given unit must equal the declared one.
     * Missing, unknown, repeated, out-of-range or mismatched inputs are BAD_USER_INPUT on {@code inputs.<name>}.
     *
     * @param inputs the values by variable name, with an optional unit each (null when not given)
     */
    public Evaluation evaluate(RequestContext ctx, String id, List<VariableValue> inputs) {
        ctx.require(Scope.CALC);
        Formula formula = find(id);
        Map<String, Double> values = new LinkedHashMap<>();
        for (VariableValue given : inputs) {
            String name = given.name() == null ? "" : given.name().trim();
            Variable declared = formula.input(name).orElseThrow(() -> PrismException.badInput(name + " is not an "
                    + "input of " + id + "; its inputs are " + names(formula.inputs()), "inputs", name));
            if (given.unit() != null && !given.unit().trim().equals(declared.unit())) {
                throw PrismException.badInput(name + " is given in " + given.unit().trim() + " but " + id
                        + " declares it in " + declared.unit(), "inputs", name);
            }
            if (values.put(name, given.value()) != null) {
                throw PrismException.badInput(name + " is given more than once", "inputs", name);
            }
        }
        Map<String, Double> outputs;
        try {
            outputs = formula.evaluate(values);
        } catch (CalcInputException e) {
            throw PrismException.badInput(e.getMessage(), "inputs", e.field());
        }
        return new Evaluation(formula, withUnits(formula.inputs(), values), withUnits(formula.outputs(), outputs));
    }

    private static Formula find(String id) {
        return FormulaRegistry.byId(id).orElseThrow(() -> PrismException.notFound("Formula", id));
    }

    private static List<VariableValue> withUnits(List<Variable> declared, Map<String, Double> values) {
        List<VariableValue> list = new ArrayList<>(declared.size());
        for (Variable v : declared) {
            Double value = values.get(v.name());
            if (value != null) {
                list.add(new VariableValue(v.name(), value, v.unit()));
            }
        }
        return list;
    }

    private static List<String> names(List<Variable> variables) {
        return variables.stream().map(Variable::name).toList();
    }
}
