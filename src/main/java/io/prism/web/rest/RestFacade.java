package io.prism.web.rest;

import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.web.CorrelationIdFilter;
import io.prism.web.Problems;
import io.prism.web.Problems.Issue;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a REST facade route: its path, query and body become the variables of its registered GraphQL operation,
 * which goes through the same {@link WebGraphQlHandler} as {@code /api/v1/graphql} (the same interceptors,
 * instrumentation, data fetchers and error mapping), and the answer becomes the response body or an RFC 9457
 * problem with the same code. A success answers with the route's declared status (200 unless it says otherwise).
 * Written once for every route; the routes themselves are generated. The route rides in the GraphQL context under
 * {@link RestOperation#KEY}, so the query limits and rate limits name the operation by its route id, and the
 * operation's static cost comes back in the {@value #COST_HEADER} header. The GraphQL response's headers (the
 * rate limit's) are copied onto the answer.
 */
@Component
public class RestFacade {

    /** Response header with the operation's static cost in units (docs/query-cost.md). */
    public static final String COST_HEADER = "Query-Cost";
    /** Response header with the largest cost an operation may have. */
    public static final String COST_LIMIT_HEADER = "Query-Cost-Limit";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * A date-time whose offset begins with a space: the {@code +} of {@code +02:00} sent unencoded in a URL query
     * (where {@code +} means a space) rather than as {@code %2B}.
     */
    private static final Pattern SPACE_FOR_PLUS = Pattern.compile(
            "(.*[Tt]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?) (\\d{2}(?::?\\d{2})?)");

    private final WebGraphQlHandler graphQl;

    public RestFacade(WebGraphQlHandler graphQl) {
        this.graphQl = graphQl;
    }

    public ServerResponse handle(RestOperation operation, ServerRequest request) {
        Map<String, Object> variables;
        try {
            variables = variables(operation, request);
        } catch (PrismException e) {
            return problem(e, operation.params(), request);
        }
        return handle(operation, request, variables, (result, headers) -> ServerResponse.status(operation.status())
                .headers(headers).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(result)));
    }

    /** How a route answers its operation's result: the response, with the headers the facade adds. */
    @FunctionalInterface
    public interface Answer {
        ServerResponse respond(Object result, Consumer<HttpHeaders> headers);
    }

    /**
     * Runs a registered operation with variables its caller read from the request, as {@link #handle(RestOperation,
     * ServerRequest)} does, and answers a success with {@code answer} (a route that renders the result itself);
     * a failure is the same problem document as on every route.
     */
    public ServerResponse handle(RestOperation operation, ServerRequest request, Map<String, Object> variables,
                                 Answer answer) {
        String correlationId = (String) request.attribute(CorrelationIdFilter.ATTRIBUTE).orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", operation.document());
        body.put("operationName", operation.operationName());
        body.put("variables", variables);
        // the query string is in the variables; the GraphQL request parses its URI strictly, and would fail on a
        // value such as a=b
        URI uri = request.uri();
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(
                URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()),
                request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                correlationId == null ? operation.id() : correlationId,
                request.headers().acceptLanguage().isEmpty() ? Locale.ROOT
                        : Locale.forLanguageTag(request.headers().acceptLanguage().getFirst().getRange()));
        graphQlRequest.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(RestOperation.KEY, operation)).build());
        WebGraphQlResponse response = graphQl.handleRequest(graphQlRequest).block();
        if (response == null) {
            return problem(List.of(new Issue(ErrorCode.INTERNAL,
                    "Internal error; quote the correlation id when reporting it", null)), request, correlationId);
        }
        Consumer<HttpHeaders> headers = costHeaders(response)
                .andThen(h -> h.addAll(response.getResponseHeaders()));
        if (!response.getErrors().isEmpty()) {
            return problem(response.getErrors().stream().map(e -> issue(operation, e)).toList(), request,
                    correlationId, headers);
        }
        Object result = response.getData();
        for (String key : operation.result()) {
            result = result instanceof Map<?, ?> map ? map.get(key) : null;
        }
        if (result == null) {
            return problem(List.of(new Issue(ErrorCode.NOT_FOUND,
                    "The requested " + operation.result().getLast() + " was not found", null)), request,
                    correlationId, headers);
        }
        return answer.respond(result, headers);
    }

    /** The problem document of a request refused before its operation ran (a bad parameter, for one). */
    public ServerResponse problem(PrismException e, ServerRequest request) {
        return problem(e, List.of(), request);
    }

    /**
     * The operation's static cost and the maximum cost from {@code extensions.cost}, as the {@link #COST_HEADER}
     * and {@link #COST_LIMIT_HEADER} headers; none when the operation was not measured.
     */
    private static Consumer<HttpHeaders> costHeaders(WebGraphQlResponse response) {
        Object report = response.getExtensions().get("cost");
        return headers -> {
            if (report instanceof Map<?, ?> figures && figures.get("limits") instanceof Map<?, ?> limits) {
                headers.set(COST_HEADER, String.valueOf(figures.get("cost")));
                headers.set(COST_LIMIT_HEADER, String.valueOf(limits.get("cost")));
            }
        };
    }

    /** The operation's variables from the path, the query string and the body, or BAD_USER_INPUT. */
    private static Map<String, Object> variables(RestOperation operation, ServerRequest request) {
        Map<String, Object> variables = parameters(operation.params(), request);
        if (operation.body() != null) {
            Object body = body(request);
            if (operation.body().equals("*")) {
                if (!(body instanceof Map<?, ?> members)) {
                    throw PrismException.badInput("The body must be a JSON object", "body");
                }
                members.forEach((k, v) -> variables.put((String) k, v));
            } else {
                variables.put(operation.body(), body);
            }
        }
        return variables;
    }

    /**
     * The variables the path and query parameters fill, each read as its declared type, or BAD_USER_INPUT naming
     * the parameter: an unknown one, a value of the wrong type, an enum value that does not exist, a single-valued
     * parameter given twice. Also for the routes with a handler of their own ({@link RestStream}).
     */
    public static Map<String, Object> parameters(List<RestOperation.Param> params, ServerRequest request) {
        Map<String, Object> variables = new LinkedHashMap<>();
        Set<String> known = params.stream().filter(p -> p.in().equals("query"))
                .map(RestOperation.Param::name).collect(Collectors.toSet());
        for (String name : request.params().keySet()) {
            if (!known.contains(name)) {
                throw PrismException.badInput("Unknown query parameter " + name
                        + (known.isEmpty() ? "; this route takes none" : "; this route takes " + known.stream()
                        .sorted().collect(Collectors.joining(", "))), name);
            }
        }
        for (RestOperation.Param p : params) {
            List<String> texts = p.in().equals("path") ? List.of(request.pathVariable(p.name()))
                    : request.params().getOrDefault(p.name(), List.of());
            if (texts.isEmpty()) {
                continue;
            }
            Object value;
            if (p.list()) {
                List<Object> items = new ArrayList<>();
                for (String text : texts) {
                    for (String item : text.split(",")) {
                        if (!item.isBlank()) {
                            items.add(value(p, item.trim()));
                        }
                    }
                }
                value = items;
            } else if (texts.size() > 1) {
                throw PrismException.badInput("Query parameter " + p.name() + " is given more than once", p.name());
            } else {
                value = value(p, texts.getFirst());
            }
            put(variables, p.variablePath(), value);
        }
        return variables;
    }

    private static Object value(RestOperation.Param p, String text) {
        try {
            return switch (p.type()) {
                case INT -> Integer.parseInt(text);
                case FLOAT -> Double.parseDouble(text);
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new NumberFormatException();
                    }
                    yield Boolean.parseBoolean(text);
                }
                case STRING -> text;
                case DATE_TIME -> {
                    Matcher m = SPACE_FOR_PLUS.matcher(text);
                    yield m.matches() ? m.group(1) + "+" + m.group(2) : text;
                }
                case ENUM -> {
                    if (!p.values().contains(text)) {
                        throw PrismException.badInput(p.name() + " must be one of " + String.join(", ", p.values())
                                + ", not '" + text + "'", p.name());
                    }
                    yield text;
                }
            };
        } catch (NumberFormatException e) {
            throw PrismException.badInput(p.name() + " must be " + switch (p.type()) {
                case INT -> "an integer";
                case FLOAT -> "a number";
                default -> "true or false";
            } + ", not '" + text + "'", p.name());
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> variables, List<String> path, Object value) {
        Map<String, Object> target = variables;
        for (String key : path.subList(0, path.size() - 1)) {
            target = (Map<String, Object>) target.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
        }
        target.put(path.getLast(), value);
    }

    private static Object body(ServerRequest request) {
        byte[] bytes;
        try {
            bytes = request.body(byte[].class);
        } catch (ServletException | IOException e) {
            throw PrismException.badInput("The body could not be read", "body");
        }
        if (bytes == null || bytes.length == 0) {
            throw PrismException.badInput("A JSON body is required", "body");
        }
        Object body;
        try {
            body = JSON.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            throw PrismException.badInput("The body is not valid JSON: " + e.getOriginalMessage(), "body");
        }
        if (body == null) {
            throw PrismException.badInput("The body must be a JSON object, not null", "body");
        }
        return body;
    }

    /**
     * The problem entry of a GraphQL error. A {@code field} that is the variable (or member) a path or query
     * parameter fills is given as that parameter's name ({@code filter.search} is {@code search}).
     */
    private static Issue issue(RestOperation operation, ResponseError error) {
        Map<String, Object> ext = error.getExtensions();
        ErrorCode code = ErrorCode.of(ext.get("code"));
        Object field = ext.get("field");
        Map<String, Object> details = new LinkedHashMap<>(ext);
        details.keySet().removeAll(Set.of("code", "field", "correlationId", "classification"));
        return new Issue(code, error.getMessage(), parameterName(operation.params(), field == null ? null
                : field.toString()), details);
    }

    /**
     * The name a REST caller knows a field at fault by: the parameter that fills it ({@code filter.search} is
     * {@code search}), or the field itself (null stays null).
     */
    public static String parameterName(List<RestOperation.Param> params, String field) {
        for (RestOperation.Param p : params) {
            if (String.join(".", p.variablePath()).equals(field)) {
                return p.name();
            }
        }
        return field;
    }

    /**
     * The problem answer of a failure that came before anything ran, its field given as the parameter's name when
     * a parameter fills it.
     */
    public static ServerResponse problem(PrismException e, List<RestOperation.Param> params,
                                         ServerRequest request) {
        String field = parameterName(params, e.field().isEmpty() ? null : String.join(".", e.field()));
        return problem(List.of(new Issue(e.code(), e.getMessage(), field, e.details())), request,
                (String) request.attribute(CorrelationIdFilter.ATTRIBUTE).orElse(null));
    }

    private static ServerResponse problem(List<Issue> issues, ServerRequest request, String correlationId) {
        return problem(issues, request, correlationId, headers -> { });
    }

    private static ServerResponse problem(List<Issue> issues, ServerRequest request, String correlationId,
                                          Consumer<HttpHeaders> headers) {
        return problem(issues.getFirst().code().httpStatus(), issues, request, correlationId, headers);
    }

    private static ServerResponse problem(int status, List<Issue> issues, ServerRequest request,
                                          String correlationId, Consumer<HttpHeaders> headers) {
        return ServerResponse.status(status).headers(headers)
                .contentType(MediaType.parseMediaType(Problems.MEDIA_TYPE))
                .body(JSON.writeValueAsBytes(Problems.body(status, issues, request.path(), correlationId)));
    }

    /**
     * The routes for the methods a route's path does not take, to be added to the generated ones: {@code HEAD} on a
     * path with a {@code GET} route runs that route (the container sends the headers and no body), and any other
     * method is answered 405 with the {@code Allow} header, instead of the 404 of a path that does not exist. Each
     * route matches only the methods no generated route has, so the order of the routes does not matter.
     */
    public RouterFunction<ServerResponse> otherMethods(List<RestOperation> operations) {
        Map<String, Map<String, HandlerFunction<ServerResponse>>> byPath = new LinkedHashMap<>();
        for (RestOperation op : operations) {
            byPath.computeIfAbsent(op.path(), p -> new LinkedHashMap<>())
                    .put(op.method(), request -> handle(op, request));
        }
        RouterFunctions.Builder routes = RouterFunctions.route();
        byPath.forEach((path, methods) -> otherMethods(routes, path, methods));
        return routes.build();
    }

    /**
     * The routes for the methods a path served by handlers of its own does not take, as {@link #otherMethods(List)}
     * makes them for the generated routes: {@code HEAD} runs the {@code GET} handler, others are 405 with
     * {@code Allow}.
     *
     * @param methods the path's handlers by method
     */
    public static RouterFunction<ServerResponse> otherMethods(String path,
                                                              Map<String, HandlerFunction<ServerResponse>> methods) {
        RouterFunctions.Builder routes = RouterFunctions.route();
        otherMethods(routes, path, methods);
        return routes.build();
    }

    private static void otherMethods(RouterFunctions.Builder routes, String path,
                                     Map<String, HandlerFunction<ServerResponse>> methods) {
        Set<String> allowed = new LinkedHashSet<>(methods.keySet());
        HandlerFunction<ServerResponse> get = methods.get("GET");
        if (get != null) {
            allowed.add("HEAD");
            routes.HEAD(path, get);
        }
        String allow = String.join(", ", allowed);
        routes.route(RequestPredicates.path(path).and(request -> !allowed.contains(request.method().name())),
                request -> problem(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                        List.of(Problems.ofStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                                request.method().name(), allow)), request,
                        (String) request.attribute(CorrelationIdFilter.ATTRIBUTE).orElse(null),
                        headers -> headers.set(HttpHeaders.ALLOW, allow)));
    }
}
