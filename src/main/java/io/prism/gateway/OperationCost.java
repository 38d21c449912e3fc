package io.prism.gateway;

/**
 * The static figures of one GraphQL operation, computed from its document and variables before any data fetcher
 * runs. It is stored in the GraphQL context under {@link #KEY}.
 *
 * <p>{@link QueryLimitsInstrumentation} computes it once the document is validated and the variables coerced, with
 * the weights and list sizes the schema declares ({@link CostCalculator}; docs/query-cost.md), checks it against
 * the query limits and then hands it to every {@link AdmissionCheck}. An anonymous operation is named by its root
 * fields, for example {@code anonymous query {material, tools}}. Figures saturate at {@link Integer#MAX_VALUE}.
 *
 * @param operation     the operation's name, or the route id when it came through the REST facade
 * @param cost          cost in units: the sum of field weights, multiplied by the sizes of the lists around them
 * @param depth         deepest field nesting (a root field is depth 1)
 * @param aliases       number of aliased fields
 * @param rootFields    number of fields selected at the root
 * @param documentBytes size of the query document in UTF-8 bytes
 */
public record OperationCost(String operation, int cost, int depth, int aliases, int rootFields, int documentBytes) {

    /** Key of the computed cost in the GraphQL context. */
    public static final String KEY = OperationCost.class.getName();

    /**
     * Key of the operation's GraphQL name in the GraphQL context (an anonymous one is named by its root fields),
     * the same whichever door it came through; set together with {@link #KEY}.
     */
    public static final String NAME = KEY + ".name";

    /**
     * The request header that asks for the whole cost report in {@code extensions.cost} of an accepted operation
     * (value {@code full}); without it the answer carries only the units, {@code {"cost": n}}. Refusals always
     * carry the whole report.
     */
    public static final String REPORT_HEADER = "Query-Cost-Report";

    /** Key in the GraphQL context that is present when the request asked for the whole report. */
    public static final String FULL_REPORT = KEY + ".fullReport";

    /** Key in the GraphQL context that is present once the operation passed its limits and admission checks. */
    public static final String ADMITTED = KEY + ".admitted";

    /**
     * Key in the GraphQL context of the units an admitted operation is charged in the end (a {@code Long}), set
     * once it has finished: its cost, less the cost of the root fields refused before they ran; 0 when all were.
     */
    public static final String CHARGED = KEY + ".charged";
}
