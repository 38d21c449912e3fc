package io.prism.web;

import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.service.AccountService;
import io.prism.tenancy.Principal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the API: {@code Authorization: Bearer <key>} is required on {@code /api/v1/graphql} and every
 * REST facade route (the public documents, the schema, the OpenAPI document and its Swagger UI, need none). A
 * missing, malformed, unknown, revoked or expired key gets HTTP 401: on the GraphQL endpoint a GraphQL-shaped
 * error body whose {@code extensions.code} is UNAUTHENTICATED, on REST routes a problem document with that code. On
 * success the principal is a request attribute and the tenant id joins the log context (MDC key {@code tenantId}). The key
 * itself is never logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String MDC_TENANT = "tenantId";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final AccountService accounts;

    public ApiKeyAuthenticationFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/v1/") || path.equals("/api/v1/schema.graphqls")
                || path.equals("/api/v1/openapi.json") || path.equals("/api/v1/docs")
                || path.startsWith("/api/v1/docs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        Principal principal;
        try {
            if (header == null || header.isBlank()) {
                throw new PrismException(ErrorCode.UNAUTHENTICATED,
                        "An API key is required: send Authorization: Bearer <key>", List.of());
            }
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new PrismException(ErrorCode.UNAUTHENTICATED,
                        "The Authorization header must use the Bearer scheme: Authorization: Bearer <key>",
                        List.of());
            }
            principal = accounts.authenticate(header.substring(BEARER.length()).trim());
        } catch (PrismException e) {
            if (e.code() != ErrorCode.UNAUTHENTICATED) {
                writeError(request, response, e.code(), e.getMessage());
                return;
            }
            log.info("Rejected request to {}: {}", request.getRequestURI(), e.getMessage());
            response.setHeader("WWW-Authenticate", "Bearer realm=\"prism\"");
            writeError(request, response, ErrorCode.UNAUTHENTICATED, e.getMessage());
            return;
        }
        request.setAttribute(Principal.class.getName(), principal);
        MDC.put(MDC_TENANT, principal.tenant().toString());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_TENANT);
        }
    }

    private static void writeError(HttpServletRequest request, HttpServletResponse response, ErrorCode code,
                                   String message) throws IOException {
        FilterErrors.write(request, response, code.httpStatus(), code, message, Map.of());
    }
}
