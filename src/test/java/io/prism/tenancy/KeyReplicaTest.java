package io.prism.tenancy;

import static io.prism.tenancy.ApiKeyLifecycleTest.ME;
import static io.prism.tenancy.ApiKeyLifecycleTest.REVOKE;
import static io.prism.tenancy.ApiKeyLifecycleTest.ROTATE;
import static io.prism.tenancy.ApiKeyLifecycleTest.assertUnauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import io.prism.PrismApplication;
import io.prism.service.KeyUsageRecorder;
import io.prism.support.IntegrationTest;
import io.prism.support.StatementCounter;
import io.prism.support.TestDatabase;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second replica of the service on the same database, started beside the shared test instance: a revocation or
 * rotation made on one replica holds on the other within a second, though both cache the keys they have seen; last use is recorded off the request path; and failed
 * authentications are limited per source. The second replica has a small failure allowance (3 per hour, so none
 * refills during the test), trusts {@code 127.0.0.7} as a proxy, and writes last use only when told. Each limit
 * test sends from a loopback address of its own (127.0.0.x), so no test spends another's allowance.
 */
class KeyReplicaTest extends IntegrationTest {

    private static final int ATTEMPTS = 3;
    private static final String TRUSTED_PROXY = "127.0.0.7";
    private static final String BAD_KEY = ApiKeys.PREFIX + "NoSuchKeyNoSuchKeyNoSuchKey00000";

    private static ConfigurableApplicationContext replica;
    private static StatementCounter replicaStatements;
    private static int replicaPort;

    @BeforeAll
    static void startSecondReplica() {
        TestDatabase db = TestDatabase.get();
        replicaStatements = new StatementCounter();
        replica = new SpringApplicationBuilder(PrismApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("replicaStatements", replicaStatements))
                .run("--server.port=0", "--prism.db.url=" + db.url(), "--prism.db.user=" + db.user(),
                        "--prism.db.password=" + db.password(), "--prism.admin-key=" + ADMIN_KEY,
                        "--prism.keys.failure-limit.attempts=" + ATTEMPTS, "--prism.keys.failure-limit.period=1h",
                        "--prism.keys.failure-limit.trusted-proxies=" + TRUSTED_PROXY,
                        "--prism.keys.last-used-interval=1h");
        replicaPort = ((WebServerApplicationContext) replica).getWebServer().getPort();
    }

    @AfterAll
    static void stopSecondReplica() {
        if (replica != null) {
            replica.close();
        }
    }

    @Test
    void shouldRevokeAndRetireKeysOnEveryReplicaWithinASecond() {
        TenantKey t = newTenant("two replicas", "READ", "KEYS");
        TenantKey spare = newTenant("two replicas spare", "READ");
        assertThat(onReplica("127.0.0.1", t.key()).status()).isEqualTo(200);
        int start = replicaStatements.get();
        assertThat(onReplica("127.0.0.1", spare.key()).status()).isEqualTo(200);
        int firstUse = replicaStatements.get() - start;
        start = replicaStatements.get();
        assertThat(onReplica("127.0.0.1", spare.key()).status()).isEqualTo(200);
        assertThat(replicaStatements.get() - start).as("a known key is authenticated from the cache, without its lookup")
                .isEqualTo(firstUse - 1);

        ok(ADMIN_KEY, REVOKE, Map.of("id", spare.keyId()));
        assertUnauthenticated(graphql(spare.key(), ME), "revoked");
        assertUnauthenticated(withinASecond(() -> onReplica("127.0.0.1", spare.key())), "revoked");

        Response rotated = graphqlOnReplica("127.0.0.1", t.key(), ROTATE, Map.of("id", t.keyId(), "o", 0));
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(200);
        assertUnauthenticated(onReplica("127.0.0.1", t.key()), "was rotated");
        assertUnauthenticated(withinASecond(() -> graphql(t.key(), ME)), "was rotated");
        ok(rotated.data().path("rotateApiKey").path("plainKey").asString(), ME);
    }

