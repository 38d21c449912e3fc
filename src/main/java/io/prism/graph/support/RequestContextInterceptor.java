package io.prism.graph.support;

import com.netflix.graphql.types.errors.ErrorDetail;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import io.prism.audit.AuditTrail;
import io.prism.audit.Digests;
import io.prism.data.Database;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.gateway.OperationCost;
import io.prism.service.RequestContext;
import io.prism.service.UsageMeter;
import io.prism.tenancy.Principal;
import io.prism.web.CorrelationIdFilter;
import io.prism.web.rest.RestOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the request scope of every GraphQL request: the authenticated principal (set by the authentication
 * filter) becomes a {@link RequestContext} in the GraphQL context, and its read transaction is closed when the
 * response is complete, or its reads and writes are refused once the operation is cancelled. On the way out every
 * error gets an {@code extensions.code} from the service's taxonomy (parse and validation errors, and introspection
 * where it is turned off, become BAD_USER_INPUT) and the correlation id, and the operation is metered and logged.
 * Both doors pass through here (the REST facade runs its operations through the same handler), so codes, metering
 * and the log line are the same for the same operation whichever door it came through.
 */
@Component
public class RequestContextInterceptor implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestContextInterceptor.class);
    private static final Pattern INVALID_VARIABLE = Pattern.compile(
            "Variable '([A-Za-z_][A-Za-z0-9_]*)' has an invalid value: (?:Field '([A-Za-z_][A-Za-z0-9_]*)')?");
    /** graphql-java's message for a literal argument of the wrong type, naming its path ("input.expiresAt"). */
    private static final Pattern INVALID_LITERAL = Pattern.compile(
            "Validation error \\(WrongType@[^)]*\\) : argument '([A-Za-z_][A-Za-z0-9_.\\[\\]]*)' ");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Database database;
    private final UsageMeter meter;
    private final AuditTrail audit;

    public RequestContextInterceptor(Database database, UsageMeter meter, AuditTrail audit) {
        this.database = database;
        this.meter = meter;
        this.audit = audit;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Principal principal = (Principal) request.getAttributes().get(Principal.class.getName());
        String correlationId = (String) request.getAttributes().get(CorrelationIdFilter.ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("GraphQL request without an authenticated principal");
        }
        RequestContext ctx = new RequestContext(principal, correlationId, database, audit);
        boolean fullCostReport = "full".equalsIgnoreCase(request.getHeaders().getFirst(OperationCost.REPORT_HEADER));
        request.configureExecutionInput((input, builder) -> {
            ctx.cancelledWhen(input::isCancelled);
            ExecutionInput built = builder.graphQLContext(fullCostReport
                    ? Map.of(RequestContext.KEY, ctx, OperationCost.FULL_REPORT, true)
                    : Map.of(RequestContext.KEY, ctx)).build();
            describe(ctx, built);
            return built;
        });
        long start = System.nanoTime();
        return chain.next(request)
                .map(response -> withCodes(response, correlationId, request.getVariables()))
                .map(response -> refusalsAudited(response, ctx))
                .doOnNext(response -> answered(request, response, principal, start))
                .doFinally(signal -> ctx.close());
    }

    /**
     * Tells the request context which operation it serves, for its audit events: the door, the operation's name
     * (a REST route's id) and the SHA-256 of the RFC 8785 form of its document, operation name and variables.
     */
    private static void describe(RequestContext ctx, ExecutionInput input) {
        GraphQLContext context = input.getGraphQLContext();
        String door = context.hasKey(RestOperation.KEY) ? UsageMeter.Door.REST.name() : UsageMeter.Door.GRAPHQL.name();
        ctx.describeOperation(door, () -> context.getOrDefault(OperationCost.NAME, input.getOperationName()), () -> {
            Map<String, Object> request = new HashMap<>();
            request.put("query", input.getQuery());
            request.put("operationName", input.getOperationName());
            request.put("variables", input.getVariables());
            return Digests.canonicalHex(JSON.valueToTree(request));
        });
    }

    /**
     * Records in the caller's audit log that the operation was refused (a missing scope, a spent rate limit), once
     * per refusing code, before the answer leaves. When the audit log cannot be written, the answer is UNAVAILABLE
     * instead: a refusal is never left unrecorded.
     */
    private WebGraphQlResponse refusalsAudited(WebGraphQlResponse response, RequestContext ctx) {
        List<String> refusals = response.getErrors().stream()
                .map(e -> String.valueOf(e.getExtensions().get("code")))
                .filter(AuditTrail.AUDITED_REFUSALS::contains).distinct().toList();
        if (refusals.isEmpty()) {
            return response;
        }
        try {
            database.inTransaction(ctx.tenant(), false, dsl -> audit.append(dsl, ctx.tenant(), refusals.stream()
                    .map(ctx::refusal).toList()));
            return response;
        } catch (PrismException e) {
            GraphQLError unavailable = GraphQlErrors.error(e.code(), e.getMessage(), List.of(), ctx.correlationId())
                    .build();
            return response.transform(b -> b.data(null).errors(List.of(unavailable)));
        }
    }

    /**
     * What every answered operation leaves behind, the same for both doors since both come through here: one count
     * on the usage meter (not for the platform operator, who is not a tenant) and one log line whose key-value pairs
     * name the door, the operation, its cost, its error codes and its duration.
     */
    private void answered(WebGraphQlRequest request, WebGraphQlResponse response, Principal principal, long start) {
        GraphQLContext context = response.getExecutionInput().getGraphQLContext();
        UsageMeter.Door door = context.hasKey(RestOperation.KEY) ? UsageMeter.Door.REST : UsageMeter.Door.GRAPHQL;
        String operation = context.getOrDefault(OperationCost.NAME,
                request.getOperationName() == null ? "(anonymous)" : request.getOperationName());
        long units = charged(context);
        List<String> codes = response.getErrors().stream()
                .map(e -> String.valueOf(e.getExtensions().get("code"))).distinct().toList();
        if (!principal.operator()) {
            meter.record(principal.tenant(), operation, door, !codes.isEmpty(), units);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        log.atInfo().addKeyValue("door", door.name()).addKeyValue("operation", operation)
                .addKeyValue("costUnits", units).addKeyValue("errorCodes", String.join(",", codes))
                .addKeyValue("durationMs", ms)
                .log("{} operation {} answered in {} ms with {} error(s)", door, operation, ms, codes.size());
    }

    /**
     * The units an operation is charged: what the gateway settled once it finished (its root fields refused before
     * they ran are not charged), its cost when it was admitted and not settled (it is still running past its time
     * limit), and 0 when it was refused before it ran.
     */
    private static long charged(GraphQLContext context) {
        Long settled = context.get(OperationCost.CHARGED);
        if (settled != null) {
            return settled;
        }
        OperationCost cost = context.get(OperationCost.KEY);
        return cost != null && context.hasKey(OperationCost.ADMITTED) ? cost.cost() : 0;
    }

    private static WebGraphQlResponse withCodes(WebGraphQlResponse response, String correlationId,
                                                Map<String, Object> variables) {
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        if (errors.isEmpty()) {
            return response;
        }
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError e : errors) {
            Map<String, Object> ext = e.getExtensions();
            if (ext != null && ext.containsKey("code")) {
                coded.add(e);
                continue;
            }
            ErrorCode code = isClientError(e) ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL;
            if (code == ErrorCode.INTERNAL) {
                log.error("Unclassified GraphQL error {} ({}): {}", e.getClass().getName(), e.getErrorType(),
                        e.getMessage());
            }
            String message = code == ErrorCode.INTERNAL
                    ? "Internal error; quote the correlation id when reporting it" : e.getMessage();
            coded.add(GraphQlErrors.error(code, message, code == ErrorCode.BAD_USER_INPUT
                            ? inputField(message, variables) : List.of(), correlationId)
                    .locations(e.getLocations()).path(e.getPath()).build());
        }
        return response.transform(b -> b.errors(coded));
    }

    /**
     * The argument, variable or input field a parse, validation or coercion error is about, read from graphql-java's
     * message; empty for other errors. A literal of the wrong type names its argument path ("argument
     * 'input.expiresAt'" is {@code input.expiresAt}). A variable-coercion error names the variable and sometimes the
     * field ("Variable 'in' has an invalid value: Field 'materialId' ..." is {@code in.materialId}); when it names
     * only the variable, the field is the member of the variable's value that the message quotes as refused
     * ({@code got '…'}, as {@link DateTimeScalar} writes it).
     */
    static List<String> inputField(String message, Map<String, Object> variables) {
        String text = message == null ? "" : message;
        Matcher literal = INVALID_LITERAL.matcher(text);
        if (literal.lookingAt()) {
            return List.of(literal.group(1).split("\\."));
        }
        Matcher m = INVALID_VARIABLE.matcher(text);
        if (!m.lookingAt()) {
            return List.of();
        }
        if (m.group(2) != null) {
            return List.of(m.group(1), m.group(2));
        }
        List<String> field = new ArrayList<>(List.of(m.group(1)));
        Object value = variables == null ? null : variables.get(m.group(1));
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            refusedMember(value, text, field);
        }
        return field;
    }

    /** Appends to {@code path} the path within {@code value} of the string the message quotes as refused. */
    private static boolean refusedMember(Object value, String message, List<String> path) {
        if (value instanceof String s) {
            return message.contains("got '" + DateTimeScalar.quoted(s) + "'");
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                if (refusedMember(e.getValue(), message, path)) {
                    return true;
                }
                path.removeLast();
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(String.valueOf(i));
                if (refusedMember(list.get(i), message, path)) {
                    return true;
                }
                path.removeLast();
            }
        }
        return false;
    }

    /**
     * Parse, validation and variable-coercion errors are the client's, and so is an introspection query that
     * graphql-java refuses as not asked in good faith (a type's fields selected within its fields); everything else
     * is ours.
     */
    private static boolean isClientError(GraphQLError e) {
        if (e instanceof ValidationError || e instanceof InvalidSyntaxError
                || e instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return true;
        }
        ErrorClassification type = e.getErrorType();
        if (type instanceof ErrorDetail detail) {
            type = detail.getErrorType();
        }
        if (type == com.netflix.graphql.types.errors.ErrorType.BAD_REQUEST) {
            return true;
        }
        return type == ErrorType.InvalidSyntax
                || type == ErrorType.ValidationError || type == ErrorType.OperationNotSupported
                || (type != null && (type.toString().equals("BAD_REQUEST")
                        || type.toString().equals("IntrospectionDisabled")));
    }
}
