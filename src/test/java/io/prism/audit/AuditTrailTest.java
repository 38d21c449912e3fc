package io.prism.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import io.prism.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail over HTTP: what each kind of operation records, through both doors, in the same transaction as
 * its change; who may read which log; and that a failed audit write fails its operation and stores nothing.
 */
class AuditTrailTest extends IntegrationTest {

    static final String EVENTS = "query($f: AuditEventFilter, $t: ID) { auditEvents(first: 50, filter: $f, "
            + "tenantId: $t) { totalCount edges { node { id seq action resourceType resourceId outcome errorCode "
            + "actorType actorKeyId actorKeyPrefix correlationId door operationName requestDigest resultDigest "
            + "before after previousHash hash } } } }";
    static final String MATERIAL = "mutation($n: String!) { createMaterial(input: {name: $n, isoGroup: P, "
            + "materialClass: \"steel\", tensileStrengthMpa: 600, source: \"test certificate\", verified: false}) "
            + "{ material { id } } }";

    @Autowired
    Checkpointer checkpointer;

    private TenantKey t;

    @BeforeEach
    void tenant() {
        t = newTenant("audit tenant", "READ", "WRITE", "CALC", "AUDIT");
    }

    private List<JsonNode> events(String key, Map<String, Object> filter) {
        JsonNode page = ok(key, EVENTS, filter == null ? Map.of() : Map.of("f", filter)).path("auditEvents");
        return page.path("edges").valueStream().map(e -> e.path("node")).toList();
    }

