package io.prism.gateway;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The GraphQL endpoint's HTTP handler, answering 429 Too Many Requests when the rate limiter refused the whole
 * operation, so that HTTP clients, proxies and retry libraries see the refusal (with its Retry-After) as on the
 * REST door. Every other answer keeps the standard status.
 */
public class RateLimitedGraphQlHttpHandler extends GraphQlHttpHandler {

    public RateLimitedGraphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
        super(graphQlHandler);
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
        RateLimitDecision decision = RateLimitHeaders.decisionOf(response);
        if (decision != null && !decision.admitted()) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        return super.selectResponseStatus(response, responseMediaType);
    }
}
