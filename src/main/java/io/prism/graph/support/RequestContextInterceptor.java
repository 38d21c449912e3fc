package io.prism.graph.support;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import io.prism.data.Database;
import io.prism.error.ErrorCode;
import io.prism.service.RequestContext;
import io.prism.tenancy.Principal;
import io.prism.web.CorrelationIdFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Opens the request scope of every GraphQL request: the authenticated principal (set by the authentication
 * filter) becomes a {@link RequestContext} in the GraphQL context, and its read transaction is closed when the
 * response is complete. On the way out every error gets an {@code extensions.code} from the service's taxonomy
 * (parse and validation errors become BAD_USER_INPUT) and the correlation id.
 */
@Component
public class RequestContextInterceptor implements WebGraphQlInterceptor {

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
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(RequestContext.KEY, ctx)).build());
        return chain.next(request)
                .map(response -> withCodes(response, correlationId))
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
            ErrorCode code = isClientError(e.getErrorType()) ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL;
            String message = code == ErrorCode.INTERNAL
                    ? "Internal error; quote the correlation id when reporting it" : e.getMessage();
            coded.add(GraphQlErrors.error(code, message, List.of(), correlationId)
                    .locations(e.getLocations()).path(e.getPath()).build());
        }
        return response.transform(b -> b.errors(coded));
    }

    private static boolean isClientError(ErrorClassification type) {
        if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError
                || type == ErrorType.OperationNotSupported) {
            return true;
        }
        if (type == null) {
            return false;
        }
        String name = type.toString();
        return name.equals("BAD_REQUEST") || name.equals("ValidationError") || name.equals("InvalidSyntax");
    }
}
