package io.prism.graph.support;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.Database;
import io.prism.data.FailFastDataSource;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.service.RequestContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one mapping from exceptions to GraphQL errors. A {@link PrismException} keeps its code, message and field;
 * anything else is logged with the correlation id and shown as INTERNAL without detail, so no class name or stack
 * trace reaches a client.
 */
@Component
public class GraphQlErrors implements DataFetcherExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters params) {
        Throwable e = params.getException();
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        DataFetchingEnvironment dfe = params.getDataFetchingEnvironment();
        RequestContext ctx = dfe.getGraphQlContext().get(RequestContext.KEY);
        String correlationId = ctx == null ? null : ctx.correlationId();
        GraphQLError error;
        if (!(e instanceof PrismException) && FailFastDataSource.connectionFailure(e) != null) {
            log.warn("Database connection lost in {}: {}", params.getPath(), e.getMessage());
            e = Database.unreachable();
        }
        if (e instanceof PrismException p) {
            error = error(p.code(), p.getMessage(), p.field(), p.details(), correlationId)
                    .path(params.getPath()).location(params.getSourceLocation()).build();
        } else {
            log.error("Unexpected failure in {}", params.getPath(), e);
            error = error(ErrorCode.INTERNAL, "Internal error; quote the correlation id when reporting it",
                    List.of(), correlationId).path(params.getPath()).location(params.getSourceLocation()).build();
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    /** An error with the service's extensions: code, correlation id and, for bad input, the field at fault. */
    public static GraphqlErrorBuilder<?> error(ErrorCode code, String message, List<String> field,
                                               String correlationId) {
        return error(code, message, field, Map.of(), correlationId);
    }

    /**
     * An error with the service's extensions and the exception's details as further entries (for example
     * {@code suggestions}). A detail never replaces {@code code}, {@code field} or {@code correlationId}.
     */
    public static GraphqlErrorBuilder<?> error(ErrorCode code, String message, List<String> field,
                                               Map<String, Object> details, String correlationId) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (!field.isEmpty()) {
            extensions.put("field", String.join(".", field));
        }
        details.forEach((key, value) -> {
            if (!key.equals("correlationId")) {
                extensions.putIfAbsent(key, value);
            }
        });
        if (correlationId != null) {
            extensions.put("correlationId", correlationId);
        }
        return GraphqlErrorBuilder.newError().message(message).extensions(extensions)
                .errorType(ErrorClassification.errorClassification(code.name()));
    }
}
