package io.prism.web;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import io.prism.error.ErrorCode;
import io.prism.gateway.TrustedDocumentsInterceptor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accepts persisted document requests on the GraphQL endpoint: a JSON body that names a trusted document by
 * {@code documentId} instead of sending its text in {@code query} (the GraphQL-over-HTTP persisted documents
 * convention). The GraphQL HTTP handler requires a {@code query}, so this filter moves {@code documentId} into a
 * request attribute and puts graphql-java's persisted-query placeholder in {@code query}, the form in which the
 * handler already passes Apollo's {@code extensions.persistedQuery} requests on; {@link TrustedDocumentsInterceptor}
 * then resolves the id, or refuses it. Every other body reaches the handler byte for byte, except the JSON literal
 * {@code null}, which the handler would fail on as a server error: it is refused here with BAD_USER_INPUT (any other
 * JSON that is not an object the handler refuses itself). It runs after authentication, so no unauthenticated body
 * is read here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class PersistedDocumentFilter extends OncePerRequestFilter {

    private static final String GRAPHQL_PATH = "/api/v1/graphql";
    private static final String DOCUMENT_ID = "documentId";
    private static final byte[] DOCUMENT_ID_BYTES = ("\"" + DOCUMENT_ID + "\"").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.equals(GRAPHQL_PATH) || !json(request.getContentType());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int declared = request.getContentLength();
        byte[] body = declared >= 0 ? request.getInputStream().readNBytes(declared)
                : request.getInputStream().readAllBytes();
        if (jsonNull(body)) {
            FilterErrors.write(request, response, ErrorCode.BAD_USER_INPUT.httpStatus(), ErrorCode.BAD_USER_INPUT,
                    "The body must be a JSON object with the member query (or documentId), not null", Map.of());
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, persistedDocument(request, body)), response);
    }

    /** Whether the body is the JSON literal {@code null}, with any whitespace around it. */
    static boolean jsonNull(byte[] body) {
        int start = 0;
        int end = body.length;
        while (start < end && whitespace(body[start])) {
            start++;
        }
        while (end > start && whitespace(body[end - 1])) {
            end--;
        }
        return end - start == NULL.length && Arrays.equals(body, start, end, NULL, 0, NULL.length);
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** The body the handler gets: the same bytes, or for a persisted document request the rewritten request. */
    private static byte[] persistedDocument(HttpServletRequest request, byte[] body) {
        if (!mentionsDocumentId(body)) {
            return body;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            return body;
        }
        if (!(tree instanceof ObjectNode object) || !object.hasNonNull(DOCUMENT_ID)) {
            return body;
        }
        request.setAttribute(TrustedDocumentsInterceptor.DOCUMENT_ID,
                JSON.treeToValue(object.remove(DOCUMENT_ID), Object.class));
        if (!object.hasNonNull("query")) {
            object.put("query", PersistedQuerySupport.PERSISTED_QUERY_MARKER);
        }
        return JSON.writeValueAsBytes(object);
    }

    /**
     * Whether the body contains the member name {@code documentId} at all, as raw bytes: most bodies do not, and
     * need not be parsed here (the GraphQL handler parses them). JSON may spell the name with escapes, so a body
     * that escapes it is treated as an ordinary request and fails there for want of a {@code query}.
     */
    static boolean mentionsDocumentId(byte[] body) {
        byte[] name = DOCUMENT_ID_BYTES;
        outer:
        for (int i = 0, last = body.length - name.length; i <= last; i++) {
            for (int j = 0; j < name.length; j++) {
                if (body[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean json(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
