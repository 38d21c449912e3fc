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

    /**
     * The issue of an HTTP error status that the servlet container or the MVC layer chose rather than the service (no
     * route, a method or media type the route does not take, a request the container could not parse): its code in
     * the taxonomy and a plain detail. A 4xx status without a code of its own, and 501 (a method the server does not
     * implement), is BAD_USER_INPUT, since the request is at fault; the status itself is kept.
     *
     * @param method the request's method, or null when it is not known
     * @param allow  the methods the path takes (the {@code Allow} header), or null
     */
    public static Issue ofStatus(int status, String method, String allow) {
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 400 && status < 500 || status == 501 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL;
        };
        String the = method == null ? "this method" : "the method " + method;
        String detail = switch (status) {
            case 400 -> "The request is malformed";
            case 404 -> "Nothing is served at this path";
            case 405 -> "This path does not take " + the + (allow == null || allow.isEmpty() ? ""
                    : "; it takes " + allow);
            case 406 -> "No answer in a media type the Accept header allows; the service answers JSON";
            case 413 -> "The request is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "The request's Content-Type is not supported; send application/json";
            case 501 -> "The server does not implement " + the;
            case 503 -> "The service is unavailable; retry later";
            default -> code == ErrorCode.INTERNAL ? "Internal error; quote the correlation id when reporting it"
                    : "The request was refused (HTTP " + status + ")";
        };
        return new Issue(code, detail, null);
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
