package io.prism.graph.support;

import com.netflix.graphql.dgs.DgsCodeRegistry;
import com.netflix.graphql.dgs.DgsComponent;
import graphql.TrivialDataFetcher;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.prism.calc.units.Units;

/**
 * Gives every quantity field its unit conversion. A quantity field is one with a {@code unit} argument whose
 * default names the unit the value is held in (for example {@code tensileStrength(unit: StressUnit = MPA)}).
 * The fetcher reads the stored value and converts it to the requested unit through {@link Units}; no data
 * fetcher converts units by itself.
 */
@DgsComponent
public class UnitWiring {

    static final String UNIT_ARGUMENT = "unit";

    @DgsCodeRegistry
    public GraphQLCodeRegistry.Builder quantities(GraphQLCodeRegistry.Builder code, TypeDefinitionRegistry types) {
        for (ObjectTypeDefinition type : types.getTypes(ObjectTypeDefinition.class)) {
            for (FieldDefinition field : type.getFieldDefinitions()) {
                for (InputValueDefinition arg : field.getInputValueDefinitions()) {
                    if (arg.getName().equals(UNIT_ARGUMENT) && arg.getDefaultValue() instanceof EnumValue base) {
                        if (!Units.known(base.getName())) {
                            throw new IllegalStateException("unknown unit " + base.getName() + " on "
                                    + type.getName() + "." + field.getName());
                        }
                        code.dataFetcher(FieldCoordinates.coordinates(type.getName(), field.getName()),
                                converting(field.getName(), base.getName()));
                    }
                }
            }
        }
        return code;
    }

    private static DataFetcher<Double> converting(String property, String storedUnit) {
        return new Converting(PropertyDataFetcher.fetching(property), storedUnit);
    }

    /**
     * A quantity read from its source object and converted: no I/O and nothing thread-bound, so it is a
     * {@link TrivialDataFetcher}, which Spring GraphQL runs without wrapping it in a context snapshot (that wrapping
     * cost more than the conversion, on every quantity of every row).
     */
    private record Converting(PropertyDataFetcher<Object> read, String storedUnit)
            implements TrivialDataFetcher<Double> {
        @Override
        public Double get(DataFetchingEnvironment env) {
            Object value = read.get(env);
            if (value == null) {
                return null;
            }
            Object unit = env.getArgument(UNIT_ARGUMENT);
            String target = unit == null ? storedUnit : unit.toString();
            return Units.convert(((Number) value).doubleValue(), storedUnit, target);
        }
    }
}
