package io.prism.web;

import io.prism.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code prism.http.max-body-size} before any of it is held in memory: a
 * declared {@code Content-Length} over the limit is answered at once, unread; a chunked body is read up to the
 * limit and refused as soon as it passes it. The answer is HTTP 413 with code BAD_USER_INPUT and the limit in
 * {@code limitBytes}, as a GraphQL error on {@code /api/v1/graphql} and a problem document elsewhere. Runs before
 * authentication, so an oversized body costs no key lookup either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class BodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

    private final long limit;

    public BodyLimitFilter(HttpProperties properties) {
        this.limit = properties.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, declared + " bytes");
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(request, response, "more than " + limit + " bytes");
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        log.info("Refused a request body of {} to {} (limit {} bytes)", size, request.getRequestURI(), limit);
        FilterErrors.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                ErrorCode.BAD_USER_INPUT, "The request body is larger than the limit of " + limit + " bytes",
                Map.of("limitBytes", limit));
    }
}
