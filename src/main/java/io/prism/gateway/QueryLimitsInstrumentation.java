package io.prism.gateway;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.graph.support.GraphQlErrors;
import io.prism.service.RequestContext;
import io.prism.web.rest.RestOperation;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Applies the query limits to every GraphQL operation, on both doors (the REST facade runs its operations through
 * the same executor), at the earliest point each can be known:
 * <ol>
 *   <li>the document's size, before it is parsed;</li>
 *   <li>its tokens, while it is parsed (graphql-java's parser stops past {@code max-tokens});</li>
 *   <li>depth, aliases, root fields and cost, once the document is validated and its variables coerced, before
 *       any data fetcher runs. The figures are stored in the GraphQL context under {@link OperationCost#KEY}, then
 *       every {@link AdmissionCheck} bean is asked, in order.</li>
 * </ol>
 * A refusal is an error with {@code extensions.code} BAD_USER_INPUT (or the admission check's code), the limit, its
 * maximum, the actual figure and the report; nothing of the operation has run. Every measured answer carries its
 * cost in units in {@code extensions.cost}, and the whole report when the request asks for it
 * ({@link OperationCost#REPORT_HEADER}). Once an admitted operation has finished it is settled: what it is charged
 * in the end, without its root fields refused before they ran, goes under {@link OperationCost#CHARGED} and to every
 * admission check. In measure-only mode the figures are computed, logged, counted and reported, and nothing is
 * refused. With {@code prism.query-limits.enabled=false} the bean does not exist (a baseline for
 * measuring the gateway's overhead).
 */
@Component
@ConditionalOnProperty(name = "prism.query-limits.enabled", havingValue = "true", matchIfMissing = true)
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger log = LoggerFactory.getLogger(QueryLimitsInstrumentation.class);
    private static final String PREFIX = QueryLimitsInstrumentation.class.getName();
    private static final String DOCUMENT_BYTES = PREFIX + ".documentBytes";
    private static final String TOKENS_EXCEEDED = PREFIX + ".tokensExceeded";
    private static final String REPORT = PREFIX + ".report";
    private static final int NAMES_IN_ANONYMOUS = 5;

    private final QueryLimits limits;
    private final CostCalculator calculator;
    private final ParserOptions parserOptions;
    private final ObjectProvider<AdmissionCheck> admissionCheckBeans;
    /** The admission checks in order, looked up once on first use (not on every operation). */
    private volatile List<AdmissionCheck> admissionChecks;
    private final CostMetrics metrics;

    public QueryLimitsInstrumentation(QueryLimitsProperties properties, ObjectProvider<AdmissionCheck> admissionChecks,
                                      CostMetrics metrics) {
        this.limits = new QueryLimits(properties);
        this.calculator = new CostCalculator(properties.defaultListSize());
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(properties.maxTokens()));
        this.admissionCheckBeans = admissionChecks;
        this.metrics = metrics;
    }

    /** Refuses an oversized document before it is parsed, and sets the parser's token limit. */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        GraphQLContext context = input.getGraphQLContext();
        int bytes = input.getQuery().getBytes(StandardCharsets.UTF_8).length;
        context.put(DOCUMENT_BYTES, bytes);
        if (!limits.measureOnly()) {
            context.put(ParserOptions.class, parserOptions);
            if (bytes > limits.maximum(Limit.DOCUMENT_BYTES)) {
                QueryLimits.Exceeded exceeded = new QueryLimits.Exceeded(Limit.DOCUMENT_BYTES,
                        limits.maximum(Limit.DOCUMENT_BYTES), bytes);
                throw refusal(List.of(exceeded), null, context, operationName(context, input.getOperationName()));
            }
        }
        return input;
    }

    /** Notes when the parser gave up on the token limit, so that the answer can say which limit it was. */
    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        GraphQLContext context = parameters.getGraphQLContext();
        return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
            if (failure instanceof ParseCancelledException && !limits.measureOnly()) {
                context.put(TOKENS_EXCEEDED, true);
            }
        });
    }

    /** Measures the validated operation, applies the limits, then the admission checks; before any fetcher. */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        GraphQLContext context = execution.getGraphQLContext();
        OperationDefinition operation = execution.getOperationDefinition();
        CostCalculator.Figures figures = calculator.measure(execution.getGraphQLSchema(), operation,
                execution.getFragmentsByName(), execution.getCoercedVariables().toMap());
        OperationCost cost = new OperationCost(operationName(context, operation), figures.cost(), figures.depth(),
                figures.aliases(), figures.rootFields(), context.getOrDefault(DOCUMENT_BYTES, 0));
        List<QueryLimits.Exceeded> exceeded = limits.exceeded(cost);
        Map<String, Object> report = limits.report(cost, exceeded);
        context.put(OperationCost.KEY, cost);
        context.put(OperationCost.NAME, graphQlName(operation));
        context.put(REPORT, report);
        metrics.cost(context.hasKey(RestOperation.KEY) ? "rest" : "graphql", cost.cost());
        if (!exceeded.isEmpty()) {
            if (!limits.measureOnly()) {
                throw refusal(exceeded, report, context, cost.operation());
            }
            exceeded.forEach(e -> metrics.exceeded(e.limit(), false));
            log.info("Operation {} exceeds {} (measure-only: not rejected)", cost.operation(), describe(exceeded));
        }
        log.debug("Operation {} measured: {}", cost.operation(), report);
        admit(cost, context);
        context.put(OperationCost.ADMITTED, true);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> settle(execution, cost, result));
    }

    /**
     * Once an admitted operation has finished: what it is charged in the end, stored under
     * {@link OperationCost#CHARGED} and told to every admission check. A root field that a refusal stopped before it
     * ran ({@link #refusedRootFields}) is not charged; an operation whose every root field was refused is charged
     * nothing. An operation that failed as a whole after it started is charged its cost.
     */
    private void settle(ExecutionContext execution, OperationCost cost, ExecutionResult result) {
        GraphQLContext context = execution.getGraphQLContext();
        Set<String> refused = result == null ? Set.of() : refusedRootFields(result);
        long charged = cost.cost();
        if (!refused.isEmpty()) {
            Map<String, Integer> roots = calculator.rootCosts(execution.getGraphQLSchema(),
                    execution.getOperationDefinition(), execution.getFragmentsByName(),
                    execution.getCoercedVariables().toMap());
            long refusedUnits = refused.stream().mapToLong(key -> roots.getOrDefault(key, 0)).sum();
            charged = refused.containsAll(roots.keySet()) ? 0 : Math.max(0, charged - refusedUnits);
            log.debug("Operation {}: root fields {} refused before they ran; charged {} of {} units",
                    cost.operation(), refused, charged, cost.cost());
        }
        context.put(OperationCost.CHARGED, charged);
        for (AdmissionCheck check : admissionChecks()) {
            try {
                check.settle(cost, charged, context);
            } catch (RuntimeException e) {
                log.error("Admission check {} failed to settle operation {}", check.getClass().getName(),
                        cost.operation(), e);
            }
        }
    }

    /**
     * The answer keys of the root fields a refusal stopped: the field answered null with an error on the field
     * itself (not on a field below it) whose code is a refusal (BAD_USER_INPUT, FORBIDDEN, ...; see
     * {@link ErrorCode#refusal()}). Such a field was refused by its own checks before it read or wrote anything.
     */
    static Set<String> refusedRootFields(ExecutionResult result) {
        Map<String, Object> data = result.getData();
        Set<String> refused = new HashSet<>();
        for (GraphQLError error : result.getErrors()) {
            List<Object> path = error.getPath();
            Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
            if (path == null || path.size() != 1 || !(path.getFirst() instanceof String key)
                    || !ErrorCode.of(code).refusal()) {
                continue;
            }
            if (data == null || data.get(key) == null) {
                refused.add(key);
            }
        }
        return refused;
    }

    private List<AdmissionCheck> admissionChecks() {
        List<AdmissionCheck> checks = admissionChecks;
        if (checks == null) {
            checks = admissionCheckBeans.orderedStream().toList();
            admissionChecks = checks;
        }
        return checks;
    }

    /** Adds the cost (or the whole report) to the answer, and names the token limit when the parser gave up on it. */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        GraphQLContext context = parameters.getGraphQLContext();
        Map<String, Object> report = context.get(REPORT);
        ExecutionResult answer = result;
        if (context.getBoolean(TOKENS_EXCEEDED, false)) {
            int maximum = limits.maximum(Limit.TOKENS);
            answer = refusal(List.of(new QueryLimits.Exceeded(Limit.TOKENS, maximum, maximum + 1)), null, context,
                    operationName(context, parameters.getExecutionInput().getOperationName())).toExecutionResult();
        } else if (report != null) {
            // the REST facade turns the whole report into its headers; its answers carry no extensions
            boolean full = context.hasKey(OperationCost.FULL_REPORT) || context.hasKey(RestOperation.KEY);
            Map<String, Object> shown = full ? report : QueryLimits.compact(report);
            answer = result.transform(builder -> builder.addExtension("cost", shown));
        }
        return CompletableFuture.completedFuture(answer);
    }

    private void admit(OperationCost cost, GraphQLContext context) {
        for (AdmissionCheck check : admissionChecks()) {
            try {
                check.admit(cost, context);
            } catch (PrismException e) {
                log.info("Operation {} refused by {}: {} {}", cost.operation(), check.getClass().getSimpleName(),
                        e.code(), e.getMessage());
                throw new AbortExecutionException(List.of(GraphQlErrors.error(e.code(), e.getMessage(), e.field(),
                        e.details(), correlationId(context)).build()));
            } catch (RuntimeException e) {
                log.error("Admission check {} failed on operation {}", check.getClass().getName(), cost.operation(), e);
                throw new AbortExecutionException(List.of(GraphQlErrors.error(ErrorCode.INTERNAL,
                        "Internal error; quote the correlation id when reporting it", List.of(),
                        correlationId(context)).build()));
            }
        }
    }

    /** The rejection of an operation over its limits: one coded error per limit exceeded, each with the figures. */
    private AbortExecutionException refusal(List<QueryLimits.Exceeded> exceeded, Map<String, Object> report,
                                            GraphQLContext context, String operation) {
        exceeded.forEach(e -> metrics.exceeded(e.limit(), true));
        log.info("Operation {} rejected: {}", operation, describe(exceeded));
        String correlationId = correlationId(context);
        List<GraphQLError> errors = exceeded.stream()
                .map(e -> (GraphQLError) GraphQlErrors.error(ErrorCode.BAD_USER_INPUT, e.message(), List.of(),
                        e.details(report), correlationId).build())
                .toList();
        return new AbortExecutionException(errors);
    }

    private static String describe(List<QueryLimits.Exceeded> exceeded) {
        return exceeded.stream().map(e -> e.limit().key() + " " + e.actual() + " > " + e.maximum())
                .collect(Collectors.joining(", "));
    }

    private static String correlationId(GraphQLContext context) {
        RequestContext request = context.get(RequestContext.KEY);
        return request == null ? null : request.correlationId();
    }

    /**
     * What the operation is called: the REST route id when it came through the facade, otherwise its GraphQL name,
     * otherwise a stable description of an anonymous one ({@code anonymous query {material, tools}}).
     */
    private static String operationName(GraphQLContext context, OperationDefinition operation) {
        RestOperation route = context.get(RestOperation.KEY);
        return route != null ? route.id() : graphQlName(operation);
    }

    /** The operation's GraphQL name, or for an anonymous one its kind and root fields. */
    private static String graphQlName(OperationDefinition operation) {
        if (operation.getName() != null) {
            return operation.getName();
        }
        List<String> names = operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .map(Field::getName).distinct().sorted().toList();
        String shown = String.join(", ", names.subList(0, Math.min(names.size(), NAMES_IN_ANONYMOUS)));
        return "anonymous " + operation.getOperation().name().toLowerCase(Locale.ROOT) + " {" + shown
                + (names.size() > NAMES_IN_ANONYMOUS ? ", …}" : "}");
    }

    /** The name of an operation that was not parsed: the REST route id, the requested name, or "unparsed". */
    private static String operationName(GraphQLContext context, String requested) {
        RestOperation route = context.get(RestOperation.KEY);
        return route != null ? route.id() : requested != null ? requested : "(unparsed document)";
    }
}
