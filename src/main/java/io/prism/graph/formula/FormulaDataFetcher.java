package io.prism.graph.formula;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.calc.formula.Example;
import io.prism.calc.formula.Formula;
import io.prism.calc.formula.Variable;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.VariableValueInput;
import io.prism.graph.support.Graph;
import io.prism.service.FormulaService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The formula explorer in the graph: the registry's formulas and {@code evaluateFormula}. Formula fields are the
 * registry records' own properties; examples get their variables' units attached here.
 */
@DgsComponent
public class FormulaDataFetcher {

    private final FormulaService formulas;

    /** Creates the fetcher over the formula service. */
    public FormulaDataFetcher(FormulaService formulas) {
        this.formulas = formulas;
    }

    /** A worked example as the graph shows it: values with their units, in the formula's declaration order. */
    public record ExampleView(String source, List<FormulaService.VariableValue> inputs,
                              List<FormulaService.VariableValue> expectedOutputs, double relativeTolerance) {
    }

    /** Every formula of the registry. */
    @DgsQuery
    public List<Formula> formulas(DataFetchingEnvironment dfe) {
        return formulas.formulas(Graph.context(dfe));
    }

    /** One formula; NOT_FOUND for an unknown id. */
    @DgsQuery
    public Formula formula(@InputArgument String id, DataFetchingEnvironment dfe) {
        return formulas.formula(Graph.context(dfe), id);
    }

    /** Evaluates a formula from inputs given by variable name, each optionally with its (declared) unit. */
    @DgsQuery
    public FormulaService.Evaluation evaluateFormula(@InputArgument String id,
                                                     @InputArgument(collectionType = VariableValueInput.class)
                                                     List<VariableValueInput> inputs,
                                                     DataFetchingEnvironment dfe) {
        List<FormulaService.VariableValue> values = Graph.mapList(inputs,
                v -> new FormulaService.VariableValue(v.getName(), v.getValue(), v.getUnit()));
        return formulas.evaluate(Graph.context(dfe), id, values);
    }

    /** A formula's worked examples, each value with the unit its variable declares. */
    @DgsData(parentType = DgsConstants.FORMULA.TYPE_NAME, field = DgsConstants.FORMULA.Examples)
    public List<ExampleView> examples(DgsDataFetchingEnvironment dfe) {
        Formula formula = dfe.getSource();
        List<ExampleView> views = new ArrayList<>(formula.examples().size());
        for (Example e : formula.examples()) {
            views.add(new ExampleView(e.source(), values(formula.inputs(), e.inputs()),
                    values(formula.outputs(), e.expectedOutputs()), e.relativeTolerance()));
        }
        return views;
    }

    private static List<FormulaService.VariableValue> values(List<Variable> declared, Map<String, Double> values) {
        List<FormulaService.VariableValue> list = new ArrayList<>();
        for (Variable v : declared) {
            Double value = values.get(v.name());
            if (value != null) {
                list.add(new FormulaService.VariableValue(v.name(), value, v.unit()));
            }
        }
        return list;
    }
}
