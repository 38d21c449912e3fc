package io.prism.web;

import graphql.ExecutionResult;
import io.prism.error.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.coyote.ContinueResponseTiming;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Server settings that follow from {@link HttpProperties}: Tomcat parses no form body above the body limit and
 * answers {@code Expect: 100-continue} only once the service reads the body (so a client told 413 never sends an
 * oversized body at all); and the GraphQL endpoint answers HTTP 503 when an operation produced no data (no root
 * field has a value) because it was stopped or its dependency was unavailable (with Retry-After when the error says
 * when to retry), and HTTP 429 (with the rate limiter's Retry-After) when the rate limiter refused it.
 */
@Configuration(proxyBeanMethods = false)
public class HttpConfig {

    @Bean
    TomcatConnectorCustomizer bodyLimits(HttpProperties properties) {
        return connector -> {
            connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes()));
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setContinueResponseTiming(ContinueResponseTiming.ON_REQUEST_BODY_READ.toString());
            }
        };
    }

    @Bean
    GraphQlHttpHandler prismGraphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlHttpHandler(handler) {
            @Override
            protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
                if (producedNothing(response)) {
                    for (ErrorCode code : List.of(ErrorCode.UNAVAILABLE, ErrorCode.RATE_LIMITED)) {
                        if (response.getErrors().stream()
                                .anyMatch(e -> code.name().equals(e.getExtensions().get("code")))) {
                            return HttpStatus.valueOf(code.httpStatus());
                        }
                    }
                }
                return super.selectResponseStatus(response, mediaType);
            }
        };
    }

    /**
     * An operation that produced nothing because of an error that says when to retry ({@code retryAfterSeconds}
     * in its extensions: UNAVAILABLE from an unreachable database) is answered with that as its Retry-After header,
     * on both doors (the REST facade copies the GraphQL response's headers onto its problem). Headers the rate
     * limiter set are kept.
     */
    @Bean
    WebGraphQlInterceptor retryAfterHeader() {
        return (request, chain) -> chain.next(request).doOnNext(response -> {
            HttpHeaders headers = response.getResponseHeaders();
            if (headers.getFirst(HttpHeaders.RETRY_AFTER) != null || !producedNothing(response)) {
                return;
            }
            response.getErrors().stream().map(e -> FilterErrors.retryAfter(e.getExtensions()))
                    .filter(Objects::nonNull).findFirst().ifPresent(v -> headers.set(HttpHeaders.RETRY_AFTER, v));
        });
    }

    /**
     * Whether an operation answered nothing: no data, or only root fields that are null (a mutation's fields are
     * nullable, so a failing one nulls only itself, and a failing lookup such as {@code material(id)} is null too).
     */
    static boolean producedNothing(WebGraphQlResponse response) {
        ExecutionResult result = response.getExecutionResult();
        return !result.isDataPresent()
                || result.getData() instanceof Map<?, ?> data && data.values().stream().allMatch(Objects::isNull);
    }
}
