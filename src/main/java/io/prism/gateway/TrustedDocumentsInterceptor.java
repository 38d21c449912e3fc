package io.prism.gateway;

import graphql.ExecutionResult;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.graph.support.GraphQlErrors;
import io.prism.tenancy.Principal;
import io.prism.web.CorrelationIdFilter;
import io.prism.web.rest.RestOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The first step of every GraphQL request, on both doors: a request that references a trusted document (by
 * {@code documentId}, or by Apollo's {@code extensions.persistedQuery.sha256Hash}) continues with that document's
 * text, so the interceptors after this one, the instrumentation and the log see the real operation; and a tenant
 * whose {@code trustedDocumentsOnly} setting is on may run nothing else than a trusted document, referenced or sent
 * as its exact text. A refusal is answered here, before the document is parsed and before the request context
 * exists, so nothing of it runs; it is one GraphQL error with the service's code (NOT_FOUND for an unknown id,
 * BAD_USER_INPUT for a malformed one, FORBIDDEN for an untrusted document).
 *
 * <p>Spring for GraphQL reads an Apollo-style request without {@code query} with graphql-java's persisted-query
 * placeholder as its document; {@code PersistedDocumentFilter} does the same for {@code documentId} and leaves the
 * id in the {@link #DOCUMENT_ID} request attribute.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TrustedDocumentsInterceptor implements WebGraphQlInterceptor {

    /** Request attribute holding the {@code documentId} of a persisted document request, as the client sent it. */
    public static final String DOCUMENT_ID = TrustedDocumentsInterceptor.class.getName() + ".documentId";
    private static final Logger log = LoggerFactory.getLogger(TrustedDocumentsInterceptor.class);

    private final TrustedDocuments documents;

    public TrustedDocumentsInterceptor(TrustedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Principal principal = (Principal) request.getAttributes().get(Principal.class.getName());
        try {
            RestOperation referenced = referenced(request);
            if (referenced != null) {
                return chain.next(withDocument(request, referenced));
            }
            boolean restricted = principal != null && principal.trustedDocumentsOnly();
            if (restricted && !documents.registered(request.getDocument())) {
                throw new PrismException(ErrorCode.FORBIDDEN, "Tenant " + principal.tenantName() + " runs only "
                        + "trusted documents (setting trustedDocumentsOnly): send a registered operation by its "
                        + "documentId, or its exact registered text; they are listed at "
                        + TrustedDocuments.MANIFEST_PATH, List.of(), Map.of("setting", "trustedDocumentsOnly"));
            }
            return chain.next(request);
        } catch (PrismException e) {
            log.info("Refused GraphQL request ({}): {}", e.code(), e.getMessage());
            return Mono.just(refusal(request, e));
        }
    }

    /** The trusted document the request references instead of sending a text, or null when it sends a text. */
    private RestOperation referenced(WebGraphQlRequest request) {
        boolean placeholder = PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(request.getDocument());
        Object documentId = request.getAttributes().get(DOCUMENT_ID);
        if (documentId != null) {
            if (!placeholder) {
                throw PrismException.badInput("Send either query or documentId, not both", "documentId");
            }
            return documents.byDocumentId(documentId);
        }
        Object persistedQuery = request.getExtensions().get("persistedQuery");
        return placeholder && persistedQuery != null ? documents.byPersistedQuery(persistedQuery) : null;
    }

    /** The same request with the trusted document's text (and its operation name when the client gave none). */
    private static WebGraphQlRequest withDocument(WebGraphQlRequest request, RestOperation operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", operation.document());
        body.put("operationName", request.getOperationName() != null ? request.getOperationName()
                : operation.operationName());
        body.put("variables", request.getVariables());
        body.put("extensions", request.getExtensions());
        return new WebGraphQlRequest(request.getUri().toUri(), request.getHeaders(), request.getCookies(),
                request.getRemoteAddress(), request.getAttributes(), body, request.getId(), request.getLocale());
    }

    /** One GraphQL error and no data: the answer to a refused request. */
    private static WebGraphQlResponse refusal(WebGraphQlRequest request, PrismException e) {
        String correlationId = (String) request.getAttributes().get(CorrelationIdFilter.ATTRIBUTE);
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphQlErrors.error(e.code(), e.getMessage(), e.field(), e.details(), correlationId).build())
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
