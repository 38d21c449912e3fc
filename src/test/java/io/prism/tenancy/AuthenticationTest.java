package io.prism.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API keys over HTTP: missing, malformed, unknown, revoked and expired keys; scopes; the operator's mutations. */
class AuthenticationTest extends IntegrationTest {

    private static final String ME = "{ me { tenant { id name tier } keyId keyPrefix scopes operator } }";

    @Test
    void shouldRejectAMissingKeyWith401() {
        Response r = graphql(null, ME);
        assertUnauthenticated(r, "API key is required");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("Bearer"));
    }

    @Test
    void shouldRejectMalformedAndUnknownKeysWith401() {
        assertUnauthenticated(postRaw("/api/v1/graphql", null, "{\"query\":\"{ me { keyId } }\"}",
                "Authorization", "Basic dXNlcjpwYXNz"), "Bearer scheme");
        assertUnauthenticated(graphql("x y", ME), "malformed");
        assertUnauthenticated(graphql(ApiKeys.PREFIX + "ThisKeyDoesNotExist000000000000", ME), "not valid");
    }

    @Test
    void shouldStopAcceptingARevokedKeyOnTheNextRequest() {
        TenantKey t = newTenant("revoked key tenant", "READ");
        assertThat(ok(t.key(), ME).path("me").path("tenant").path("id").asString()).isEqualTo(t.tenantId());
        JsonNode revoked = ok(ADMIN_KEY, "mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id revokedAt } } }",
                Map.of("id", t.keyId())).path("revokeApiKey").path("apiKey");
        assertThat(revoked.path("revokedAt").isNull()).isFalse();
        assertUnauthenticated(graphql(t.key(), ME), "revoked");
    }

    @Test
    void shouldRejectAnExpiredKey() throws Exception {
        TenantKey t = newTenant("expiring key tenant", "READ");
        ok(t.key(), ME);
        try (var c = io.prism.support.TestDatabase.get().ownerConnection();
             var ps = c.prepareStatement("UPDATE api_key SET expires_at = now() - interval '1 second' "
                     + "WHERE key_id = ?::uuid")) {
            ps.setString(1, t.keyId());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        // the update's notice empties the key cache (within a second; the service's own changes do it at once)
        assertUnauthenticated(withinASecond(() -> graphql(t.key(), ME)), "expired");
    }

    @Test
    void shouldShowTheCallerAndNeverStoreThePlainKey() {
        TenantKey t = newTenant("me tenant", "READ", "CALC");
        JsonNode me = ok(t.key(), ME).path("me");
        assertThat(me.path("tenant").path("name").asString()).isEqualTo("me tenant");
        assertThat(me.path("tenant").path("tier").asString()).isEqualTo("PRO");
        assertThat(me.path("scopes").toString()).contains("READ", "CALC").doesNotContain("WRITE");
        assertThat(me.path("operator").asBoolean()).isFalse();
        assertThat(t.key()).startsWith("prism_live_").hasSize("prism_live_".length() + 32);
        assertThat(t.key()).startsWith(me.path("keyPrefix").asString());
        assertThat(sqlCount("SELECT count(*) FROM api_key WHERE key_hash = '" + t.key() + "' OR prefix = '"
                + t.key() + "'")).isZero();
    }

    @Test
    void shouldForbidAdminMutationsToTenantKeys() {
        TenantKey t = newTenant("not an admin", "READ", "WRITE", "CALC");
        Response r = graphql(t.key(), "mutation { createTenant(input: {name: \"x\", tier: FREE}) { tenant { id } } }");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.errorCode()).isEqualTo("FORBIDDEN");
        Response k = graphql(t.key(), "mutation($t: ID!) { createApiKey(input: {tenantId: $t, scopes: [READ]}) "
                + "{ plainKey } }", Map.of("t", t.tenantId()));
        assertThat(k.errorCode()).isEqualTo("FORBIDDEN");
        Response v = graphql(t.key(), "mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }",
                Map.of("id", t.keyId()));
        assertThat(v.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldForbidWritesToAReadOnlyKey() {
        TenantKey t = newTenant("read only", "READ");
        long before = sqlCount("SELECT count(*) FROM material");
        Response r = graphql(t.key(), "mutation { createMaterial(input: {name: \"X\", isoGroup: P, materialClass: "
                + "\"steel\", source: \"test\", verified: false}) { material { id } } }");
        assertThat(r.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(sqlCount("SELECT count(*) FROM material")).isEqualTo(before);
    }

    @Test
    void shouldValidateKeyCreation() {
        TenantKey t = newTenant("key rules");
        Response admin = graphql(ADMIN_KEY, "mutation($t: ID!) { createApiKey(input: {tenantId: $t, scopes: "
                + "[ADMIN]}) { plainKey } }", Map.of("t", t.tenantId()));
        assertThat(admin.errorCode()).isEqualTo("BAD_USER_INPUT");
        Response past = graphql(ADMIN_KEY, "mutation($t: ID!) { createApiKey(input: {tenantId: $t, scopes: [READ],"
                + " expiresAt: \"2020-01-01T00:00:00Z\"}) { plainKey } }", Map.of("t", t.tenantId()));
        assertThat(past.errorCode()).isEqualTo("BAD_USER_INPUT");
        Response unknown = graphql(ADMIN_KEY, "mutation { createApiKey(input: {tenantId: "
                + "\"5d1c1d57-0000-4000-8000-000000000001\", scopes: [READ]}) { plainKey } }");
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        Response none = graphql(ADMIN_KEY, "mutation($t: ID!) { createApiKey(input: {tenantId: $t, scopes: []}) "
                + "{ plainKey } }", Map.of("t", t.tenantId()));
        assertThat(none.errorCode()).isEqualTo("BAD_USER_INPUT");
        Response revokeUnknown = graphql(ADMIN_KEY, "mutation { revokeApiKey(id: "
                + "\"5d1c1d57-0000-4000-8000-000000000002\") { apiKey { id } } }");
        assertThat(revokeUnknown.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldValidateTenantCreationAndWriteNothingOnFailure() {
        long before = sqlCount("SELECT count(*) FROM tenant");
        Response blank = graphql(ADMIN_KEY, "mutation { createTenant(input: {name: \"  \", tier: FREE}) "
                + "{ tenant { id } } }");
        assertThat(blank.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(blank.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.name");
        Response tier = graphql(ADMIN_KEY, "mutation { createTenant(input: {name: \"x\", tier: GOLD}) "
                + "{ tenant { id } } }");
        assertThat(tier.errorCode()).isEqualTo("BAD_USER_INPUT");
        Response global = graphql(ADMIN_KEY, "mutation { createApiKey(input: {tenantId: "
                + "\"00000000-0000-0000-0000-000000000000\", scopes: [READ]}) { plainKey } }");
        assertThat(global.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(sqlCount("SELECT count(*) FROM tenant")).isEqualTo(before);
        JsonNode created = ok(ADMIN_KEY, "mutation { createTenant(input: {name: \"Acme\", tier: ENTERPRISE}) "
                + "{ tenant { id name tier createdAt } } }").path("createTenant").path("tenant");
        assertThat(created.path("tier").asString()).isEqualTo("ENTERPRISE");
        assertThat(created.path("createdAt").asString()).endsWith("Z");
        assertThat(sqlCount("SELECT count(*) FROM tenant")).isEqualTo(before + 1);
    }

    @Test
    void shouldEchoTheCorrelationIdInHeaderAndErrors() {
        Response r = graphql(null, ME, null, "X-Correlation-Id", "corr-auth-123");
        assertThat(r.headers().firstValue("X-Correlation-Id")).hasValue("corr-auth-123");
        assertThat(r.errors().path(0).path("extensions").path("correlationId").asString()).isEqualTo("corr-auth-123");
        TenantKey t = newTenant("corr tenant", "READ");
        Response nf = graphql(t.key(), "{ tool(id: \"5d1c1d57-0000-4000-8000-000000000003\") { name } }", null,
                "X-Correlation-Id", "corr-nf-456");
        assertThat(nf.errors().path(0).path("extensions").path("correlationId").asString()).isEqualTo("corr-nf-456");
        Response generated = graphql(t.key(), ME);
        assertThat(generated.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    private static void assertUnauthenticated(Response r, String messagePart) {
        assertThat(r.status()).as(r.raw()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(r.errors().path(0).path("message").asString()).containsIgnoringCase(messagePart);
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain("at io.");
    }
}
