package io.prism.web;

import graphql.ExecutionResult;
import io.prism.error.ErrorCode;
import io.prism.web.Problems.Issue;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ContinueResponseTiming;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Server settings that follow from {@link HttpProperties}: Tomcat parses no form body above the body limit and
 * answers {@code Expect: 100-continue} only once the service reads the body (so a client told 413 never sends an
 * oversized body at all); and the GraphQL endpoint answers HTTP 503 when an operation produced no data (no root
 * field has a value) because it was stopped or its dependency was unavailable (with Retry-After when the error says
 * when to retry), and HTTP 429 (with the rate limiter's Retry-After) when the rate limiter refused it. Errors the
 * handlers do not answer are coded as well: Tomcat's own error reports are problem documents, and the GraphQL
 * endpoint refuses a method, a media type or an {@code Accept} header it does not take with a coded error.
 */
@Configuration(proxyBeanMethods = false)
public class HttpConfig {

    private static final MediaType GRAPHQL = MediaType.parseMediaType("application/graphql");

    @Bean
    TomcatConnectorCustomizer bodyLimits(HttpProperties properties) {
        return connector -> {
            connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes()));
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setContinueResponseTiming(ContinueResponseTiming.ON_REQUEST_BODY_READ.toString());
            }
        };
    }

    /**
     * Tomcat's own error answers (requests it could not parse, or whose error page failed) as problem documents:
     * {@link ProblemReportValve} replaces every other error report valve of the host, Spring Boot's included. Ordered
     * last, so that it runs after Spring Boot's customizer has added its valve.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports(
            SecurityHeadersFilter securityHeaders) {
        return new ErrorReportInstaller(securityHeaders);
    }

    private record ErrorReportInstaller(SecurityHeadersFilter securityHeaders)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemReportValve(securityHeaders));
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * The GraphQL endpoint's answer to requests its handler does not take, in place of Spring's bodiless ones: a
     * method other than POST is 405 with {@code Allow: POST}, a body that is not JSON 415 with
     * {@code Accept: application/json}, an {@code Accept} header that allows no JSON 406; each a coded GraphQL
     * error. Ordered before the endpoint's own routes, which it leaves every request they take.
     */
    @Bean
    @Order(-1)
    RouterFunction<ServerResponse> graphQlEndpointRefusals() {
        String path = FilterErrors.GRAPHQL_PATH;
        RequestPredicate taken = GraphQlRequestPredicates.graphQlHttp(path)
                .or(GraphQlRequestPredicates.graphQlSse(path));
        return RouterFunctions.route(RequestPredicates.path(path).and(taken.negate()), request -> {
            HttpHeaders headers = new HttpHeaders();
            int status;
            if (!HttpMethod.POST.equals(request.method())) {
                status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
                headers.setAllow(Set.of(HttpMethod.POST));
            } else if (request.headers().contentType().filter(t -> MediaType.APPLICATION_JSON.includes(t)
                    || GRAPHQL.includes(t)).isEmpty()) {
                status = HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
                headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            } else {
                status = HttpServletResponse.SC_NOT_ACCEPTABLE;
            }
            Issue issue = Problems.ofStatus(status, request.method().name(), HttpMethod.POST.name());
            return ServerResponse.status(status).headers(h -> h.addAll(headers)).build((req, res) -> {
                FilterErrors.write(req, res, status, issue.code(), issue.detail(), Map.of());
                return null;
            });
        });
    }

    /**
     * The GraphQL endpoint's handler, which chooses the HTTP status from the errors. A query string, which
     * the endpoint does not use, is dropped before the request is read: the handler parses the URI strictly, and a
     * value with an {@code =} in it would fail that as a server error.
     */
    @Bean
    GraphQlHttpHandler prismGraphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlHttpHandler(handler) {
            @Override
            public ServerResponse handleRequest(ServerRequest request) throws ServletException {
                if (request.uri().getRawQuery() == null) {
                    return super.handleRequest(request);
                }
                byte[] body;
                try {
                    body = request.body(byte[].class);
                } catch (IOException e) {
                    throw new ServerWebInputException("The request body could not be read");
                }
                URI uri = request.uri();
                return super.handleRequest(ServerRequest.from(request)
                        .uri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()))
                        .body(body).build());
            }

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
        return !result.isDataPresent() || result.getData() == null
                || result.getData() instanceof Map<?, ?> data && data.values().stream().allMatch(Objects::isNull);
    }
}
