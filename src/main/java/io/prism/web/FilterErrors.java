package io.prism.web;

import io.prism.error.ErrorCode;
import io.prism.web.Problems.Issue;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error answer of a servlet filter that refuses a request before the MVC layer (no key, a body over the limit,
 * a refused CORS preflight), or of a handler that writes its own body and fails before the first byte of it (the
 * audit log export), in the shape of the door it was meant for: on {@code /api/v1/graphql} a GraphQL
 * response whose one error carries {@code extensions.code}, the details and the correlation id; anywhere else an
 * RFC 9457 problem document with the same code. An error whose details say when to retry ({@code retryAfterSeconds})
 * also carries that as its Retry-After header.
 */
public final class FilterErrors {

    static final String GRAPHQL_PATH = "/api/v1/graphql";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterErrors() {
    }

    /**
     * Writes the whole response.
     *
     * @param status  the HTTP status; usually {@code code.httpStatus()}
     * @param details further entries for the client (for example the limit that was exceeded)
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code,
                             String message, Map<String, Object> details) throws IOException {
        String retryAfter = retryAfter(details);
        if (retryAfter != null && response.getHeader(HttpHeaders.RETRY_AFTER) == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        String correlationId = (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (correlationId == null) {
            // an error the container answered before the filters ran (for example a refused TRACE)
            correlationId = CorrelationIdFilter.id(request.getHeader(CorrelationIdFilter.HEADER));
            request.setAttribute(CorrelationIdFilter.ATTRIBUTE, correlationId);
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
        }
        String path = instance(request);
        if (!path.equals(GRAPHQL_PATH)) {
            Problems.write(response, status, new Issue(code, message, null, details), path, correlationId);
            return;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        details.forEach(extensions::putIfAbsent);
        extensions.put("correlationId", correlationId);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(error))));
    }

    /**
     * The Retry-After value of an error whose details say when to retry ({@code retryAfterSeconds}, whole seconds),
     * or null when they do not.
     */
    static String retryAfter(Map<String, ?> details) {
        return details != null && details.get("retryAfterSeconds") instanceof Number n && n.longValue() > 0
                ? Long.toString(n.longValue()) : null;
    }

    /**
     * The path the client asked for: the request's own, or in an error dispatch the one that failed (the error
     * page's path is no part of the answer).
     */
    static String instance(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return failed.substring(Math.min(failed.length(), request.getContextPath().length()));
        }
        return path(request);
    }

    /** The request's path within the application. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
