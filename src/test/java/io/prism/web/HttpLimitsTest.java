package io.prism.web;

import static io.prism.web.HttpHygieneTest.assertNoCorsHeaders;
import static io.prism.web.HttpHygieneTest.padded;
import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import io.prism.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The HTTP settings a production deployment changes, in one application context of their own (a second context
 * costs a startup, so every non-default setting is tested here): a short operation time limit, introspection off,
 * a CORS allow-list, a small body limit and no HSTS. Over HTTP against the running service and PostgreSQL.
 */
@TestPropertySource(properties = {
        "prism.http.request-timeout=" + HttpLimitsTest.TIMEOUT_MS + "ms",
        "prism.http.introspection=false",
        "prism.http.cors.allowed-origins=https://app.example.com, https://*.partner.example",
        "prism.http.max-body-size=16KB",
        "prism.http.hsts.max-age=0"})
class HttpLimitsTest extends CalculationTest {

    static final long TIMEOUT_MS = 3000;
    private static final String APP = "https://app.example.com";

    private static boolean warm;

    private TenantKey t;
    private OwnCatalog c;

    @BeforeEach
    void tenant() {
        warmUp();
        t = newTenant("limits tenant");
        c = ownCatalog(t);
    }

    /**
     * The first operation of a fresh context (connection pool, jOOQ, GraphQL engine) can take longer than this
     * context's short time limit on a busy machine; it is repeated until it fits, once per class.
     */
    private void warmUp() {
        for (int attempt = 1; !warm; attempt++) {
            Response r = graphql(ADMIN_KEY, "mutation { createTenant(input: {name: \"warm-up\", tier: FREE}) "
                    + "{ tenant { id } } }");
            warm = r.status() == 200 && r.errorCode() == null;
            assertThat(attempt).as(r.raw()).isLessThan(5);
        }
    }

    @Test
    void shouldStopAGraphQlOperationAtTheTimeLimitAndStoreNothing() throws Exception {
        Response r = whileHistoryIsLocked(() -> graphql(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))));
        assertThat(r.status()).as(r.raw()).isEqualTo(503);
        assertThat(r.errorCode()).isEqualTo("UNAVAILABLE");
        assertThat(r.errors().path(0).path("extensions").path("timeoutMs").asLong()).isEqualTo(TIMEOUT_MS);
        assertThat(r.errors().path(0).path("extensions").path("correlationId").asString())
                .isEqualTo(r.headers().firstValue(CorrelationIdFilter.HEADER).orElseThrow());
        assertThat(r.data().isMissingNode() || r.data().isNull()).isTrue();
        assertThat(storedCalculations(t)).isZero();
        assertThat(ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))).path("speedFeed").path("result")
                .path("spindleSpeed").asDouble()).isPositive();
        assertThat(storedCalculations(t)).isEqualTo(1);
    }

    @Test
    void shouldStopARestOperationAtTheSameTimeLimit() throws Exception {
        Response r = whileHistoryIsLocked(() -> postRaw("/api/v1/speed-feed", t.key(),
                JSON.writeValueAsString(sideMilling(c))));
        assertThat(r.status()).as(r.raw()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problems.MEDIA_TYPE);
        assertThat(r.body().path("code").asString()).isEqualTo("UNAVAILABLE");
        assertThat(r.body().path("timeoutMs").asLong()).isEqualTo(TIMEOUT_MS);
        assertThat(storedCalculations(t)).isZero();
    }

    @Test
    void shouldRefuseIntrospectionWithACodedError() {
        for (String query : List.of("{ __schema { queryType { name } } }", "{ __type(name: \"Tool\") { name } }")) {
            Response r = graphql(t.key(), query);
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
            assertThat(r.errors().path(0).path("message").asString()).contains("Introspection");
            assertThat(r.errors().path(0).path("extensions").path("correlationId").asString()).isNotBlank();
            assertThat(r.data().isMissingNode() || r.data().isNull()).isTrue();
        }
        assertThat(ok(t.key(), "{ __typename }").path("__typename").asString()).isEqualTo("Query");
        Response sdl = get("/api/v1/schema.graphqls");
        assertThat(sdl.status()).isEqualTo(404);
        assertThat(sdl.body().path("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldAnswerPreflightsOfAllowedOriginsOnly() {
        Response allowed = preflight(APP, "POST", "authorization, content-type, x-correlation-id");
        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("authorization, content-type, x-correlation-id");
        assertThat(allowed.headers().firstValue("Access-Control-Max-Age")).hasValue("1800");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(allowed.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
        assertThat(preflight("https://eu.partner.example", "GET", "authorization").status()).isEqualTo(204);

        for (Response refused : new Response[] {preflight("https://evil.example", "POST", "authorization"),
                preflight("https://app.example.com.evil.example", "POST", "authorization"),
                preflight(APP, "DELETE", "authorization"), preflight(APP, "POST", "authorization, x-api-secret")}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
            assertNoCorsHeaders(refused);
        }
    }

    @Test
    void shouldLetAllowedOriginsReadAnswersAndTheirHeaders() {
        Response r = graphql(t.key(), "{ me { keyId } }", null, "Origin", APP);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("X-Correlation-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                        "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After");
        Response refusedKey = get("/api/v1/materials", "Origin", APP);
        assertThat(refusedKey.status()).isEqualTo(401);
        assertThat(refusedKey.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        Response other = graphql(t.key(), "{ me { keyId } }", null, "Origin", "https://evil.example");
        assertThat(other.status()).isEqualTo(200);
        assertNoCorsHeaders(other);
    }

    @Test
    void shouldApplyTheConfiguredBodyLimitAndLeaveHstsOut() {
        int limit = 16 * 1024;
        assertThat(postRaw("/api/v1/graphql", t.key(), padded(limit)).status()).isEqualTo(200);
        Response over = postRaw("/api/v1/graphql", t.key(), padded(limit + 1));
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.errors().path(0).path("extensions").path("limitBytes").asLong()).isEqualTo(limit);
        assertThat(over.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(over.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private Response preflight(String origin, String method, String headers) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/graphql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers).build());
    }

    /**
     * Sends a request while the calculation history is locked, so the operation waits in its insert past the time
     * limit; measures that the answer comes at the limit, then releases the lock and waits until the operation's
     * transaction has ended, so what it stored (nothing, if the cancellation works) can be counted.
     */
    private Response whileHistoryIsLocked(Supplier<Response> request) throws SQLException, InterruptedException {
        Response r;
        try (Connection lock = TestDatabase.get().ownerConnection(); Statement st = lock.createStatement()) {
            lock.setAutoCommit(false);
            st.execute("LOCK TABLE calculation IN SHARE MODE");
            long start = System.nanoTime();
            r = request.get();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isBetween(Duration.ofMillis(TIMEOUT_MS), Duration.ofMillis(TIMEOUT_MS + 5000));
            assertThat(sqlCount("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND wait_event_type = 'Lock'")).as("the operation waits for the lock").isEqualTo(1);
            lock.rollback();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (sqlCount("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')") > 0) {
            assertThat(System.nanoTime()).as("the stopped operation ends its transaction").isLessThan(deadline);
            Thread.sleep(50);
        }
        return r;
    }
}
