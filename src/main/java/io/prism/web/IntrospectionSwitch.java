package io.prism.web;

import graphql.introspection.Introspection;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns GraphQL introspection off when {@code prism.http.introspection} is false (production): an operation that
 * selects {@code __schema} or {@code __type} at its root is refused by graphql-java before anything runs, and the
 * error is coded BAD_USER_INPUT like any other invalid request. {@code __typename} stays available, as clients
 * need it. The switch is per request (graphql-java's context flag), not JVM-wide.
 */
@Component
public class IntrospectionSwitch implements WebGraphQlInterceptor {

    private final boolean enabled;

    public IntrospectionSwitch(HttpProperties properties) {
        this.enabled = properties.introspection();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!enabled) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(Introspection.INTROSPECTION_DISABLED, true)).build());
        }
        return chain.next(request);
    }
}
