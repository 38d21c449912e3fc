package io.prism.graph.support;

import com.netflix.graphql.types.errors.ErrorDetail;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.validation.ValidationError;
import io.prism.data.Database;
import io.prism.error.ErrorCode;
import io.prism.service.RequestContext;
import io.prism.tenancy.Principal;
import io.prism.web.CorrelationIdFilter;
import java.util.ArrayList;
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

/**
 * Opens the request scope of every GraphQL request: the authenticated principal (set by the authentication
 * filter) becomes a {@link RequestContext} in the GraphQL context, and its read transaction is closed when the
 * response is complete, or its reads and writes are refused once the operation is cancelled. On the way out every
 * error gets an {@code extensions.code} from the service's taxonomy (parse and validation errors, and introspection
 * where it is turned off, become BAD_USER_INPUT) and the correlation id.
 */
@Component
public class RequestContextInterceptor implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestContextInterceptor.class);
    private static final Pattern INVALID_VARIABLE = Pattern.compile(
            "Variable '([A-Za-z_][A-Za-z0-9_]*)' has an invalid value: (?:Field '([A-Za-z_][A-Za-z0-9_]*)')?");

    private final Database database;

    public RequestContextInterceptor(Database database) {
        this.database = database;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Principal principal = (Principal) request.getAttributes().get(Principal.class.getName());
        String correlationId = (String) request.getAttributes().get(CorrelationIdFilter.ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("GraphQL request without an authenticated principal");
        }
        RequestContext ctx = new RequestContext(principal, correlationId, database);
        request.configureExecutionInput((input, builder) -> {
            ctx.cancelledWhen(input::isCancelled);
            return builder.graphQLContext(Map.of(RequestContext.KEY, ctx)).build();
        });
        long start = System.nanoTime();
        return chain.next(request)
                .map(response -> withCodes(response, correlationId))
                .doOnNext(response -> log.info("GraphQL operation {} answered in {} ms with {} error(s)",
                        request.getOperationName() == null ? "(anonymous)" : request.getOperationName(),
                        (System.nanoTime() - start) / 1_000_000, response.getErrors().size()))
                .doFinally(signal -> ctx.close());
    }

    private static WebGraphQlResponse withCodes(WebGraphQlResponse response, String correlationId) {
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
            coded.add(GraphQlErrors.error(code, message, code == ErrorCode.BAD_USER_INPUT ? variableField(message)
                            : List.of(), correlationId)
                    .locations(e.getLocations()).path(e.getPath()).build());
        }
        return response.transform(b -> b.errors(coded));
    }

    /**
     * The variable (and input field) a variable-coercion error is about, read from graphql-java's message ("Variable
     * 'in' has an invalid value: Field 'materialId' ..." is {@code in.materialId}); empty for other errors.
     */
    static List<String> variableField(String message) {
        Matcher m = INVALID_VARIABLE.matcher(message == null ? "" : message);
        if (!m.lookingAt()) {
            return List.of();
        }
        return m.group(2) == null ? List.of(m.group(1)) : List.of(m.group(1), m.group(2));
    }

    /** Parse, validation and variable-coercion errors are the client's; everything else is ours. */
    private static boolean isClientError(GraphQLError e) {
        if (e instanceof ValidationError || e instanceof InvalidSyntaxError) {
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
