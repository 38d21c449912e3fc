package io.prism.audit;

import static io.prism.support.RestAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.prism.data.Database;
import io.prism.generated.rest.RestRoutes;
import io.prism.support.CalculationTest;
import io.prism.tenancy.TenantId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The OCSF export of an audit log over HTTP against PostgreSQL: every kind of event in its OCSF class and activity,
 * in log order with its hash chain; the filters; who may export which log; parameters refused before any byte of
 * the answer; HEAD and other methods; and a long log streamed whole, with its rate printed.
 */
class AuditExportTest extends CalculationTest {

    private static final String EXPORT = "/api/v1/audit-logs/export";
    private static final String NDJSON = "application/x-ndjson";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    AuditTrail trail;
    @Autowired
    Database database;

    private TenantKey t;

    @BeforeEach
    void tenant() {
        t = newTenant("export tenant", "READ", "WRITE", "CALC", "AUDIT");
    }

    /** An export's answer: the status, the media type and the events, one per line. */
    private record Export(int status, String contentType, List<JsonNode> events) {
    }

    private Export export(String key, String query) {
        HttpResponse<Stream<String>> r = call(key, query);
        List<JsonNode> events = r.body().map(line -> JSON.readTree(line)).toList();
        return new Export(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), events);
    }

    /** GETs the export with the key; the body's lines are read as they arrive. */
    private HttpResponse<Stream<String>> call(String key, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(EXPORT + query))).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + key).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> exported(String key, String query) {
        Export e = export(key, query);
        assertThat(e.status()).as(query + " " + e.events()).isEqualTo(200);
        assertThat(e.contentType()).isEqualTo(NDJSON);
        return e.events();
    }

    private Response problem(String key, String query) {
        return get(EXPORT + query, "Authorization", "Bearer " + key);
    }

    @Test
    void shouldExportEachActionAsItsOcsfClassAndActivityInLogOrderWithTheChain() {
        OwnCatalog c = ownCatalog(t);
        ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, tensileStrengthMpa: 650}) "
                + "{ material { id } } }", Map.of("id", c.materialId()));
        ok(t.key(), "mutation($id: ID!) { deleteMachine(input: {id: $id}) { deletedId } }",
                Map.of("id", c.machineId()));
        ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c, "machineId", null)));
        String reader = ok(ADMIN_KEY, "mutation($t: ID!) { createApiKey(input: {tenantId: $t, scopes: [READ]}) "
                + "{ plainKey apiKey { id } } }", Map.of("t", t.tenantId())).path("createApiKey").path("plainKey")
                .asString();
        assertThat(graphql(reader, AuditTrailTest.MATERIAL, Map.of("n", "refused")).errorCode())
                .isEqualTo("FORBIDDEN");
        ok(ADMIN_KEY, "mutation($t: ID!) { setTrustedDocumentsOnly(input: {tenantId: $t, enabled: false}) "
                + "{ tenant { id } } }", Map.of("t", t.tenantId()));
        ok(ADMIN_KEY, "mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }", Map.of("id", t.keyId()));
        List<JsonNode> events = exported(ADMIN_KEY, "?tenantId=" + t.tenantId());

        Map<String, String> kinds = new HashMap<>();
        events.forEach(e -> kinds.putIfAbsent(e.path("metadata").path("event_code").asString(),
                e.path("class_uid").asInt() + "/" + e.path("activity_id").asInt() + "/" + e.path("type_uid").asLong()));
        assertThat(kinds).containsEntry("tenant.create", "3001/1/300101")
                .containsEntry("apiKey.create", "3001/1/300101")
                .containsEntry("material.create", "6003/1/600301")
                .containsEntry("cuttingData.set", "6003/1/600301")
                .containsEntry("material.update", "6003/3/600303")
                .containsEntry("machine.delete", "6003/4/600304")
                .containsEntry("calculation.SPEED_FEED", "6003/1/600301")
                .containsEntry("request.refused", "6003/0/600300")
                .containsEntry("tenant.setTrustedDocumentsOnly", "3001/8/300108")
                .containsEntry("apiKey.revoke", "3001/5/300105");
        assertChained(events);
        assertSameEventsAsTheGraph(events);
        assertCommonAttributes(events);
        assertThat(byAction(events, "request.refused").path("status_detail").asString()).isEqualTo("FORBIDDEN");
        assertThat(byAction(events, "request.refused").path("severity_id").asInt()).isEqualTo(3);
        JsonNode update = byAction(events, "material.update");
        assertThat(update.path("actor").path("user").path("uid").asString()).isEqualTo(t.keyId());
        assertThat(t.key()).startsWith(update.path("actor").path("user").path("name").asString());
        assertThat(update.path("resources").path(0).path("uid").asString()).isEqualTo(c.materialId());
        assertThat(update.path("resources").path(0).path("type").asString()).isEqualTo("Material");
        assertThat(update.path("api").path("service").path("name").asString()).isEqualTo("PRISM");
        assertThat(update.path("unmapped").path("after").path("tensileStrength").asDouble()).isEqualTo(650.0);
        JsonNode revoke = byAction(events, "apiKey.revoke");
        assertThat(revoke.path("user").path("uid").asString()).isEqualTo(t.keyId());
        assertThat(revoke.path("actor").path("user").path("type_id").asInt()).isEqualTo(2);
        assertThat(revoke.has("api")).as("Account Change has no api attribute").isFalse();
    }

    private static JsonNode byAction(List<JsonNode> events, String action) {
        return events.stream().filter(e -> e.path("metadata").path("event_code").asString().equals(action))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action));
    }

    /** In log order from the first event, each one naming the hash of the one before. */
    private static void assertChained(List<JsonNode> events) {
        String previous = "0".repeat(64);
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            assertThat(e.path("metadata").path("sequence").asLong()).isEqualTo(i);
            assertThat(e.path("unmapped").path("prev_hash").asString()).as("seq " + i).isEqualTo(previous);
            previous = e.path("unmapped").path("hash").asString();
        }
    }

    private void assertSameEventsAsTheGraph(List<JsonNode> events) {
        JsonNode page = ok(ADMIN_KEY, "query($t: ID) { auditEvents(first: 100, tenantId: $t) { edges { node { id "
                + "hash } } } }", Map.of("t", t.tenantId())).path("auditEvents").path("edges");
        List<String> graph = new ArrayList<>(page.valueStream().map(n -> n.path("node").path("id").asString())
                .toList()).reversed();
        assertThat(events.stream().map(e -> e.path("metadata").path("uid").asString()).toList())
                .isEqualTo(graph);
        assertThat(events.getLast().path("unmapped").path("hash").asString())
                .isEqualTo(page.path(0).path("node").path("hash").asString());
    }

    private void assertCommonAttributes(List<JsonNode> events) {
        for (JsonNode e : events) {
            assertThat(e.path("type_uid").asLong())
                    .isEqualTo(e.path("class_uid").asLong() * 100 + e.path("activity_id").asLong());
            assertThat(e.path("time").isNumber()).isTrue();
            assertThat(e.path("metadata").path("version").asString()).isEqualTo(Ocsf.SCHEMA_VERSION);
            assertThat(e.path("metadata").path("product").path("name").asString()).isEqualTo("PRISM");
            assertThat(e.path("metadata").path("product").path("version").asString()).isEqualTo(RestRoutes.VERSION);
            assertThat(e.path("metadata").path("tenant_uid").asString()).isEqualTo(t.tenantId());
            assertThat(e.path("status_id").asInt()).isIn(1, 2);
            assertThat(e.has("src_endpoint")).as("not recorded, so left out").isFalse();
            assertThat(e.path("unmapped").path("door").asString()).isIn("GRAPHQL", "REST");
        }
    }

    @Test
    void shouldExportAuthenticationFailuresFromThePlatformLog() {
        String correlation = "export-401-" + UUID.randomUUID();
        assertThat(graphql("prism_not_a_key", "{ __typename }", null, "X-Correlation-Id", correlation).status())
                .isEqualTo(401);
        List<JsonNode> events = exported(ADMIN_KEY, "?tenantId=" + TenantId.GLOBAL.value()
                + "&correlationId=" + correlation);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.path("class_uid").asInt()).isEqualTo(Ocsf.AUTHENTICATION);
            assertThat(e.path("category_uid").asInt()).isEqualTo(3);
            assertThat(e.path("activity_id").asInt()).isEqualTo(1);
            assertThat(e.path("type_uid").asLong()).isEqualTo(300201);
            assertThat(e.path("status_id").asInt()).isEqualTo(2);
            assertThat(e.path("status_detail").asString()).isEqualTo("UNAUTHENTICATED");
            assertThat(e.path("metadata").path("correlation_uid").asString()).isEqualTo(correlation);
            assertThat(e.path("service").path("name").asString()).isEqualTo("PRISM");
            assertThat(e.toString()).doesNotContain("prism_not_a_key");
        });
    }

    @Test
    void shouldApplyTheFiltersOfTheEventList() {
        OwnCatalog c = ownCatalog(t);
        ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, tensileStrengthMpa: 650}) "
                + "{ material { id } } }", Map.of("id", c.materialId()));
        assertThat(actions(exported(t.key(), "?resourceId=" + c.materialId())))
                .containsExactly("material.create", "material.update");
        assertThat(actions(exported(t.key(), "?action=tool.create&resourceType=Tool"))).containsExactly("tool.create");
        assertThat(actions(exported(t.key(), "?actorType=OPERATOR"))).containsExactly("tenant.create",
                "apiKey.create");
        assertThat(actions(exported(t.key(), "?actorKeyId=" + t.keyId() + "&outcome=SUCCESS"))).hasSize(5)
                .doesNotContain("tenant.create");
        assertThat(exported(t.key(), "?outcome=REFUSED")).isEmpty();
        List<JsonNode> all = exported(t.key(), "");
        String third = all.get(2).path("unmapped").path("occurred_at").asString();
        assertThat(exported(t.key(), "?from=" + third).getFirst().path("metadata").path("sequence").asLong())
                .isLessThanOrEqualTo(2);
        assertThat(exported(t.key(), "?to=" + all.getFirst().path("unmapped").path("occurred_at").asString()))
                .isEmpty();
        String tagged = "export-filter-" + UUID.randomUUID();
        postRaw("/api/v1/graphql", t.key(), "{\"query\":\"mutation { createMaterial(input: {name: \\\"tagged\\\", "
                + "isoGroup: P, materialClass: \\\"steel\\\", source: \\\"s\\\", verified: false}) "
                + "{ material { id } } }\"}", "X-Correlation-Id", tagged);
        assertThat(exported(t.key(), "?correlationId=" + tagged)).singleElement()
                .satisfies(e -> assertThat(e.path("api").path("request").path("uid").asString()).isEqualTo(tagged));
    }

    private static List<String> actions(List<JsonNode> events) {
        return events.stream().map(e -> e.path("metadata").path("event_code").asString()).toList();
    }

    @Test
    void shouldNeedTheAuditScopeAndKeepEachTenantToItsOwnLog() {
        TenantKey noScope = newTenant("export without audit scope", "READ");
        Response forbidden = get(EXPORT, "Authorization", "Bearer " + noScope.key(), "X-Correlation-Id",
                "export-forbidden-" + noScope.tenantId());
        assertProblem(forbidden, 403, "FORBIDDEN", null);
        assertThat(actions(exported(ADMIN_KEY, "?tenantId=" + noScope.tenantId() + "&outcome=REFUSED")))
                .as("the refusal is recorded in the caller's log").containsExactly("request.refused");

        TenantKey other = newTenant("other export tenant", "READ", "AUDIT");
        assertProblem(problem(other.key(), "?tenantId=" + t.tenantId()), 404, "NOT_FOUND", null);
        assertThat(exported(other.key(), "?tenantId=" + other.tenantId())).allSatisfy(e ->
                assertThat(e.path("metadata").path("tenant_uid").asString()).isEqualTo(other.tenantId()));
        assertProblem(problem(ADMIN_KEY, ""), 400, "BAD_USER_INPUT", "tenantId");
        assertProblem(get(EXPORT), 401, "UNAUTHENTICATED", null);
    }

    @Test
    void shouldRefuseBadParametersWithAProblemNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "?from=yesterday", "from",
                "?to=2026-01-01T00:00:00", "to",
                "?actorType=ROBOT", "actorType",
                "?outcome=success", "outcome",
                "?actorKeyId=not-a-uuid", "actorKeyId",
                "?action=" + "a".repeat(61), "action",
                "?tenantId=nope", "tenantId",
                "?first=10", "first",
                "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from",
                "?action=a&action=b", "action");
        bad.forEach((query, field) -> {
            Response r = problem(t.key(), query);
            assertProblem(r, 400, "BAD_USER_INPUT", field);
            assertThat(r.body().path("instance").asString()).isEqualTo(EXPORT);
        });
    }

    @Test
    void shouldAnswerHeadWithTheHeadersOfGetAndOtherMethodsWith405() throws Exception {
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(url(EXPORT)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + t.key())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue(NDJSON);
        Response post = postRaw(EXPORT, t.key(), "{}");
        assertProblem(post, 405, "BAD_USER_INPUT", null);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void shouldDescribeTheExportOnceInTheOpenApiDocumentWithAnExampleOfTheRealShape() throws IOException {
        JsonNode op = get("/api/v1/openapi.json").body().path("paths").path(EXPORT).path("get");
        assertThat(op.path("parameters").valueStream().map(p -> p.path("name").asString()).toList())
                .isEqualTo(RestRoutes.AUDIT_EXPORT.params().stream().map(p -> p.name()).toList())
                .contains("tenantId", "from", "to", "actorKeyId", "actorType", "action", "resourceType",
                        "resourceId", "outcome", "correlationId");
        JsonNode ok = op.path("responses").path("200").path("content").path(NDJSON);
        assertThat(op.path("responses").path("403").path("$ref").asString())
                .isEqualTo("#/components/responses/Forbidden");
        String example = ok.path("example").asString();
        assertThat(example).isEqualTo(Files.readString(
                Path.of("codegen/rest/streams/audit-export.example.ndjson")));
        ownCatalog(t);
        Map<Long, JsonNode> real = new HashMap<>();
        exported(t.key(), "").forEach(e -> real.putIfAbsent(e.path("type_uid").asLong(), e));
        for (String line : example.split("\n")) {
            JsonNode documented = JSON.readTree(line);
            JsonNode actual = real.get(documented.path("type_uid").asLong());
            assertThat(actual).as("an exported event of type " + documented.path("type_uid")).isNotNull();
            assertThat(Set.copyOf(documented.propertyNames())).isEqualTo(Set.copyOf(actual.propertyNames()));
            assertThat(Set.copyOf(documented.path("metadata").propertyNames()))
                    .isEqualTo(Set.copyOf(actual.path("metadata").propertyNames()));
        }
    }

    @Test
    void shouldAnswerAProblemRatherThanAnEmptyLogWhenTheLogCannotBeRead() throws Exception {
        AuditTrailTest.owner("REVOKE SELECT ON audit_event FROM prism_app");
        Response r;
        try {
            r = problem(t.key(), "");
        } finally {
            AuditTrailTest.owner("GRANT SELECT ON audit_event TO prism_app");
        }
        assertThat(r.status()).as(r.raw()).isGreaterThanOrEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.raw()).doesNotContain("permission denied");
    }

    @Test
    void shouldStreamALongLogWholeAndInOrder() {
        int added = 3000;
        insertEvents(new TenantId(UUID.fromString(t.tenantId())), added);
        long lines = 0;
        double seconds = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            lines = rawLines(t.key());
            seconds = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf("Audit export: %d events in %.3f s, %.0f events/s (third run, lines read unparsed)%n",
                lines, seconds, lines / seconds);
        List<JsonNode> events = exported(t.key(), "");
        assertThat(events).hasSize((int) lines).hasSizeGreaterThanOrEqualTo(added + 2);
        assertChained(events);
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.path("metadata").path("uid").asString()));
        assertThat(ids).hasSize(events.size());
        assertThat(exported(t.key(), "?action=material.update")).hasSize(added);
    }

    /** The number of lines of the tenant's whole export, read as they arrive. */
    private long rawLines(String key) {
        HttpResponse<Stream<String>> r = call(key, "");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().count();
    }

    /**
     * Appends {@code count} material updates to the tenant's log the way the service appends any event (chained,
     * canonical, in the log's lock), 1,000 to a transaction.
     */
    private void insertEvents(TenantId tenant, int count) {
        AuditEvent.Actor actor = new AuditEvent.Actor(AuditEvent.Actor.Type.KEY, UUID.fromString(t.keyId()),
                t.key().substring(0, 12));
        for (int done = 0; done < count; done += 1000) {
            List<AuditTrail.Entry> entries = new ArrayList<>();
            for (int i = done; i < Math.min(count, done + 1000); i++) {
                entries.add(new AuditTrail.Entry(actor, "material.update", "Material", UUID.randomUUID().toString(),
                        AuditEvent.Outcome.SUCCESS, null, "export-bulk-" + i, "REST", "UpdateMaterial",
                        "0".repeat(64), "1".repeat(64), JSON.readTree("{\"tensileStrength\": " + i + "}"),
                        JSON.readTree("{\"tensileStrength\": " + (i + 1) + "}"), null));
            }
            database.inTransaction(tenant, false, dsl -> trail.append(dsl, tenant, entries));
        }
    }
}
