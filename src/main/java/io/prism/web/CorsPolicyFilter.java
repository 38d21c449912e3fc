package io.prism.web;

import io.prism.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-origin access to {@code /api/v1/**} from the browser pages of the origins in
 * {@code prism.http.cors.allowed-origins} (none by default: GraphiQL and Swagger UI are served by the service
 * itself and need no CORS). Runs before authentication, because a preflight carries no key.
 * <ul>
 *   <li>A preflight from an allowed origin, for GET or POST with at most the headers {@code Authorization},
 *       {@code Content-Type} and {@code X-Correlation-Id}, is answered here with the matching
 *       {@code Access-Control-*} headers; any other preflight gets 403 FORBIDDEN and no {@code Access-Control-*}
 *       header, so nothing about the allow-list shows.</li>
 *   <li>A request from an allowed origin gets {@code Access-Control-Allow-Origin} and exposes the correlation id
 *       and the rate-limit headers. A request from any other origin runs as it would without CORS but carries no
 *       {@code Access-Control-*} header, so the browser keeps the answer from the page. (Such a request cannot
 *       carry a key without a preflight, and a proxy that rewrites the scheme must not break same-origin pages.)</li>
 * </ul>
 * Keys are bearer tokens, never cookies, so credentials are not allowed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class CorsPolicyFilter extends OncePerRequestFilter {

    static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", CorrelationIdFilter.HEADER);
    static final List<String> EXPOSED_HEADERS = List.of(CorrelationIdFilter.HEADER, "RateLimit-Limit",
            "RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Limit", "X-RateLimit-Remaining",
            "X-RateLimit-Reset", "Retry-After");

    private final CorsConfiguration config = new CorsConfiguration();

    public CorsPolicyFilter(HttpProperties properties) {
        config.setAllowedOriginPatterns(properties.cors().allowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST"));
        config.setAllowedHeaders(ALLOWED_HEADERS);
        config.setExposedHeaders(EXPOSED_HEADERS);
        config.setMaxAge(properties.cors().maxAge());
        config.setAllowCredentials(false);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !FilterErrors.path(request).startsWith("/api/v1/") || request.getHeader(HttpHeaders.ORIGIN) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = config.checkOrigin(request.getHeader(HttpHeaders.ORIGIN));
        String requestedMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (HttpMethod.OPTIONS.matches(request.getMethod()) && requestedMethod != null) {
            preflight(request, response, origin, requestedMethod);
            return;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (origin != null) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", EXPOSED_HEADERS));
        }
        chain.doFilter(request, response);
    }

    private void preflight(HttpServletRequest request, HttpServletResponse response, String origin,
                           String requestedMethod) throws IOException {
        response.addHeader(HttpHeaders.VARY, String.join(", ", HttpHeaders.ORIGIN,
                HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
        List<HttpMethod> methods = config.checkHttpMethod(HttpMethod.valueOf(requestedMethod));
        List<String> requested = requestedHeaders(request);
        List<String> headers = config.checkHeaders(requested);
        if (origin == null || methods == null || headers == null || headers.size() != requested.size()) {
            FilterErrors.write(request, response, ErrorCode.FORBIDDEN.httpStatus(), ErrorCode.FORBIDDEN,
                    "This cross-origin request is not allowed", Map.of());
            return;
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                String.join(", ", methods.stream().map(HttpMethod::name).toList()));
        if (!headers.isEmpty()) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", headers));
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, String.valueOf(config.getMaxAge()));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static List<String> requestedHeaders(HttpServletRequest request) {
        return Collections.list(request.getHeaders(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS)).stream()
                .flatMap(value -> List.of(value.split(",")).stream()).map(String::trim)
                .filter(name -> !name.isEmpty()).toList();
    }
}
