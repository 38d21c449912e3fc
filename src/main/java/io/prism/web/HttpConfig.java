package io.prism.web;

import io.prism.error.ErrorCode;
import java.util.List;
import org.apache.coyote.ContinueResponseTiming;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Server settings that follow from {@link HttpProperties}: Tomcat parses no form body above the body limit and
 * answers {@code Expect: 100-continue} only once the service reads the body (so a client told 413 never sends an
 * oversized body at all); and the GraphQL endpoint answers HTTP 503 when an operation produced no data because it was stopped or its
 * dependency was unavailable, and HTTP 429 (with the rate limiter's Retry-After) when the rate limiter refused it.
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
                if (!response.getExecutionResult().isDataPresent()) {
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
}
