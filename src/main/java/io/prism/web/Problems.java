package io.prism.web;

import io.prism.error.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents: the REST form of the service's one error taxonomy. {@code code} is the GraphQL
 * {@code extensions.code} of the same failure, {@code field} the value at fault and {@code correlationId} the
 * request's id.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /**
     * One error of a problem: its code, its message, the field at fault (may be null) and further members that help
     * the caller recover (for example {@code suggestions}), as in the GraphQL error's extensions.
     */
    public record Issue(ErrorCode code, String detail, String field, Map<String, Object> details) {

        public Issue(ErrorCode code, String detail, String field) {
            this(code, detail, field, Map.of());
        }
    }

    /** The problem document of {@code issues}; the first issue decides the status and the title. */
    public static Map<String, Object> body(List<Issue> issues, String instance, String correlationId) {
        return body(issues.getFirst().code().httpStatus(), issues, instance, correlationId);
    }

    /**
     * The problem document of {@code issues} with an HTTP status of its own: for the few failures whose transport
     * status says more than their code's (a body over the size limit is BAD_USER_INPUT, answered with 413).
     */
    public static Map<String, Object> body(int status, List<Issue> issues, String instance, String correlationId) {
        Issue first = issues.getFirst();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:prism:problem:" + first.code().name());
        body.put("title", title(first.code()));
        body.put("status", status);
        body.put("detail", first.detail());
        body.put("instance", instance);
        body.put("code", first.code().name());
        body.put("field", first.field());
        body.put("correlationId", correlationId);
        first.details().forEach(body::putIfAbsent);
        if (issues.size() > 1) {
            body.put("errors", issues.stream().map(i -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("code", i.code().name());
                e.put("detail", i.detail());
                e.put("field", i.field());
                return e;
            }).toList());
        }
        return body;
    }

    /** Writes a one-issue problem as the whole response (for filters that answer before the MVC layer). */
    public static void write(HttpServletResponse response, ErrorCode code, String detail, String field,
                             String instance, String correlationId) throws IOException {
        write(response, code.httpStatus(), new Issue(code, detail, field), instance, correlationId);
    }

    /** Writes a one-issue problem with the given HTTP status as the whole response. */
    public static void write(HttpServletResponse response, int status, Issue issue, String instance,
                             String correlationId) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body(status, List.of(issue), instance, correlationId)));
    }

    /** The short, fixed summary of a kind of problem. */
    public static String title(ErrorCode code) {
        return switch (code) {
            case UNAUTHENTICATED -> "Authentication required";
            case FORBIDDEN -> "Not allowed";
            case NOT_FOUND -> "Not found";
            case BAD_USER_INPUT -> "Invalid request";
            case RATE_LIMITED -> "Rate limit exceeded";
            case BUDGET_EXCEEDED -> "Usage budget exceeded";
            case RESIDENCY_VIOLATION -> "Data residency violation";
            case UNAVAILABLE -> "Service unavailable";
            case INTERNAL -> "Internal error";
        };
    }
}
