package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import io.prism.tenancy.ApiKeys;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Trusted documents over HTTP against PostgreSQL: the manifest, running registered operations by registry id, by
 * {@code sha256:} document id, by Apollo's persisted-query hash and by exact text, the per-tenant
 * {@code trustedDocumentsOnly} setting that refuses everything else before it runs, the REST facade under that
 * setting, and the operator's switch.
 */
class TrustedDocumentsTest extends CalculationTest {

    private static final String SET = "mutation($t: ID!, $on: Boolean!) { setTrustedDocumentsOnly(input: "
            + "{tenantId: $t, enabled: $on}) { tenant { id trustedDocumentsOnly } } }";

    private TenantKey t;
    private OwnCatalog c;
    private Map<String, JsonNode> manifest;

    @BeforeEach
    void tenant() {
        t = newTenant("trusted documents tenant");
        c = ownCatalog(t);
        manifest = new HashMap<>();
        get(TrustedDocuments.MANIFEST_PATH).body().path("operations").valueStream()
                .forEach(op -> manifest.put(op.path("registryId").asString(), op));
    }

    @Test
    void shouldPublishTheManifestWithoutKeyWithEachHashOfTheExactText() {
        Response r = get(TrustedDocuments.MANIFEST_PATH);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("format").asString()).isEqualTo("apollo-persisted-query-manifest");
        assertThat(r.body().path("version").asInt()).isEqualTo(1);
        assertThat(manifest).containsOnlyKeys("speed-feed", "optimize", "job-plan", "alarm-decode", "material",
                "tool", "machine", "thread", "materials", "tools", "keys", "key", "create-key", "rotate-key",
                "revoke-key", "usage", "audit-logs", "audit-verify", "compliance-check");
        JsonNode paths = get("/api/v1/openapi.json").body().path("paths");
        for (JsonNode op : manifest.values()) {
            String body = op.path("body").asString();
            assertThat(op.path("id").asString()).isEqualTo(ApiKeys.hash(body));
            assertThat(op.path("documentId").asString()).isEqualTo("sha256:" + ApiKeys.hash(body));
            assertThat(body).contains(op.path("type").asString() + " " + op.path("name").asString() + "(");
            String[] route = op.path("route").asString().split(" ");
            assertThat(paths.path(route[1]).has(route[0].toLowerCase())).as(op.toString()).isTrue();
        }
        assertThat(manifest.get("speed-feed").path("route").asString()).isEqualTo("POST /api/v1/speed-feed");
    }

    @Test
    void shouldRunRegisteredOperationsByIdHashPersistedQueryAndTextWhenTrustedDocumentsOnly() {
        setTrustedOnly(t, true);
        Map<String, Object> variables = Map.of("input", sideMilling(c));
        String hash = manifest.get("speed-feed").path("id").asString();
        long stored = storedCalculations(t);

        for (Map<String, Object> body : List.of(
                request("documentId", "speed-feed", variables),
                request("documentId", "sha256:" + hash, variables),
                request("documentId", "sha256:" + hash.toUpperCase(), variables),
                request("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)), variables),
                request("query", manifest.get("speed-feed").path("body").asString(), variables))) {
            Response r = post(t, body);
            assertThat(r.errors().isMissingNode()).as(r.raw()).isTrue();
            assertThat(r.data().path("speedFeed").path("result").path("cuttingSpeed").asDouble()).as(r.raw())
                    .isBetween(160.0, 240.0);
        }
        assertThat(storedCalculations(t)).isEqualTo(stored + 5);

        Response material = post(t, request("documentId", "material", Map.of("id", c.materialId())));
        assertThat(material.data().path("material").path("name").asString()).as(material.raw())
                .isEqualTo("42CrMo4 annealed");
    }

    @Test
    void shouldRefuseAnyOtherDocumentBeforeItRunsWhenTrustedDocumentsOnly() {
        setTrustedOnly(t, true);
        long stored = storedCalculations(t);
        String materials = "SELECT count(*) FROM material WHERE tenant_id = '" + t.tenantId() + "'";
        long ownMaterials = sqlCount(materials);
        String registered = manifest.get("speed-feed").path("body").asString();

        List<Response> refused = List.of(
                graphql(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))),
                graphql(t.key(), "mutation { createMaterial(input: {name: \"ad hoc\", isoGroup: P, materialClass: "
                        + "\"steel\", source: \"test\"}) { material { id } } }"),
                graphql(t.key(), registered.strip(), Map.of("input", sideMilling(c))),
                graphql(t.key(), registered.replace("  speedFeed", " speedFeed"), Map.of("input", sideMilling(c))),
                graphql(t.key(), "{ __schema { types { name } } }"),
                graphql(t.key(), "{ me { tenant { trustedDocumentsOnly } } }"));
        for (Response r : refused) {
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("FORBIDDEN");
            JsonNode error = r.errors().path(0);
            assertThat(error.path("message").asString()).contains("trustedDocumentsOnly",
                    TrustedDocuments.MANIFEST_PATH);
            assertThat(error.path("extensions").path("setting").asString()).isEqualTo("trustedDocumentsOnly");
            assertThat(error.path("extensions").path("correlationId").asString())
                    .isEqualTo(r.headers().firstValue("X-Correlation-Id").orElseThrow());
            assertThat(r.errors().size()).isEqualTo(1);
            assertThat(r.body().has("data")).as(r.raw()).isFalse();
        }
        assertThat(storedCalculations(t)).isEqualTo(stored);
        assertThat(sqlCount(materials)).isEqualTo(ownMaterials);

        Response spec = graphql(t.key(), "{ __typename }", null, "Accept", "application/graphql-response+json");
        assertThat(spec.status()).isEqualTo(400);
        assertThat(spec.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldRefuseWithTheAuthenticationAsItsOnlyStatement() {
        setTrustedOnly(t, true);
        int before = statements.get();
        assertThat(graphql(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(statements.get() - before).isEqualTo(1);
    }

    @Test
    void shouldKeepTheRestFacadeWorkingWhenTrustedDocumentsOnly() {
        setTrustedOnly(t, true);
        long stored = storedCalculations(t);
        Response speedFeed = postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(sideMilling(c)));
        assertThat(speedFeed.status()).as(speedFeed.raw()).isEqualTo(200);
        assertThat(speedFeed.body().path("result").path("cuttingSpeed").asDouble()).isBetween(160.0, 240.0);
        assertThat(storedCalculations(t)).isEqualTo(stored + 1);
        Response material = get("/api/v1/material/" + c.materialId(), "Authorization", "Bearer " + t.key());
        assertThat(material.status()).as(material.raw()).isEqualTo(200);
        assertThat(material.body().path("name").asString()).isEqualTo("42CrMo4 annealed");
    }

    @Test
    void shouldLeaveTenantsWithTheSettingOffUnaffected() {
        TenantKey other = newTenant("tenant with any document");
        setTrustedOnly(t, true);
        assertThat(ok(other.key(), "{ me { tenant { trustedDocumentsOnly } } }").path("me").path("tenant")
                .path("trustedDocumentsOnly").asBoolean()).isFalse();
        assertThat(ok(other.key(), "{ materials(first: 1) { totalCount } }").path("materials").path("totalCount")
                .asInt()).isPositive();
        Response byId = post(other, request("documentId", "thread", Map.of("designation", "M10x1.25")));
        assertThat(byId.data().path("threadSpec").path("tapDrill").asDouble()).as(byId.raw()).isEqualTo(8.75);
    }

    @Test
    void shouldLetOnlyTheOperatorToggleTheSettingWithEffectOnTheNextRequest() {
        TenantKey fresh = newTenant("fresh tenant");
        assertThat(ok(fresh.key(), "{ me { tenant { trustedDocumentsOnly } } }").path("me").path("tenant")
                .path("trustedDocumentsOnly").asBoolean()).isFalse();

        Response denied = graphql(fresh.key(), SET, Map.of("t", fresh.tenantId(), "on", true));
        assertThat(denied.errorCode()).as(denied.raw()).isEqualTo("FORBIDDEN");
        assertThat(denied.errors().path(0).path("message").asString()).contains("ADMIN scope");
        assertThat(sqlCount("SELECT count(*) FROM tenant WHERE trusted_documents_only AND tenant_id = '"
                + fresh.tenantId() + "'")).isZero();

        JsonNode on = setTrustedOnly(fresh, true);
        assertThat(on.path("id").asString()).isEqualTo(fresh.tenantId());
        assertThat(on.path("trustedDocumentsOnly").asBoolean()).isTrue();
        assertThat(graphql(fresh.key(), "{ me { keyId } }").errorCode()).isEqualTo("FORBIDDEN");

        assertThat(setTrustedOnly(fresh, false).path("trustedDocumentsOnly").asBoolean()).isFalse();
        assertThat(ok(fresh.key(), "{ me { tenant { trustedDocumentsOnly } } }").path("me").path("tenant")
                .path("trustedDocumentsOnly").asBoolean()).isFalse();
    }

    @Test
    void shouldRejectTheSwitchForUnknownOrSharedTenants() {
        Response unknown = graphql(ADMIN_KEY, SET, Map.of("t", "5b0f2a7e-0000-4000-8000-000000000001", "on", true));
        assertThat(unknown.errorCode()).as(unknown.raw()).isEqualTo("NOT_FOUND");
        Response shared = graphql(ADMIN_KEY, SET, Map.of("t", "00000000-0000-0000-0000-000000000000", "on", true));
        assertThat(shared.errorCode()).as(shared.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(shared.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.tenantId");
        Response malformed = graphql(ADMIN_KEY, SET, Map.of("t", "not-an-id", "on", true));
        assertThat(malformed.errorCode()).as(malformed.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(sqlCount("SELECT count(*) FROM tenant WHERE trusted_documents_only "
                + "AND tenant_id = '00000000-0000-0000-0000-000000000000'")).isZero();
    }

    @Test
    void shouldNameUnknownDocumentIdsAndRejectMalformedOnes() {
        Map<String, Object> variables = Map.of("input", sideMilling(c));
        String zeros = "0".repeat(64);
        for (String id : List.of("speed-fed", "sha256:" + zeros)) {
            Response r = post(t, request("documentId", id, variables));
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
            assertThat(r.errors().path(0).path("message").asString()).contains("'" + id + "'",
                    TrustedDocuments.MANIFEST_PATH);
            assertThat(r.errors().path(0).path("extensions").path("documentId").asString()).isEqualTo(id);
        }
        Response apollo = post(t, request("extensions", Map.of("persistedQuery", Map.of("version", 1,
                "sha256Hash", zeros)), variables));
        assertThat(apollo.errorCode()).as(apollo.raw()).isEqualTo("NOT_FOUND");
        assertThat(apollo.errors().path(0).path("message").asString()).contains(zeros);

        Map<String, Object> both = request("documentId", "speed-feed", variables);
        both.put("query", SPEED_FEED);
        for (Map<String, Object> body : List.of(request("documentId", "sha256:xyz", variables),
                request("documentId", "md5:0cc175b9c0f1b6a831c399e269772661", variables),
                request("documentId", 42, variables), request("documentId", "speed feed", variables), both)) {
            Response r = post(t, body);
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
            assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo("documentId");
        }
        Response version = post(t, request("extensions", Map.of("persistedQuery", Map.of("version", 2,
                "sha256Hash", zeros)), variables));
        assertThat(version.errors().path(0).path("extensions").path("field").asString())
                .isEqualTo("extensions.persistedQuery.version");
        assertThat(storedCalculations(t)).isZero();
    }

    private JsonNode setTrustedOnly(TenantKey tenant, boolean on) {
        return ok(ADMIN_KEY, SET, Map.of("t", tenant.tenantId(), "on", on)).path("setTrustedDocumentsOnly")
                .path("tenant");
    }

    private static Map<String, Object> request(String key, Object value, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, value);
        body.put("variables", variables);
        return body;
    }

    private Response post(TenantKey tenant, Map<String, Object> body) {
        return postRaw("/api/v1/graphql", tenant.key(), JSON.writeValueAsString(body));
    }
}
