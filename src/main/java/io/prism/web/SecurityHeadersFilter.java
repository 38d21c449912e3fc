package io.prism.web;

import io.prism.web.report.HtmlReport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the security headers on every response, before anything else can answer (an authentication failure or a
 * refused body carries them too): HSTS, {@code nosniff}, no framing, no referrer, and a Content-Security-Policy per
 * page. API answers get a policy that allows nothing; the GraphiQL page and the Swagger UI page each get one that
 * allows exactly their own scripts, styles and images from the service itself and calls to it, and no inline
 * script or style; a compliance report allows its one inline style sheet by its hash, and nothing else. API
 * answers, which carry tenant data, are never stored by caches; the pages' static assets and the public documents
 * keep the caching their handlers give them. Error dispatches are covered as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** Policy of every answer that is not one of the two pages: JSON, problem documents, assets. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** GraphiQL: its scripts and styles from the service, icons as data: URIs, queries to the service. */
    static final String GRAPHIQL_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";
    /** Swagger UI: its bundle and styles from the service, icons as data: URIs, the document and "try it out". */
    static final String SWAGGER_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    private static final Set<String> GRAPHIQL_PAGE = Set.of("/graphiql", "/graphiql/");
    private static final Set<String> SWAGGER_PAGE = Set.of("/api/v1/docs", "/api/v1/docs/");
    private static final Set<String> DOCUMENTS = Set.of("/api/v1/openapi.json", "/api/v1/schema.graphqls");
    /** The compliance reports, whose HTML pages carry one inline style sheet, allowed by its hash. */
    private static final String REPORTS = "/api/v1/compliance/report/";
    private static final String[] ASSET_FOLDERS = {"/webjars/", "/graphiql/", "/api/v1/docs/"};

    private final String hsts;

    public SecurityHeadersFilter(HttpProperties properties) {
        this.hsts = properties.hsts().header();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(response, FilterErrors.path(request));
        chain.doFilter(request, response);
    }

    /** Sets the headers for an answer to {@code path} (also for answers the servlet container gives itself). */
    void apply(HttpServletResponse response, String path) {
        response.setHeader("Content-Security-Policy", policy(path));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (hsts != null) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        if (!cacheable(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static String policy(String path) {
        if (GRAPHIQL_PAGE.contains(path)) {
            return GRAPHIQL_POLICY;
        }
        if (path.startsWith(REPORTS)) {
            return HtmlReport.POLICY;
        }
        return SWAGGER_PAGE.contains(path) ? SWAGGER_POLICY : API_POLICY;
    }

    /** The pages' static assets and the public documents; everything else is an answer not to be stored. */
    private static boolean cacheable(String path) {
        if (DOCUMENTS.contains(path)) {
            return true;
        }
        if (GRAPHIQL_PAGE.contains(path) || SWAGGER_PAGE.contains(path)) {
            return false;
        }
        for (String folder : ASSET_FOLDERS) {
            if (path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }
}
