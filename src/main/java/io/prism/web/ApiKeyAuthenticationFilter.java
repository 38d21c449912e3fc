package io.prism.web;

import io.prism.audit.AuditEvent;
import io.prism.audit.AuditTrail;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.gateway.TrustedDocuments;
import io.prism.service.AccountService;
import io.prism.tenancy.Principal;
import io.prism.tenancy.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
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
 * missing, malformed, unknown, revoked or expired key gets HTTP 401, and so do ambiguous credentials (two
 * {@code Authorization} headers, or one carrying two credentials, whatever either holds): on the GraphQL endpoint
 * a GraphQL-shaped error body whose {@code extensions.code} is UNAUTHENTICATED, on REST routes a problem document
 * with that code.
 * Each such failure is charged to the request's source ({@link AuthFailureLimiter}); a source that has failed too
 * often gets HTTP 429 RATE_LIMITED with {@code Retry-After}, in the same two shapes, before its key is looked up.
 * A key that cannot be looked up because the database is unreachable gets HTTP 503 UNAVAILABLE with
 * {@code Retry-After}, never 401. On success the principal is a request attribute and the tenant id joins the log
 * context (MDC key {@code tenantId}). The key itself is never logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String MDC_TENANT = "tenantId";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final AccountService accounts;
    private final AuthFailureLimiter failures;
    private final AuditTrail audit;

    public ApiKeyAuthenticationFilter(AccountService accounts, AuthFailureLimiter failures, AuditTrail audit) {
        this.accounts = accounts;
        this.failures = failures;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/v1/") || path.equals("/api/v1/schema.graphqls")
                || path.equals("/api/v1/openapi.json") || path.equals(TrustedDocuments.MANIFEST_PATH)
                || path.equals("/api/v1/docs")
                || path.startsWith("/api/v1/docs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String source = failures.source(request);
        long retryAfter = failures.retryAfterSeconds(source);
        if (retryAfter > 0) {
            log.info("Refused request to {} from {}: too many failed authentications", request.getRequestURI(),
                    source);
            response.setHeader("Retry-After", Long.toString(retryAfter));
            writeError(request, response, ErrorCode.RATE_LIMITED, "Too many failed authentications from this "
                    + "address; retry after " + retryAfter + " s");
            return;
        }
        List<String> headers = Collections.list(request.getHeaders("Authorization"));
        Principal principal;
        try {
            if (headers.size() > 1) {
                throw new PrismException(ErrorCode.UNAUTHENTICATED, "The request carries " + headers.size()
                        + " Authorization headers; send exactly one: Authorization: Bearer <key>", List.of());
            }
            String header = headers.isEmpty() ? null : headers.getFirst();
            if (header == null || header.isBlank()) {
                throw new PrismException(ErrorCode.UNAUTHENTICATED,
                        "An API key is required: send Authorization: Bearer <key>", List.of());
            }
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new PrismException(ErrorCode.UNAUTHENTICATED,
                        "The Authorization header must use the Bearer scheme: Authorization: Bearer <key>",
                        List.of());
            }
            String token = header.substring(BEARER.length()).trim();
            if (token.indexOf(',') >= 0) {
                throw new PrismException(ErrorCode.UNAUTHENTICATED, "The Authorization header carries more than "
                        + "one credential; send exactly one key: Authorization: Bearer <key>", List.of());
            }
            principal = accounts.authenticate(token);
        } catch (PrismException e) {
            if (e.code() != ErrorCode.UNAUTHENTICATED) {
                // the key could not be looked up (the database is unreachable: UNAVAILABLE with Retry-After)
                FilterErrors.write(request, response, e.code().httpStatus(), e.code(), e.getMessage(), e.details());
                return;
            }
            log.info("Rejected request to {}: {}", request.getRequestURI(), e.getMessage());
            failures.failed(source);
            try {
                auditFailure(request);
            } catch (PrismException unaudited) {
                FilterErrors.write(request, response, unaudited.code().httpStatus(), unaudited.code(),
                        unaudited.getMessage(), unaudited.details());
                return;
            }
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

    /**
     * Records a failed authentication in the platform's audit log: who is unknown, so the event names no actor and
     * nothing of the credential presented, only the request's correlation id and door.
     */
    private void auditFailure(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String door = path.equals("/api/v1/graphql") ? "GRAPHQL" : "REST";
        audit.record(TenantId.GLOBAL, new AuditTrail.Entry(AuditEvent.Actor.ANONYMOUS, "auth.failed", null, null,
                AuditEvent.Outcome.REFUSED, ErrorCode.UNAUTHENTICATED.name(),
                (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE), door, null, null, null, null, null, null));
    }

    private static void writeError(HttpServletRequest request, HttpServletResponse response, ErrorCode code,
                                   String message) throws IOException {
        FilterErrors.write(request, response, code.httpStatus(), code, message, Map.of());
    }
}
