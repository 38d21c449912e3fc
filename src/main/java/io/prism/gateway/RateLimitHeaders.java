package io.prism.gateway;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the rate limiter's decision on the response as headers (RateLimit-*, X-RateLimit-* and, on a refusal,
 * Retry-After). The limiter runs inside execution and cannot reach HTTP; it leaves its decision in the GraphQL
 * context, and this interceptor copies it onto the GraphQL response's headers, which the GraphQL endpoint sends
 * as they are and the REST facade copies onto its own answer.
 */
@Component
public class RateLimitHeaders implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            RateLimitDecision decision = response.getExecutionInput().getGraphQLContext().get(RateLimitDecision.KEY);
            if (decision != null) {
                decision.headers().forEach(response.getResponseHeaders()::set);
            }
        });
    }
}
