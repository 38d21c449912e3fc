package io.prism.gateway;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static figures of an operation, computed from its validated document and coerced variables before anything
 * of it runs, in the spirit of the IBM GraphQL cost specification. A field costs its weight plus the cost of its
 * selections, times the number of items when it is a list. Weights come from {@code @cost} on the field or on its
 * type, otherwise 1 for an object, 0 for a scalar or enum and 10 for a mutation field. List sizes come from
 * {@code @listSize}: the first slicing argument with a value (variables resolved, schema defaults applied), else
 * the assumed size, else the configured default. Introspection is priced as one object: the fields of the
 * {@code __}-types weigh nothing and are never multiplied (graphql-java's good-faith introspection check bounds
 * them), but count for depth and aliases like any field.
 *
 * <p>Named fragments are measured once per place in the size context they are spread in and reused, so a
 * document that spreads fragments exponentially is measured in linear time (and its exponential cost reported).
 * {@code @skip} and {@code @include} are not evaluated: every selection counts, so the figures are an upper bound.
 * Every figure saturates at {@link Integer#MAX_VALUE}.
 */
public final class CostCalculator {

    /** Weight of an object without {@code @cost}. */
    public static final int OBJECT_WEIGHT = 1;
    /** Weight of a mutation field without {@code @cost}: a write costs more than a read. */
    public static final int MUTATION_WEIGHT = 10;

    private static final long CAP = Integer.MAX_VALUE;
    private static final String TYPENAME = Introspection.TypeNameMetaFieldDef.getName();

    private final int defaultListSize;

    public CostCalculator(int defaultListSize) {
        this.defaultListSize = defaultListSize;
    }

    /**
     * The figures of an operation.
     *
     * @param cost       cost in units
     * @param depth      deepest field nesting, a root field being depth 1
     * @param aliases    aliased fields, counted once per place a fragment is spread
     * @param rootFields fields selected at the root, fragments expanded
     */
    public record Figures(int cost, int depth, int aliases, int rootFields) {
    }

    /** Measures {@code operation} of a validated document; {@code variables} are the coerced variable values. */
    public Figures measure(GraphQLSchema schema, OperationDefinition operation,
                           Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        Sum sum = new Walk(schema, fragments, variables).selections(operation.getSelectionSet(),
                rootType(schema, operation), Sizing.NONE);
        return new Figures((int) sum.cost(), sum.depth(), (int) sum.aliases(), (int) sum.fields());
    }

    /**
     * The cost of each root field of {@code operation}, by its key in the answer (alias or name; fields of one key
     * add up, as they merge into one entry of the answer), with fragments at the root spread in. {@code __typename}
     * is free and not listed. The costs add up to the operation's cost in {@link #measure}. It tells, once an
     * operation has run, what each entry of its answer was charged.
     */
    public Map<String, Integer> rootCosts(GraphQLSchema schema, OperationDefinition operation,
                                          Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        Walk walk = new Walk(schema, fragments, variables);
        Map<String, Long> costs = walk.roots(operation.getSelectionSet(), rootType(schema, operation),
                new HashMap<>());
        Map<String, Integer> result = new LinkedHashMap<>();
        costs.forEach((key, cost) -> result.put(key, (int) cost.longValue()));
        return result;
    }

    private static GraphQLObjectType rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    /**
     * The figures of a selection set: its cost, its depth below the parent, its aliases at any depth and the
     * number of fields directly in it.
     */
    private record Sum(long cost, int depth, long aliases, long fields) {

        static final Sum ZERO = new Sum(0, 0, 0, 0);

        Sum plus(Sum o) {
            return new Sum(add(cost, o.cost), Math.max(depth, o.depth), add(aliases, o.aliases), add(fields, o.fields));
        }
    }

    /** The item count a connection field hands down to its sized child fields ({@code edges}). */
    private record Sizing(List<String> fields, long size) {

        static final Sizing NONE = new Sizing(List.of(), 0);
    }

    /** A named fragment in the size context it is spread in. */
    private record Spread(String fragment, Sizing sizing) {
    }

    /** One measurement: the schema, the document's fragments, the variables and the fragments measured so far. */
    private final class Walk {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final Map<Spread, Sum> measured = new HashMap<>();

        Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
        }

        Sum selections(SelectionSet set, GraphQLCompositeType parent, Sizing sizing) {
            Sum sum = Sum.ZERO;
            for (Selection<?> selection : set.getSelections()) {
                sum = sum.plus(switch (selection) {
                    case Field field when field.getName().equals(TYPENAME) -> typename(field);
                    case Field field -> field(field, (GraphQLFieldsContainer) parent, sizing);
                    case InlineFragment inline -> selections(inline.getSelectionSet(),
                            typeOf(inline.getTypeCondition(), parent), sizing);
                    case FragmentSpread spread -> fragment(new Spread(spread.getName(), sizing));
                    default -> Sum.ZERO;
                });
            }
            return sum;
        }

        /**
         * The cost of each root field by answer key. A fragment spread at the root is walked once and its costs
         * reused wherever it is spread again ({@code walked}), so a document that spreads root fragments
         * exponentially is walked in linear time.
         */
        Map<String, Long> roots(SelectionSet set, GraphQLObjectType root, Map<String, Map<String, Long>> walked) {
            Map<String, Long> costs = new LinkedHashMap<>();
            for (Selection<?> selection : set.getSelections()) {
                switch (selection) {
                    case Field field when field.getName().equals(TYPENAME) -> { }
                    case Field field -> costs.merge(field.getResultKey(), field(field, root, Sizing.NONE).cost(),
                            CostCalculator::add);
                    case InlineFragment inline -> roots(inline.getSelectionSet(), root, walked)
                            .forEach((key, cost) -> costs.merge(key, cost, CostCalculator::add));
                    case FragmentSpread spread -> {
                        Map<String, Long> known = walked.get(spread.getName());
                        if (known == null) {
                            known = roots(fragments.get(spread.getName()).getSelectionSet(), root, walked);
                            walked.put(spread.getName(), known);
                        }
                        known.forEach((key, cost) -> costs.merge(key, cost, CostCalculator::add));
                    }
                    default -> { }
                }
            }
            return costs;
        }

        /** {@code __typename}, which any composite type has (unions too): a free scalar, still a field. */
        private Sum typename(Field field) {
            return new Sum(0, 1, field.getAlias() == null ? 0 : 1, 1);
        }

        private Sum fragment(Spread spread) {
            Sum known = measured.get(spread);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(spread.fragment());
            Sum sum = selections(definition.getSelectionSet(), typeOf(definition.getTypeCondition(), null),
                    spread.sizing());
            measured.put(spread, sum);
            return sum;
        }

        private Sum field(Field field, GraphQLFieldsContainer parent, Sizing sizing) {
            GraphQLFieldDefinition definition = Introspection.getFieldDefinition(schema, parent, field.getName());
            GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(definition.getType());
            boolean introspection = parent.getName().startsWith("__");
            GraphQLAppliedDirective listSize = introspection ? null : definition.getAppliedDirective("listSize");
            List<String> sizedFields = listSize == null ? List.of() : strings(listSize, "sizedFields");
            Sizing childSizing = sizedFields.isEmpty() ? Sizing.NONE : new Sizing(sizedFields, items(field,
                    definition, listSize));
            long multiplier = 1;
            if (sizing.fields().contains(field.getName())) {
                multiplier = sizing.size();
            } else if (!introspection && sizedFields.isEmpty()
                    && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
                multiplier = items(field, definition, listSize);
            }
            Sum below = field.getSelectionSet() == null ? Sum.ZERO
                    : selections(field.getSelectionSet(), (GraphQLCompositeType) type, childSizing);
            long weight = introspection ? 0 : weight(definition, type, parent);
            return new Sum(times(multiplier, add(weight, below.cost())), below.depth() + 1,
                    add(below.aliases(), field.getAlias() == null ? 0 : 1), 1);
        }

        private long weight(GraphQLFieldDefinition definition, GraphQLNamedType type, GraphQLFieldsContainer parent) {
            Long declared = integer(definition.getAppliedDirective("cost"), "weight");
            if (declared != null) {
                return Math.max(0, declared);
            }
            if (parent == schema.getMutationType()) {
                return MUTATION_WEIGHT;
            }
            if (type instanceof GraphQLDirectiveContainer container) {
                declared = integer(container.getAppliedDirective("cost"), "weight");
                if (declared != null) {
                    return Math.max(0, declared);
                }
            }
            return type instanceof GraphQLCompositeType ? OBJECT_WEIGHT : 0;
        }

        /** The number of items a list field (or its sized children) returns. */
        private long items(Field field, GraphQLFieldDefinition definition, GraphQLAppliedDirective listSize) {
            if (listSize == null) {
                return defaultListSize;
            }
            for (String name : strings(listSize, "slicingArguments")) {
                Long given = argument(field, definition, name);
                if (given != null) {
                    return Math.max(0, given);
                }
            }
            Long assumed = integer(listSize, "assumedSize");
            return assumed == null ? defaultListSize : Math.max(0, assumed);
        }

        /** An argument's value as a number: the literal, the variable's value or the schema default. */
        private Long argument(Field field, GraphQLFieldDefinition definition, String name) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(name)) {
                    Object value = argument.getValue();
                    if (value instanceof VariableReference ref) {
                        if (variables.containsKey(ref.getName())) {
                            return number(variables.get(ref.getName()));
                        }
                        break;
                    }
                    return number(value);
                }
            }
            GraphQLArgument declared = definition.getArgument(name);
            InputValueWithState fallback = declared == null ? null : declared.getArgumentDefaultValue();
            return fallback == null || !fallback.isSet() ? null : number(fallback.getValue());
        }

        private GraphQLCompositeType typeOf(TypeName condition, GraphQLCompositeType otherwise) {
            return condition == null ? otherwise : (GraphQLCompositeType) schema.getType(condition.getName());
        }
    }

    private static Long number(Object value) {
        return switch (value) {
            case IntValue literal -> cap(literal.getValue());
            case BigInteger big -> cap(big);
            case Number n -> Math.min(n.longValue(), CAP);
            case null, default -> null;
        };
    }

    private static long cap(BigInteger value) {
        return value.bitLength() < 32 ? value.longValue() : value.signum() * CAP;
    }

    private static Long integer(GraphQLAppliedDirective directive, String argument) {
        return directive == null || directive.getArgument(argument) == null ? null
                : number((Object) directive.getArgument(argument).getValue());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(GraphQLAppliedDirective directive, String argument) {
        Object value = directive.getArgument(argument) == null ? null : directive.getArgument(argument).getValue();
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static long add(long a, long b) {
        return Math.min(CAP, a + b);
    }

    private static long times(long a, long b) {
        return Math.min(CAP, a * b);
    }
}
