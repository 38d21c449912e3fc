package io.prism.web;

import io.prism.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code Content-Type} that names no media type: one that does not parse, or a wildcard such as
 * {@code *}{@code /*}, which may appear in {@code Accept} but never describes a body. Spring cannot even route such a
 * request (it fails while reading the headers, as a server error), so it is answered here, before authentication:
 * HTTP 415 with code BAD_USER_INPUT and {@code Accept: application/json}, as a GraphQL error on
 * {@code /api/v1/graphql} and a problem document elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
public class ContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getContentType();
        if (given != null && !given.isBlank() && !concrete(given)) {
            response.setHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
            FilterErrors.write(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode.BAD_USER_INPUT, "Content-Type must name one media type, such as application/json",
                    Map.of());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
