package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * HTTP hygiene with the default settings, over HTTP against the running service: the security headers on every
 * kind of answer, a Content-Security-Policy per page that the pages' markup keeps to, no CORS for any origin, the
 * 1 MiB body limit on both doors (declared, chunked, and refused before the body is sent), and introspection on.
 * The settings that differ from the defaults are tested in {@link HttpLimitsTest}; the pages in a browser in
 * {@link BrowserPagesTest}.
 */
class HttpHygieneTest extends CalculationTest {

    static final int DEFAULT_LIMIT = 1024 * 1024;
    private static final Pattern TAG = Pattern.compile("<(script|link|style|img)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(src|href|rel)=\"([^\"]*)\"");

    @Test
    void shouldPutSecurityHeadersOnEveryAnswer() {
        TenantKey t = newTenant("headers tenant", "READ");
        List<Response> answers = List.of(
                graphql(t.key(), "{ me { keyId } }"),
                graphql(null, "{ me { keyId } }"),
                get("/api/v1/material/00000000-0000-0000-0000-0000000000aa", "Authorization", "Bearer " + t.key()),
                get("/api/v1/materials?first=1", "Authorization", "Bearer " + t.key()),
                get("/api/v1/no-such-route", "Authorization", "Bearer " + t.key()),
                get("/no-such-page"),
                get("/actuator/health"));
        assertThat(answers).extracting(Response::status).containsExactly(200, 401, 404, 200, 404, 404, 200);
        for (Response r : answers) {
            assertHeaders(r, SecurityHeadersFilter.API_POLICY);
            assertThat(r.headers().firstValue("Cache-Control")).as(r.raw()).hasValue("no-store");
        }
        Response openApi = get("/api/v1/openapi.json");
        assertHeaders(openApi, SecurityHeadersFilter.API_POLICY);
        assertThat(openApi.headers().firstValue("Cache-Control")).hasValue("no-cache");
        Response asset = get("/webjars/graphiql/2.4.7/graphiql.min.js");
        assertHeaders(asset, SecurityHeadersFilter.API_POLICY);
        assertThat(asset.headers().allValues("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void shouldGiveEachPageAPolicyItsMarkupKeepsTo() {
        Response graphiql = get("/graphiql");
        assertHeaders(graphiql, SecurityHeadersFilter.GRAPHIQL_POLICY);
        assertThat(graphiql.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertSelfContained(graphiql.raw(), 4, 2);
        Response swagger = get("/api/v1/docs");
        assertHeaders(swagger, SecurityHeadersFilter.SWAGGER_POLICY);
        assertSelfContained(swagger.raw(), 2, 1);
        assertThat(SecurityHeadersFilter.GRAPHIQL_POLICY + SecurityHeadersFilter.SWAGGER_POLICY)
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
    }

    @Test
    void shouldAllowNoOriginByDefault() {
        TenantKey t = newTenant("cors default tenant", "READ");
        Response preflight = send(HttpRequest.newBuilder(URI.create(url("/api/v1/graphql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type").build());
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.errorCode()).isEqualTo("FORBIDDEN");
        assertNoCorsHeaders(preflight);
        Response cross = graphql(t.key(), "{ me { keyId } }", null, "Origin", "https://app.example.com");
        assertThat(cross.status()).isEqualTo(200);
        assertNoCorsHeaders(cross);
        assertThat(cross.headers().allValues("Vary")).contains("Origin");
    }

    @Test
    void shouldRefuseABodyOverTheLimitOnBothDoors() {
        TenantKey t = newTenant("body limit tenant", "READ", "CALC");
        Response atLimit = postRaw("/api/v1/graphql", t.key(), padded(DEFAULT_LIMIT));
        assertThat(atLimit.status()).as(atLimit.raw()).isEqualTo(200);
        assertThat(atLimit.data().path("__typename").asString()).isEqualTo("Query");

        Response graph = postRaw("/api/v1/graphql", t.key(), padded(DEFAULT_LIMIT + 1));
        assertThat(graph.status()).isEqualTo(413);
        assertThat(graph.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(graph.errors().path(0).path("extensions").path("limitBytes").asLong()).isEqualTo(DEFAULT_LIMIT);
        assertThat(graph.errors().path(0).path("extensions").path("correlationId").asString())
                .isEqualTo(graph.headers().firstValue(CorrelationIdFilter.HEADER).orElseThrow());
        assertHeaders(graph, SecurityHeadersFilter.API_POLICY);

        Response rest = postRaw("/api/v1/speed-feed", t.key(), padded(DEFAULT_LIMIT + 1));
        assertThat(rest.status()).isEqualTo(413);
        assertThat(rest.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problems.MEDIA_TYPE);
        assertThat(rest.body().path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(rest.body().path("status").asInt()).isEqualTo(413);
        assertThat(rest.body().path("limitBytes").asLong()).isEqualTo(DEFAULT_LIMIT);
        assertThat(rest.body().path("instance").asString()).isEqualTo("/api/v1/speed-feed");
    }

    @Test
    void shouldMeasureAChunkedBodyAsItArrives() {
        TenantKey t = newTenant("chunked tenant", "READ");
        Response small = send(chunked("/api/v1/graphql", t.key(), padded(4096)));
        assertThat(small.status()).as(small.raw()).isEqualTo(200);
        assertThat(small.data().path("__typename").asString()).isEqualTo("Query");
        Response big = send(chunked("/api/v1/graphql", t.key(), padded(DEFAULT_LIMIT + 1)));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldAnswer413BeforeTheBodyIsSent() throws IOException {
        for (String expect : List.of("", "Expect: 100-continue\r\n")) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 500000000\r\n" + expect + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(socket.getInputStream());
                assertThat(head).as(expect).startsWith("HTTP/1.1 413").doesNotContain("100 Continue");
            }
        }
    }

    @Test
    void shouldAllowIntrospectionByDefault() {
        TenantKey t = newTenant("introspection tenant", "READ");
        assertThat(ok(t.key(), "{ __schema { queryType { name } } }").path("__schema").path("queryType")
                .path("name").asString()).isEqualTo("Query");
        assertThat(get("/api/v1/schema.graphqls").status()).isEqualTo(200);
    }

    static void assertHeaders(Response r, String policy) {
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(r.raw()).hasValue(policy);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    static void assertNoCorsHeaders(Response r) {
        assertThat(r.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    }

    /**
     * Checks a page against a policy of {@code 'self'} and no inline code: every script and stylesheet is a file of
     * the service that loads, and there is no inline script, style element, style attribute or event handler.
     */
    private void assertSelfContained(String html, int scripts, int stylesheets) {
        List<String> loaded = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            assertThat(name).as("inline style element").isNotEqualTo("style");
            Map<String, String> attributes = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            String source = attributes.getOrDefault("src", attributes.get("href"));
            assertThat(source).as("<%s> without a source: inline code", name).isNotNull();
            assertThat(source).as(source).startsWith("/").doesNotStartWith("//");
            if (name.equals("script") || "stylesheet".equals(attributes.get("rel"))) {
                loaded.add(source);
            }
        }
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContainPattern("(?i)\\sstyle=")
                .doesNotContainPattern("(?i)<script>");
        assertThat(loaded.stream().filter(s -> s.endsWith(".js"))).hasSize(scripts);
        assertThat(loaded.stream().filter(s -> s.endsWith(".css"))).hasSize(stylesheets);
        for (String source : loaded) {
            Response asset = get(source);
            assertThat(asset.status()).as(source).isEqualTo(200);
            assertThat(asset.headers().firstValue("Content-Type").orElseThrow()).as(source)
                    .contains(source.endsWith(".js") ? "javascript" : "text/css");
        }
    }

    /** A valid GraphQL request ({@code { __typename }}) of exactly {@code bytes} bytes, padded in a variable. */
    static String padded(int bytes) {
        String head = "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"";
        String tail = "\"}}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    private HttpRequest chunked(String path, String key, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(url(path))).version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    }

    /** The status line and headers of an HTTP/1.1 answer, read up to the blank line. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
