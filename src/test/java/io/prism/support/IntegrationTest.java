package io.prism.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the end-to-end tests: the whole service on a random port, over HTTP, against real PostgreSQL in a
 * database of its own (see {@link TestDatabase}). All subclasses share one application context and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Config.class)
public abstract class IntegrationTest {

    public static final String ADMIN_KEY = "prism_operator_test_key_3f9c1a7e5b2d4c6e";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected StatementCounter statements;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        registry.add("prism.db.url", db::url);
        registry.add("prism.db.user", db::user);
        registry.add("prism.db.password", db::password);
        registry.add("prism.admin-key", () -> ADMIN_KEY);
        // Tests that count SQL statements must not see the background last-used write; the tests of last use write
        // it themselves (KeyUsageRecorder.write).
        registry.add("prism.keys.last-used-interval", () -> "1h");
        // nor the usage meter's background write; a usage report writes its tenant's counts first
        registry.add("prism.usage.flush-interval", () -> "1h");
        // nor the audit checkpointer's background seals; the audit tests seal when they need a checkpoint
        registry.add("prism.audit.checkpoint-interval", () -> "1h");
        registry.add("prism.audit.checkpoint-every", () -> "1000000000");
        // tests of other concerns run PRO tenants (newTenant) through large queries; the rate-limit tests use FREE
        // and ENTERPRISE tenants, whose figures stay as configured
        registry.add("prism.rate-limits.tiers.pro", () -> "1000000");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    /** An HTTP answer: status, headers and parsed JSON body (null when the body is not one JSON document). */
    public record Response(int status, java.net.http.HttpHeaders headers, String raw, JsonNode body) {

        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode errors() {
            return body.path("errors");
        }

        /** extensions.code of the first error, or null when there is none. */
        public String errorCode() {
            JsonNode e = body == null ? null : body.path("errors").path(0);
            return e == null || e.isMissingNode() ? null : e.path("extensions").path("code").asString();
        }
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** POSTs a GraphQL request with the given key (null for none) and extra headers. */
    protected Response graphql(String key, String query, Map<String, Object> variables, String... headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        return postRaw("/api/v1/graphql", key, JSON.writeValueAsString(body), headers);
    }

    protected Response graphql(String key, String query) {
        return graphql(key, query, null);
    }

    protected Response postRaw(String path, String key, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    protected Response get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    protected Response delete(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .DELETE();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    /** Sends any request (other methods, streamed bodies) and reads the answer like the helpers above. */
    protected static Response send(HttpRequest request) {
        return send(HTTP, request);
    }

    /** Sends a request with another client (for example one bound to another local address). */
    protected static Response send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !type.contains("ndjson")) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), r.headers(), r.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a query that must succeed (HTTP 200, no errors) and returns its data. */
    protected JsonNode ok(String key, String query, Map<String, Object> variables) {
        Response r = graphql(key, query, variables);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.errors().isMissingNode() || r.errors().isEmpty()).as(r.raw()).isTrue();
        return r.data();
    }

    protected JsonNode ok(String key, String query) {
        return ok(key, query, null);
    }

    /** A tenant with its id and a key of the given scopes. */
    public record TenantKey(String tenantId, String key, String keyId) {
    }

    /** Creates a tenant and a key for it through the operator's admin mutations. */
    protected TenantKey newTenant(String name, String... scopes) {
        JsonNode t = ok(ADMIN_KEY, "mutation($n: String!) { createTenant(input: {name: $n, tier: PRO}) "
                + "{ tenant { id } } }", Map.of("n", name));
        String tenantId = t.path("createTenant").path("tenant").path("id").asString();
        JsonNode k = ok(ADMIN_KEY, "mutation($t: ID!, $s: [Scope!]!) { createApiKey(input: {tenantId: $t, "
                + "scopes: $s}) { plainKey apiKey { id } } }", Map.of("t", tenantId, "s", java.util.List.of(scopes)));
        return new TenantKey(tenantId, k.path("createApiKey").path("plainKey").asString(),
                k.path("createApiKey").path("apiKey").path("id").asString());
    }

    protected TenantKey newTenant(String name) {
        return newTenant(name, "READ", "WRITE", "CALC");
    }

    /** A single number from SQL run as the database owner (row level security does not apply). */
    /**
     * The answer of {@code call} once it is no longer a clean 200, asked every 20 ms for at most one second: a key or
     * tenant change made on another replica, or by SQL, reaches the key cache through a database notice.
     */
    protected static Response withinASecond(java.util.function.Supplier<Response> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        Response r = call.get();
        while (r.status() == 200 && r.errors().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            r = call.get();
        }
        return r;
    }

    protected long sqlCount(String sql) {
        try (Connection c = TestDatabase.get().ownerConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