    @Test
    void shouldRecordACatalogChangeWithItsStatesDigestsAndCaller() {
        String id = ok(t.key(), MATERIAL, Map.of("n", "audited steel")).path("createMaterial").path("material")
                .path("id").asString();
        ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, tensileStrengthMpa: 650}) "
                + "{ material { id } } }", Map.of("id", id));
        ok(t.key(), "mutation($id: ID!) { deleteMaterial(input: {id: $id}) { deletedId } }", Map.of("id", id));

        List<JsonNode> events = events(t.key(), Map.of("resourceId", id));
        assertThat(events).extracting(e -> e.path("action").asString())
                .containsExactly("material.delete", "material.update", "material.create");
        JsonNode update = events.get(1);
        assertThat(update.path("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(update.path("actorType").asString()).isEqualTo("KEY");
        assertThat(update.path("actorKeyId").asString()).isEqualTo(t.keyId());
        assertThat(t.key()).startsWith(update.path("actorKeyPrefix").asString());
        assertThat(update.path("door").asString()).isEqualTo("GRAPHQL");
        assertThat(update.path("requestDigest").asString()).hasSize(64);
        assertThat(update.path("resultDigest").asString()).hasSize(64);
        assertThat(JSON.readTree(update.path("before").asString()).path("tensileStrength").asDouble())
                .isEqualTo(600.0);
        assertThat(JSON.readTree(update.path("after").asString()).path("tensileStrength").asDouble())
                .isEqualTo(650.0);
        assertThat(events.get(0).path("after").isNull()).isTrue();
        assertThat(events.get(2).path("before").isNull()).isTrue();
        // each event names the hash of the one before it
        assertThat(events.get(0).path("previousHash").asString()).isEqualTo(update.path("hash").asString());
        assertThat(update.path("previousHash").asString()).isEqualTo(events.get(2).path("hash").asString());
    }

    @Test
    void shouldRecordACalculationThroughTheRestDoorBeforeItsAnswer() {
        JsonNode catalog = ok(t.key(), "{ materials(first: 1, filter: {isoGroups: [P]}) { edges { node { id } } } "
                + "tools(first: 1, filter: {types: [FLAT_END_MILL]}) { edges { node { id } } } }");
        Map<String, Object> input = Map.of("materialId", catalog.path("materials").path("edges").path(0)
                        .path("node").path("id").asString(),
                "toolId", catalog.path("tools").path("edges").path(0).path("node").path("id").asString(),
                "operation", "SIDE_MILLING", "apMm", 2, "aeMm", 1, "stickOutMm", 30, "flutes", 4);
        Response r = postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(input),
                "X-Correlation-Id", "audit-rest-calc-1");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        String calculationId = r.body().path("meta").path("calculationId").asString();

        List<JsonNode> events = events(t.key(), Map.of("correlationId", "audit-rest-calc-1"));
        assertThat(events).hasSize(1);
        JsonNode e = events.getFirst();
        assertThat(e.path("action").asString()).isEqualTo("calculation.SPEED_FEED");
        assertThat(e.path("resourceId").asString()).isEqualTo(calculationId);
        assertThat(e.path("door").asString()).isEqualTo("REST");
        assertThat(e.path("operationName").asString()).isEqualTo("SpeedFeed");
        assertThat(e.path("resultDigest").asString()).hasSize(64);
    }

    @Test
    void shouldRecordNothingForAFailedChangeAndEveryRefusal() {
        long before = sqlCount("SELECT count(*) FROM audit_event WHERE tenant_id = '" + t.tenantId() + "'");
        Response bad = graphql(t.key(), "mutation { createMaterial(input: {name: \"\", isoGroup: P, "
                + "materialClass: \"steel\", source: \"s\", verified: false}) { material { id } } }");
        assertThat(bad.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(sqlCount("SELECT count(*) FROM audit_event WHERE tenant_id = '" + t.tenantId() + "'"))
                .as("a change refused as invalid changed nothing and records nothing").isEqualTo(before);

        TenantKey reader = newTenant("audit reader tenant", "READ", "AUDIT");
        Response forbidden = graphql(reader.key(), MATERIAL, Map.of("n", "not allowed"), "X-Correlation-Id",
                "audit-forbidden-1");
        assertThat(forbidden.errorCode()).isEqualTo("FORBIDDEN");
        List<JsonNode> refused = events(reader.key(), Map.of("correlationId", "audit-forbidden-1"));
        assertThat(refused).hasSize(1);
        assertThat(refused.getFirst().path("action").asString()).isEqualTo("request.refused");
        assertThat(refused.getFirst().path("outcome").asString()).isEqualTo("REFUSED");
        assertThat(refused.getFirst().path("errorCode").asString()).isEqualTo("FORBIDDEN");

        Response unauthenticated = graphql("prism_not_a_key", "{ __typename }", null, "X-Correlation-Id",
                "audit-401-1");
        assertThat(unauthenticated.status()).isEqualTo(401);
        JsonNode platform = ok(ADMIN_KEY, EVENTS, Map.of("t", "00000000-0000-0000-0000-000000000000",
                "f", Map.of("correlationId", "audit-401-1"))).path("auditEvents");
        assertThat(platform.path("totalCount").asInt()).isEqualTo(1);
        JsonNode failure = platform.path("edges").path(0).path("node");
        assertThat(failure.path("action").asString()).isEqualTo("auth.failed");
        assertThat(failure.path("actorType").asString()).isEqualTo("ANONYMOUS");
        assertThat(failure.path("errorCode").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(failure.toString()).doesNotContain("prism_not_a_key");
    }

    @Test
    void shouldRecordKeyAndSettingChangesInTheTenantsLog() {
        ok(ADMIN_KEY, "mutation($t: ID!) { setTrustedDocumentsOnly(input: {tenantId: $t, enabled: false}) "
                + "{ tenant { id } } }", Map.of("t", t.tenantId()));
        ok(ADMIN_KEY, "mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }",
                Map.of("id", newKeyFor(t.tenantId())));
        JsonNode page = ok(ADMIN_KEY, EVENTS, Map.of("t", t.tenantId())).path("auditEvents");
        List<String> actions = page.path("edges").valueStream().map(e -> e.path("node").path("action").asString())
                .toList();
        assertThat(actions).contains("tenant.create", "apiKey.create", "tenant.setTrustedDocumentsOnly",
                "apiKey.revoke");
        JsonNode revoke = page.path("edges").valueStream().map(e -> e.path("node"))
                .filter(n -> n.path("action").asString().equals("apiKey.revoke")).findFirst().orElseThrow();
        assertThat(revoke.path("actorType").asString()).isEqualTo("OPERATOR");
        assertThat(JSON.readTree(revoke.path("before").asString()).path("revokedAt").isNull()).isTrue();
        assertThat(JSON.readTree(revoke.path("after").asString()).path("revokedAt").isNull()).isFalse();
        assertThat(page.toString()).as("no key secret or hash in the log").doesNotContain("keyHash");
    }

    private String newKeyFor(String tenantId) {
        return ok(ADMIN_KEY, "mutation($t: ID!) { createApiKey(input: {tenantId: $t, scopes: [READ]}) "
                + "{ apiKey { id } } }", Map.of("t", tenantId)).path("createApiKey").path("apiKey").path("id")
                .asString();
    }

    @Test
    void shouldShowEachTenantOnlyItsOwnLogAndNeedTheAuditScope() {
        ok(t.key(), MATERIAL, Map.of("n", "private to t"));
        TenantKey other = newTenant("other audit tenant", "READ", "AUDIT");
        assertThat(events(other.key(), null)).allSatisfy(e ->
                assertThat(e.path("action").asString()).doesNotStartWith("material."));
        Response named = graphql(other.key(), EVENTS, Map.of("t", t.tenantId()));
        assertThat(named.errorCode()).isEqualTo("NOT_FOUND");
        TenantKey noScope = newTenant("no audit scope tenant", "READ");
        assertThat(graphql(noScope.key(), EVENTS, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
        Response rest = get("/api/v1/audit-logs?first=5&action=material.create", "Authorization",
                "Bearer " + t.key());
        assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
        assertThat(rest.body().path("edges").path(0).path("node").path("action").asString())
                .isEqualTo("material.create");
    }

    @Test
    void shouldFailTheOperationAndStoreNothingWhenTheAuditLogCannotBeWritten() throws SQLException {
        long materials = sqlCount("SELECT count(*) FROM material WHERE tenant_id = '" + t.tenantId() + "'");
        owner("REVOKE INSERT ON audit_event FROM prism_app");
        try {
            Response r = graphql(t.key(), MATERIAL, Map.of("n", "must not be stored"));
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("UNAVAILABLE");
            assertThat(r.raw()).doesNotContain("permission denied");
        } finally {
            owner("GRANT INSERT ON audit_event TO prism_app");
        }
        assertThat(sqlCount("SELECT count(*) FROM material WHERE tenant_id = '" + t.tenantId() + "'"))
                .isEqualTo(materials);
    }

    @Test
    void shouldRefuseChangesToTheLogForTheServiceAndTheOwner() {
        ok(t.key(), MATERIAL, Map.of("n", "append only"));
        for (String sql : List.of("UPDATE audit_event SET action = 'x' WHERE tenant_id = '" + t.tenantId() + "'",
                "DELETE FROM audit_event WHERE tenant_id = '" + t.tenantId() + "'", "TRUNCATE audit_event")) {
            assertThat(ownerFails(sql)).as(sql).contains("append-only");
            assertThat(ownerFails("SET ROLE prism_app; " + sql)).as("as the service: " + sql)
                    .contains("permission denied");
        }
    }

    static void owner(String sql) throws SQLException {
        try (Connection c = TestDatabase.get().ownerConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String ownerFails(String sql) {
        try {
            owner(sql);
            return "no error";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
