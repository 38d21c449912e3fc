package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.PrismApplication;
import io.prism.data.FailFastDataSource;
import io.prism.support.IntegrationTest;
import io.prism.support.TcpProxy;
import io.prism.support.TestDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database becoming unreachable and coming back, over HTTP against real PostgreSQL: an instance of the service
 * of its own, started beside the shared test instance on the same database but reaching it only through a TCP
 * proxy that the test cuts and restores (the server keeps running for every other test). While the link is cut,
 * every door answers UNAVAILABLE with HTTP 503 and Retry-After (a GraphQL error, a problem document, and the same
 * for a key that cannot be looked up: never 401, never 500), at once once the pool has found out, and readiness
 * is DOWN; once the link is back, the instance recovers by itself. And when the server drops the pooled
 * connections between two requests (a restart, a failover), the next request is answered as usual. Every request of
 * this class goes to that instance.
 */
class DatabaseOutageTest extends IntegrationTest {

    private static final String LOOKUP = "query($id: ID!) { material(id: $id) { id } }";
    private static final long FAST_MS = 2_000;
    private static final long RECOVERY_MS = 60_000;

    private static TcpProxy proxy;
    private static ConfigurableApplicationContext instance;
    private static int instancePort;

    @BeforeAll
    static void startAnInstanceBehindAProxy() throws IOException {
        TestDatabase db = TestDatabase.get();
        int colon = db.hostPort().lastIndexOf(':');
        proxy = new TcpProxy(db.hostPort().substring(0, colon), Integer.parseInt(db.hostPort().substring(colon + 1)));
        instance = new SpringApplicationBuilder(PrismApplication.class)
                .run("--server.port=0",
                        "--prism.db.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.name(),
                        "--prism.db.user=" + db.user(), "--prism.db.password=" + db.password(),
                        "--prism.admin-key=" + ADMIN_KEY, "--prism.db.pool-size=4",
                        "--prism.keys.last-used-interval=1h", "--prism.usage.flush-interval=1h");
        instancePort = ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @AfterAll
    static void stopTheInstance() throws IOException {
        if (proxy != null) {
            proxy.restore();
        }
        if (instance != null) {
            instance.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Override
    protected String url(String path) {
        return "http://127.0.0.1:" + instancePort + path;
    }

    @Test
    void shouldAnswerUnavailableAtOnceWhileTheDatabaseIsUnreachableAndRecoverWhenItIsBack() throws Exception {
        TenantKey t = newTenant("outage tenant");
        String material = ok(ADMIN_KEY, "{ materials(first: 1) { edges { node { id } } } }").path("materials")
                .path("edges").path(0).path("node").path("id").asString();
        assertThat(ok(t.key(), LOOKUP, Map.of("id", material)).path("material").path("id").asString())
                .isEqualTo(material);
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").raw()).as("the pool behind the guard still reports its metrics")
                .contains("hikaricp_connections_max{pool=\"prism-app\"}");
        FailFastDataSource guard = instance.getBean(DataSource.class).unwrap(FailFastDataSource.class);

        proxy.cut();
        // the first requests find the database gone (one waits for the pool's connection timeout)
        List<Long> finding = new ArrayList<>();
        for (int i = 0; i < 5 && guard.reachable(); i++) {
            long start = System.nanoTime();
            assertUnavailable(graphql(t.key(), LOOKUP, Map.of("id", material)), false);
            finding.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(guard.reachable()).as("the pool found the database unreachable").isFalse();

        // from then on every answer comes at once, on both doors, with a tenant key (whose lookup needs the
        // database) and with the operator's key (which does not; its read or write does)
        String tenant = "Bearer " + t.key();
        String operator = "Bearer " + ADMIN_KEY;
        List<Long> fast = new ArrayList<>();
        assertUnavailable(timed(fast, () -> graphql(t.key(), LOOKUP, Map.of("id", material))), false);
        assertUnavailable(timed(fast, () -> get("/api/v1/material/" + material, "Authorization", tenant)), true);
        assertUnavailable(timed(fast, () -> get("/api/v1/materials?first=3", "Authorization", tenant)), true);
        Response read = timed(fast, () -> graphql(ADMIN_KEY, LOOKUP, Map.of("id", material)));
        assertUnavailable(read, false);
        assertThat(read.data().has("material") && read.data().path("material").isNull()).as(read.raw()).isTrue();
        Response write = timed(fast, () -> graphql(ADMIN_KEY, "mutation { createTenant(input: {name: \"during the "
                + "outage\", tier: FREE}) { tenant { id } } }"));
        assertUnavailable(write, false);
        assertThat(write.data().isNull()).as("the mutation wrote nothing: no data " + write.raw()).isTrue();
        assertUnavailable(timed(fast, () -> get("/api/v1/material/" + material, "Authorization", operator)), true);
        Response readiness = timed(fast, () -> get("/actuator/health/readiness"));
        assertThat(readiness.status()).as(readiness.raw()).isEqualTo(503);
        assertThat(readiness.body().path("status").asString()).isEqualTo("DOWN");
        assertThat(get("/actuator/health/liveness").status()).as("the process itself is fine").isEqualTo(200);
        System.out.printf("Database outage: finding out took %s ms; then answered in %s ms%n", finding, fast);
        assertThat(fast).as("ms per answer once the pool knows (its connection timeout is 5,000 ms)")
                .allSatisfy(ms -> assertThat(ms).isLessThan(FAST_MS));

        proxy.restore();
        long restored = System.nanoTime();
        Response ready = get("/actuator/health/readiness");
        while (ready.status() != 200 && System.nanoTime() - restored < RECOVERY_MS * 1_000_000) {
            assertThat(ready.status()).as(ready.raw()).isEqualTo(503);
            Thread.sleep(200);
            ready = get("/actuator/health/readiness");
        }
        assertThat(ready.status()).as("ready again: " + ready.raw()).isEqualTo(200);
        assertThat(ready.body().path("status").asString()).isEqualTo("UP");
        System.out.printf("Database back: ready again after %d ms%n", (System.nanoTime() - restored) / 1_000_000);
        assertThat(ok(t.key(), LOOKUP, Map.of("id", material)).path("material").path("id").asString())
                .isEqualTo(material);
        Response rest = get("/api/v1/material/" + material, "Authorization", tenant);
        assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
        assertThat(ok(ADMIN_KEY, "mutation { createTenant(input: {name: \"after the outage\", tier: FREE}) "
                + "{ tenant { id } } }").path("createTenant").path("tenant").path("id").asString()).isNotBlank();
        assertThat(guard.reachable()).isTrue();
    }

    @Test
    void shouldAnswerEveryRequestWhenTheServerDropsThePooledConnectionsBetweenThem() {
        TenantKey t = newTenant("dropped connections tenant");
        String material = ok(t.key(), "{ materials(first: 1) { edges { node { id } } } }").path("materials")
                .path("edges").path(0).path("node").path("id").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(ok(t.key(), LOOKUP, Map.of("id", material)).path("material").path("id").asString())
                    .isEqualTo(material);
            // a restart or a failover: every open connection is reset, the server answers new ones at once; the
            // connection just used is handed out again unchecked, and its key lookup and read are tried again on
            // a fresh one
            proxy.cut();
            proxy.restore();
            Response r = i % 2 == 0 ? graphql(t.key(), LOOKUP, Map.of("id", material))
                    : get("/api/v1/material/" + material, "Authorization", "Bearer " + t.key());
            assertThat(r.status()).as("round " + i + ": " + r.raw()).isEqualTo(200);
        }
    }

    /**
     * UNAVAILABLE as the door answers it: HTTP 503 with Retry-After and, on REST, a problem document, on GraphQL an
     * error with {@code extensions.code}; both with {@code retryAfterSeconds} and the correlation id.
     */
    private static void assertUnavailable(Response r, boolean rest) {
        assertThat(r.status()).as(r.raw()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After"))
                .hasValue(Long.toString(FailFastDataSource.RETRY_AFTER_SECONDS));
        if (rest) {
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problems.MEDIA_TYPE);
            assertThat(r.body().path("code").asString()).isEqualTo("UNAVAILABLE");
            assertThat(r.body().path("status").asInt()).isEqualTo(503);
            assertThat(r.body().path("retryAfterSeconds").asLong())
                    .isEqualTo(FailFastDataSource.RETRY_AFTER_SECONDS);
            assertThat(r.body().path("correlationId").asString()).isNotBlank();
        } else {
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("UNAVAILABLE");
            assertThat(r.errors().path(0).path("extensions").path("retryAfterSeconds").asLong())
                    .isEqualTo(FailFastDataSource.RETRY_AFTER_SECONDS);
            assertThat(r.errors().path(0).path("extensions").path("correlationId").asString()).isNotBlank();
        }
    }

    private static Response timed(List<Long> millis, Supplier<Response> request) {
        long start = System.nanoTime();
        Response r = request.get();
        millis.add((System.nanoTime() - start) / 1_000_000);
        return r;
    }
}
