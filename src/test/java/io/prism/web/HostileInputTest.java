package io.prism.web;

import static io.prism.support.RestAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.prism.generated.rest.RestRoutes;
import io.prism.support.CalculationTest;
import io.prism.tenancy.ApiKeys;
import io.prism.web.rest.RestOperation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Requests a client should not send, over HTTP against the running service and PostgreSQL: unknown routes, wrong
 * methods and media types, bodies and headers the servlet container cannot parse, NUL characters, forged cursors,
 * query values with {@code =}, bad-faith introspection and ambiguous credentials. Each is answered with a code from
 * the taxonomy in the door's error shape (problem documents everywhere but the GraphQL endpoint), never with a
 * server error, Spring's default JSON or Tomcat's HTML page; and no key reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest extends CalculationTest {

    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TOMCAT_PARSER = "org.apache.coyote.http11.Http11Processor";

    private TenantKey t;

    @BeforeEach
    void tenant() {
        t = newTenant("hostile input tenant", "READ", "WRITE", "CALC", "KEYS", "AUDIT");
    }

    @Test
    void shouldAnswerUnknownRoutesAndTheErrorPageWithProblems() {
        for (Response r : List.of(get("/no-such-page"), get("/api/v1/no-such-route", auth()), get("/error"),
                send(request("/error", "POST", "{}")), send(request("/no-such-page", "PATCH", "{}")))) {
            assertFullProblem(r, 404, "NOT_FOUND");
        }
        assertThat(get("/no-such-page").body().path("instance").asString()).isEqualTo("/no-such-page");
    }

    @Test
    void shouldAnswerAWrongMethodWith405AndTheMethodsThePathTakes() {
        Response delete = delete("/api/v1/material/00000000-0000-0000-0000-0000000000aa", auth());
        assertFullProblem(delete, 405, "BAD_USER_INPUT");
        assertThat(allow(delete)).containsExactlyInAnyOrder("GET", "HEAD");
        assertThat(delete.body().path("detail").asString()).contains("DELETE", "GET");

        Response get = get("/api/v1/speed-feed", auth());
        assertFullProblem(get, 405, "BAD_USER_INPUT");
        assertThat(allow(get)).containsExactly("POST");
        assertThat(allow(send(request("/api/v1/keys/" + t.keyId(), "PUT", "{}", auth()))))
                .containsExactlyInAnyOrder("GET", "HEAD", "DELETE");
        assertThat(allow(send(request("/api/v1/materials", "FOO", "", auth())))).contains("GET", "HEAD");
        Response streamed = send(request("/api/v1/audit-logs/export", "PUT", "{}", auth()));
        assertFullProblem(streamed, 405, "BAD_USER_INPUT");
        assertThat(allow(streamed)).containsExactlyInAnyOrder("GET", "HEAD");

        Response mvc = postRaw("/api/v1/openapi.json", null, "{}");
        assertFullProblem(mvc, 405, "BAD_USER_INPUT");
        assertThat(allow(mvc)).contains("GET");
        assertFullProblem(send(request("/api/v1/materials", "TRACE", "")), 405, "BAD_USER_INPUT");

        Response graph = get("/api/v1/graphql", auth());
        assertThat(graph.status()).isEqualTo(405);
        assertThat(graph.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(allow(graph)).containsExactly("POST");
        assertCorrelated(graph);
    }

    @Test
    void shouldAnswerHeadOnEveryGetRouteWithTheHeadersOfGet() throws Exception {
        OwnCatalog c = ownCatalog(t);
        Map<String, String> paths = new LinkedHashMap<>();
        for (RestOperation op : RestRoutes.ALL) {
            if (op.method().equals("GET")) {
                paths.put(op.id(), op.path().replace("{id}", switch (op.id()) {
                    case "material" -> c.materialId();
                    case "tool" -> c.toolId();
                    case "machine" -> c.machineId();
                    default -> t.keyId();
                }).replace("{designation}", "M8") + (op.id().equals("usage")
                        ? "?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z" : ""));
            }
        }
        List<String> all = new ArrayList<>(paths.values());
        RestRoutes.STREAMS.forEach(stream -> all.add(stream.path()));
        all.addAll(List.of("/api/v1/schema.graphqls", "/api/v1/openapi.json", "/api/v1/trusted-documents.json",
                "/api/v1/docs", "/graphiql", "/actuator/health"));
        for (String path : all) {
            Response get = get(path, auth());
            assertThat(get.status()).as(path + " " + get.raw()).isEqualTo(200);
            HttpResponse<String> head = RAW.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .timeout(Duration.ofSeconds(30)).HEAD().header("Authorization", "Bearer " + t.key()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().firstValue("Content-Type")).as(path)
                    .isEqualTo(get.headers().firstValue("Content-Type"));
        }
    }

    @Test
    void shouldRefuseMediaTypesTheDoorsDoNotTake() {
        String typename = "{\"query\":\"{ __typename }\"}";
        Response plain = send(request("/api/v1/graphql", "POST", typename, "Content-Type", "text/plain", auth()));
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(plain.headers().firstValue("Accept")).hasValue("application/json");
        assertCorrelated(plain);

        Response wildcard = send(request("/api/v1/graphql", "POST", typename, "Content-Type", "*/*", auth()));
        assertThat(wildcard.status()).as(wildcard.raw()).isEqualTo(415);
        assertThat(wildcard.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertFullProblem(send(request("/api/v1/speed-feed", "POST", "{}", "Content-Type", "*/*", auth())), 415,
                "BAD_USER_INPUT");
        assertFullProblem(send(request("/api/v1/materials", "GET", "", "Content-Type", "application/*", auth())),
                415, "BAD_USER_INPUT");

        Response html = send(request("/api/v1/graphql", "POST", typename, "Accept", "text/html", auth()));
        assertThat(html.status()).isEqualTo(406);
        assertThat(html.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseABodyOfNullOnBothDoors() {
        for (String body : List.of("null", "[]", "42")) {
            Response graph = postRaw("/api/v1/graphql", t.key(), body);
            assertThat(graph.status()).as(body + " " + graph.raw()).isEqualTo(400);
            assertThat(graph.errorCode()).isEqualTo("BAD_USER_INPUT");
            assertCorrelated(graph);
        }
        assertThat(postRaw("/api/v1/graphql", t.key(), " null\n").errors().path(0).path("message").asString())
                .contains("JSON object");
        for (String route : List.of("/api/v1/speed-feed", "/api/v1/alarm-decode", "/api/v1/keys")) {
            assertProblem(postRaw(route, t.key(), "null"), 400, "BAD_USER_INPUT", "body");
        }
    }

    @Test
    void shouldRefuseNulCharactersNamingTheField() {
        String nul = "a\u0000b";
        assertNul(graphql(t.key(), "{ materials(first: 2, filter: {search: \"a\\u0000b\"}) { totalCount } }"),
                "filter.search");
        assertNul(graphql(t.key(), "query($f: MaterialFilter) { materials(first: 2, filter: $f) { totalCount } }",
                Map.of("f", Map.of("search", nul))), "f.search");
        assertNul(graphql(t.key(), "query($s: String) { tools(first: 2, filter: {search: $s}) { totalCount } }",
                Map.of("s", nul)), "s");
        assertNul(graphql(t.key(), "mutation($n: String!) { createMaterial(input: {name: $n, isoGroup: P, "
                + "materialClass: \"steel\", source: \"test\", verified: false}) { material { id } } }",
                Map.of("n", nul)), "n");
        assertNul(graphql(t.key(), "mutation { createMaterial(input: {name: \"x\\u0000\", isoGroup: P, "
                + "materialClass: \"steel\", source: \"test\", verified: false}) { material { id } } }"),
                "input.name");
        assertNul(graphql(ADMIN_KEY, "mutation { createTenant(input: {name: \"a\\u0000b\", tier: FREE}) "
                + "{ tenant { id } } }"), "input.name");
        assertNul(graphql(t.key(), "{ threadSpec(designation: \"M8\\u0000\") { designation } }"), "designation");
        assertThat(sqlCount("SELECT count(*) FROM material WHERE tenant_id = '" + t.tenantId() + "'")).isZero();

        assertProblem(get("/api/v1/materials?first=2&search=a%00b", auth()), 400, "BAD_USER_INPUT", "search");
        assertProblem(get("/api/v1/tools?first=2&search=%00", auth()), 400, "BAD_USER_INPUT", "search");
        assertProblem(postRaw("/api/v1/alarm-decode", t.key(), "{\"controller\":\"FANUC\",\"code\":\"sv\\u0000401\"}"),
                400, "BAD_USER_INPUT", "code");
        assertFullProblem(get("/api/v1/thread/M8%00", auth()), 400, "BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseMalformedAndForgedCursorsOnAfter() {
        String query = "query($a: String) { materials(first: 1, after: $a) { pageInfo { endCursor } } }";
        String cursor = ok(t.key(), query, null).path("materials").path("pageInfo").path("endCursor").asString();
        ok(t.key(), query, Map.of("a", cursor));
        List<String> parts = new ArrayList<>(Arrays.asList(new String(Base64.getUrlDecoder().decode(cursor),
                StandardCharsets.UTF_8).split("\u001f", -1)));
        parts.set(1, "a\u0000b");
        String nul = encode(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 1);
        broken[bytes.length] = (byte) 0xff;
        List<String> bad = new ArrayList<>(List.of("!!!", cursor + "=", cursor + "==", cursor + "====",
                "=" + cursor, cursor + "%", "djE", nul, encode(broken)));
        String padded = Base64.getUrlEncoder().encodeToString(bytes);
        if (!padded.equals(cursor)) {
            bad.add(padded);
        }
        for (String after : bad) {
            Response r = graphql(t.key(), query, Map.of("a", after));
            assertThat(r.errorCode()).as(after + " " + r.raw()).isEqualTo("BAD_USER_INPUT");
            assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo("after");
        }
        assertProblem(get("/api/v1/materials?first=1&after=" + nul, auth()), 400, "BAD_USER_INPUT", "after");
        assertProblem(get("/api/v1/materials?first=1&after=" + cursor + "%3D", auth()), 400, "BAD_USER_INPUT",
                "after");
    }

    @Test
    void shouldTakeAnEqualsSignInAQueryValue() {
        Response rest = get("/api/v1/materials?first=5&search=a=b", auth());
        assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
        assertThat(rest.body().path("totalCount").asInt()).isZero();
        Response graph = postRaw("/api/v1/graphql?x=a=b", t.key(), "{\"query\":\"{ __typename }\"}");
        assertThat(graph.status()).as(graph.raw()).isEqualTo(200);
        assertThat(graph.data().path("__typename").asString()).isEqualTo("Query");
    }

    @Test
    void shouldRefuseBadFaithIntrospectionAsBadUserInput() {
        Response r = graphql(t.key(),
                "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        assertThat(r.status()).isIn(200, 400);
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("message").asString()).contains("good faith");
        assertThat(r.errors().path(0).path("extensions").path("correlationId").asString())
                .isEqualTo(r.headers().firstValue(CorrelationIdFilter.HEADER).orElseThrow());
    }

    @Test
    void shouldAnswerRequestsTomcatCannotParseWithAProblem() throws IOException {
        for (String request : List.of(
                "GET /api/v1/materials HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + t.key() + "\u0001\r\n\r\n",
                "GET /api/v1/materials HTTP/1.1\r\nHost: x\r\nX-Filler: " + "a".repeat(9000) + "\r\n\r\n",
                "GET /api/v1/materials HTTP/1.1\r\nHost: x\r\nX-Bad\u0007: 1\r\n\r\n",
                "GET /api/v1/mat{erials HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GE\u0001T / HTTP/1.1\r\nHost: x\r\n\r\n")) {
            assertParseProblem(raw(request), request);
        }
    }

    @Test
    void shouldLogNoKeyOfARequestTomcatCannotParse(CapturedOutput output) throws IOException {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        assertThat(logging.getLoggerConfiguration(TOMCAT_PARSER).getConfiguredLevel()).isEqualTo(LogLevel.WARN);
        String secret = t.key().substring(t.key().length() - 16);
        // at DEBUG, Tomcat logs every parse failure with the offending header line; the masking must still hold.
        // Tomcat logs through java.util.logging, which must reach the log as in a running service (an application
        // context of another test that closed may have taken the bridge away) and is asked whether DEBUG is on
        // (after its first report on a connection Tomcat logs at DEBUG)
        boolean bridged = SLF4JBridgeHandler.isInstalled();
        if (!bridged) {
            SLF4JBridgeHandler.install();
        }
        java.util.logging.Logger parser = java.util.logging.Logger.getLogger(TOMCAT_PARSER);
        java.util.logging.Level level = parser.getLevel();
        logging.setLogLevel(TOMCAT_PARSER, LogLevel.DEBUG);
        parser.setLevel(java.util.logging.Level.FINE);
        try {
            LoggerFactory.getLogger(HostileInputTest.class).info("Sent Authorization: Bearer {} and X-Key: {}",
                    t.key(), t.key(), new IllegalArgumentException("header line [Authorization:" + t.key() + "]"));
            for (String request : List.of(
                    "GET /api/v1/materials HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + t.key() + "\u0001\r\n\r\n",
                    "GET /api/v1/materials HTTP/1.1\r\nHost: x\r\nAuthorization: " + t.key() + "\u0001\r\n\r\n",
                    "GET /api/v1/materials HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + t.key() + "\r\n"
                            + "X-Filler: " + "a".repeat(9000) + "\r\n\r\n",
                    "GET /api/v1/materials HTTP/1.1\r\nHost: x\r\nX-Key: " + t.key() + "\u0001\r\n\r\n")) {
                String answer = raw(request);
                assertParseProblem(answer, request);
                assertThat(answer).doesNotContain(secret);
            }
        } finally {
            logging.setLogLevel(TOMCAT_PARSER, LogLevel.WARN);
            parser.setLevel(level);
            if (!bridged) {
                SLF4JBridgeHandler.uninstall();
            }
        }
        assertThat(output.getAll()).contains("Sent Authorization:", "Error parsing HTTP request header",
                "did not reach the application").doesNotContain(secret);
    }

    @Test
    void shouldRefuseAmbiguousCredentials(CapturedOutput output) {
        String query = "{\"query\":\"{ me { keyId } }\"}";
        String wrong = "Bearer " + ApiKeys.PREFIX + "NotTheRightKeyNotTheRightKey0000";
        for (String[] headers : List.of(new String[] {"Bearer " + t.key(), wrong},
                new String[] {wrong, "Bearer " + t.key()}, new String[] {"Bearer " + t.key(), "Bearer " + t.key()},
                new String[] {"Bearer " + t.key() + ", " + wrong.substring(7)},
                new String[] {"Bearer " + t.key() + ", Bearer " + ADMIN_KEY})) {
            String[] pairs = Arrays.stream(headers).flatMap(h -> java.util.stream.Stream.of("Authorization", h))
                    .toArray(String[]::new);
            Response graph = send(request("/api/v1/graphql", "POST", query, pairs));
            assertThat(graph.status()).as(String.join(" | ", headers)).isEqualTo(401);
            assertThat(graph.errorCode()).isEqualTo("UNAUTHENTICATED");
            assertProblem(send(request("/api/v1/materials", "GET", "", pairs)), 401, "UNAUTHENTICATED", null);
        }
        assertThat(ok(t.key(), "{ me { keyId } }").path("me").path("keyId").asString()).isEqualTo(t.keyId());
        assertThat(output.getAll()).doesNotContain(t.key()).doesNotContain(ADMIN_KEY);
    }

    private void assertNul(Response r, String field) {
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo(field);
        assertThat(r.errors().path(0).path("message").asString()).contains("NUL");
    }

    /** A problem with every member: type, title, status, detail, code and the correlation id of the header. */
    private static void assertFullProblem(Response r, int status, String code) {
        assertProblem(r, status, code, null);
        assertThat(r.body().path("title").asString()).as(r.raw()).isNotBlank();
        assertThat(r.body().path("detail").asString()).as(r.raw()).isNotBlank();
        assertThat(r.body().has("timestamp")).as(r.raw()).isFalse();
    }

    private static void assertCorrelated(Response r) {
        assertThat(r.errors().path(0).path("extensions").path("correlationId").asString())
                .isEqualTo(r.headers().firstValue(CorrelationIdFilter.HEADER).orElseThrow());
    }

    private static Set<String> allow(Response r) {
        return Arrays.stream(r.headers().firstValue("Allow").orElseThrow().split(","))
                .map(String::trim).collect(Collectors.toSet());
    }

    private String[] auth() {
        return new String[] {"Authorization", "Bearer " + t.key()};
    }

    /** A request; a body is sent as JSON unless {@code headers} name another Content-Type. */
    private HttpRequest request(String path, String method, String body, String... headers) {
        return request(path, method, body, headers, new String[0]);
    }

    private HttpRequest request(String path, String method, String body, String name, String value,
                                String... headers) {
        return request(path, method, body, headers, new String[] {name, value});
    }

    private HttpRequest request(String path, String method, String body, String[] headers, String[] more) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        List<String> all = new ArrayList<>(Arrays.asList(headers));
        all.addAll(Arrays.asList(more));
        if (!body.isEmpty() && !all.contains("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < all.size(); i += 2) {
            b.header(all.get(i), all.get(i + 1));
        }
        return b.build();
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A 400 problem document from the servlet container, its correlation id in the header. */
    private static void assertParseProblem(String answer, String request) {
        assertThat(answer).as(request).startsWith("HTTP/1.1 400")
                .containsIgnoringCase("Content-Type: application/problem+json").doesNotContain("<html");
        JsonNode problem = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(problem.path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asString()).isEqualTo("urn:prism:problem:BAD_USER_INPUT");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(answer).containsIgnoringCase(CorrelationIdFilter.HEADER + ": "
                + problem.path("correlationId").asString());
    }

    /** Sends raw bytes (ISO-8859-1) and reads the whole answer; the service closes the connection after a 400. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