    @Test
    void shouldApplyATenantSettingOnEveryReplicaWithinASecond() {
        TenantKey t = newTenant("setting on two replicas", "READ");
        assertThat(onReplica("127.0.0.1", t.key()).status()).isEqualTo(200);
        ok(ADMIN_KEY, "mutation($t: ID!) { setTrustedDocumentsOnly(input: {tenantId: $t, enabled: true}) "
                + "{ tenant { trustedDocumentsOnly } } }", Map.of("t", t.tenantId()));
        Response refused = withinASecond(() -> onReplica("127.0.0.1", t.key()));
        assertThat(refused.errorCode()).as(refused.raw()).isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldRecordLastUseInOneBatchOffTheRequestPath() {
        TenantKey busy = newTenant("busy key", "READ", "KEYS");
        TenantKey quiet = newTenant("quiet key", "READ");
        KeyUsageRecorder usage = replica.getBean(KeyUsageRecorder.class);
        usage.write();
        onReplica("127.0.0.1", busy.key());
        onReplica("127.0.0.1", quiet.key());
        int start = replicaStatements.get();
        onReplica("127.0.0.1", busy.key());
        int perRequest = replicaStatements.get() - start;

        OffsetDateTime before = OffsetDateTime.now();
        start = replicaStatements.get();
        for (int i = 0; i < 20; i++) {
            assertThat(onReplica("127.0.0.1", i % 4 == 0 ? quiet.key() : busy.key()).status()).isEqualTo(200);
        }
        assertThat(replicaStatements.get() - start).as("no write on the request path").isEqualTo(20 * perRequest);
        start = replicaStatements.get();
        assertThat(usage.write()).as("keys whose last use moved").isEqualTo(2);
        assertThat(replicaStatements.get() - start).as("statements of one batch write").isEqualTo(2);
        assertThat(usage.write()).isZero();

        String lastUsed = ok(busy.key(), "query($id: ID!) { apiKey(id: $id) { lastUsedAt } }",
                Map.of("id", busy.keyId())).path("apiKey").path("lastUsedAt").asString();
        assertThat(OffsetDateTime.parse(lastUsed)).isAfterOrEqualTo(before).isBeforeOrEqualTo(OffsetDateTime.now());
    }

    @Test
    void shouldRefuseASourceThatFailedTooOftenBeforeLookingItsKeyUp() {
        TenantKey t = newTenant("limited source", "READ");
        String source = "127.0.0.2";
        for (int i = 0; i < ATTEMPTS; i++) {
            assertUnauthenticated(onReplica(source, BAD_KEY), "not valid");
        }
        Response limited = onReplica(source, BAD_KEY);
        assertRateLimited(limited);
        assertThat(limited.errors().path(0).path("extensions").path("correlationId").asString()).isNotBlank();

        int statements = replicaStatements.get();
        assertRateLimited(onReplica(source, t.key()));
        assertThat(replicaStatements.get()).as("no key was looked up").isEqualTo(statements);
        Response rest = send(client(source), HttpRequest.newBuilder(replicaUri("/api/v1/materials"))
                .header("Authorization", "Bearer " + t.key()).GET().build());
        assertThat(rest.status()).isEqualTo(429);
        assertThat(rest.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(rest.body().path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(rest.headers().firstValue("Retry-After")).isPresent();

        assertThat(onReplica("127.0.0.3", t.key()).status()).isEqualTo(200);
        assertThat(graphql(t.key(), ME).status()).as("the other replica keeps its own count").isEqualTo(200);
    }

    @Test
    void shouldChargeFailuresOnlyNeverSuccesses() {
        TenantKey t = newTenant("mostly right", "READ");
        String source = "127.0.0.4";
        for (int i = 0; i < ATTEMPTS - 1; i++) {
            assertUnauthenticated(onReplica(source, BAD_KEY), "not valid");
        }
        for (int i = 0; i < 10; i++) {
            assertThat(onReplica(source, t.key()).status()).isEqualTo(200);
        }
        assertThat(onReplica(source, null).status()).isEqualTo(401);
        assertRateLimited(onReplica(source, t.key()));
    }

    @Test
    void shouldBelieveForwardedForOnlyFromATrustedProxy() {
        String untrusted = "127.0.0.5";
        for (int i = 0; i < ATTEMPTS; i++) {
            assertThat(onReplica(untrusted, BAD_KEY, "X-Forwarded-For", "198.51.100." + i).status()).isEqualTo(401);
        }
        assertRateLimited(onReplica(untrusted, BAD_KEY, "X-Forwarded-For", "198.51.100.99"));

        for (int i = 0; i < ATTEMPTS; i++) {
            assertThat(onReplica(TRUSTED_PROXY, BAD_KEY, "X-Forwarded-For", "198.51.100.10").status())
                    .isEqualTo(401);
        }
        assertRateLimited(onReplica(TRUSTED_PROXY, BAD_KEY, "X-Forwarded-For", "198.51.100.10"));
        assertRateLimited(onReplica(TRUSTED_PROXY, BAD_KEY, "X-Forwarded-For", "203.0.113.1, 198.51.100.10"));
        assertThat(onReplica(TRUSTED_PROXY, BAD_KEY, "X-Forwarded-For", "198.51.100.11").status()).isEqualTo(401);
    }

    private static void assertRateLimited(Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(429);
        assertThat(r.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(r.errors().path(0).path("message").asString()).contains("failed authentications");
        long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, Duration.ofHours(1).toSeconds());
    }

    /** {@code me} on the second replica with {@code key} (none when null), sent from {@code source}. */
    private static Response onReplica(String source, String key, String... headers) {
        return graphqlOnReplica(source, key, ME, Map.of(), headers);
    }

    private static Response graphqlOnReplica(String source, String key, String query, Map<String, Object> variables,
                                             String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(replicaUri("/api/v1/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query,
                        "variables", variables))));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(client(source), b.build());
    }

    private static URI replicaUri(String path) {
        return URI.create("http://127.0.0.1:" + replicaPort + path);
    }

    /** A client whose connections come from {@code source}, one of the loopback addresses. */
    private static HttpClient client(String source) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(source))
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
