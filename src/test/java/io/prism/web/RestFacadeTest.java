package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import io.prism.support.RestAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The REST facade over HTTP against PostgreSQL: every route generated from the registry answers, its responses
 * validate against the generated OpenAPI document, the two doors give the same answers and the same error codes,
 * and the documentation is served without a key and without internet.
 */
class RestFacadeTest extends CalculationTest {

    private TenantKey t;
    private OwnCatalog c;

    @BeforeEach
    void tenant() {
        t = newTenant("rest tenant");
        c = ownCatalog(t);
    }

    @Test
    void shouldServeTheOpenApiDocumentAndSwaggerUiWithoutKeyOrInternet() {
        Response doc = get("/api/v1/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.body().path("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/speed-feed",
                "/api/v1/job-plan", "/api/v1/optimize", "/api/v1/alarm-decode", "/api/v1/material/{id}",
                "/api/v1/tool/{id}", "/api/v1/machine/{id}", "/api/v1/thread/{designation}", "/api/v1/materials",
                "/api/v1/tools", "/api/v1/keys", "/api/v1/keys/{id}", "/api/v1/keys/{id}/rotate", "/api/v1/usage",
                "/api/v1/audit-logs", "/api/v1/audit/verify", "/api/v1/audit-logs/export",
                "/api/v1/compliance/check");
        JsonNode speedFeed = doc.body().path("paths").path("/api/v1/speed-feed").path("post");
        assertThat(speedFeed.path("requestBody").path("content").path("application/json").path("schema")
                .path("$ref").asString()).isEqualTo("#/components/schemas/SpeedFeedInput");
        assertThat(speedFeed.path("responses").path("400").path("$ref").asString())
                .isEqualTo("#/components/responses/BadUserInput");
        JsonNode values = doc.body().path("components").path("schemas").path("SpeedFeedValues");
        assertThat(values.path("properties").path("cuttingSpeed").path("description").asString()).contains("m/min");
        assertThat(values.path("properties").path("feedPerTooth").path("type").toString())
                .isEqualTo("[\"number\",\"null\"]");
        assertThat(doc.body().path("components").path("schemas").path("SpeedFeedOperation").path("enum").toString())
                .contains("HIGH_EFFICIENCY_MILLING");

        Response page = get("/api/v1/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("/api/v1/openapi.json").doesNotContain("https://", "http://");
        for (String asset : page.raw().split("\"")) {
            if (asset.startsWith("/webjars/") || asset.startsWith("/api/v1/docs/")) {
                assertThat(get(asset).status()).as(asset).isEqualTo(200);
            }
        }
    }

    @Test
    void shouldAnswerSpeedFeedAsTheGraphQlDoorDoesAndValidate() {
        Map<String, Object> input = sideMilling(c);
        Response rest = postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(input));
        assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
        assertValid(rest, "/api/v1/speed-feed", "post");
        JsonNode graph = ok(t.key(), SPEED_FEED, Map.of("in", input)).path("speedFeed");
        for (String q : List.of("cuttingSpeed", "spindleSpeed", "feedRate", "spindlePower", "torque", "deflection")) {
            assertThat(rest.body().path("result").path(q).asDouble()).as(q)
                    .isEqualTo(graph.path("result").path(q).asDouble());
        }
        assertThat(rest.body().path("safety").path("score").asDouble())
                .isEqualTo(graph.path("safety").path("score").asDouble());
        assertThat(rest.body().path("meta").path("calculationId").asString())
                .isNotEqualTo(graph.path("meta").path("calculationId").asString());
        assertThat(storedCalculations(t)).isEqualTo(2);
    }

    @Test
    void shouldAnswerOptimizeAndJobPlanAndValidate() {
        Map<String, Object> optimize = new java.util.HashMap<>(sideMilling(c, "apMm", null, "aeMm", null));
        optimize.put("objective", "MAX_REMOVAL_RATE");
        Response optimum = postRaw("/api/v1/optimize", t.key(), JSON.writeValueAsString(optimize));
        assertThat(optimum.status()).as(optimum.raw()).isEqualTo(200);
        assertThat(optimum.body().path("objective").path("value").asDouble()).isPositive();
        assertValid(optimum, "/api/v1/optimize", "post");

        Map<String, Object> face = Map.of("kind", "FACE", "label", "top", "lengthMm", 120, "widthMm", 80,
                "depthMm", 1);
        Map<String, Object> bore = Map.of("kind", "HOLE", "label", "odd hole", "diameterMm", 7.77, "depthMm", 10);
        Response plan = postRaw("/api/v1/job-plan", t.key(), JSON.writeValueAsString(Map.of("materialId",
                c.materialId(), "machineId", c.machineId(), "features", List.of(face, bore))));
        assertThat(plan.status()).as(plan.raw()).isEqualTo(200);
        assertThat(plan.body().path("unplannable").path(0).path("reason").asString()).isEqualTo("NO_SUITABLE_TOOL");
        assertValid(plan, "/api/v1/job-plan", "post");
        assertThat(storedCalculations(t)).isEqualTo(2);
    }

    @Test
    void shouldAnswerEveryLookupRouteAndValidate() {
        Response material = get("/api/v1/material/" + c.materialId(), auth());
        assertThat(material.status()).as(material.raw()).isEqualTo(200);
        assertThat(material.body().path("kc11").asDouble()).isEqualTo(1775);
        assertValid(material, "/api/v1/material/{id}", "get");
        Response tool = get("/api/v1/tool/" + c.toolId(), auth());
        assertThat(tool.body().path("diameter").asDouble()).isEqualTo(12);
        assertValid(tool, "/api/v1/tool/{id}", "get");
        Response machine = get("/api/v1/machine/" + c.machineId(), auth());
        assertThat(machine.body().path("maxRpm").asDouble()).isEqualTo(10000);
        assertValid(machine, "/api/v1/machine/{id}", "get");
        Response thread = get("/api/v1/thread/M10", auth());
        assertThat(thread.body().path("pitch").asDouble()).isEqualTo(1.5);
        assertValid(thread, "/api/v1/thread/{designation}", "get");
        Response materials = get("/api/v1/materials?first=2&search=42CrMo4&isoGroups=P", auth());
        assertThat(materials.status()).as(materials.raw()).isEqualTo(200);
        assertThat(materials.body().path("edges").size()).isBetween(1, 2);
        assertValid(materials, "/api/v1/materials", "get");
        Response tools = get("/api/v1/tools?types=FLAT_END_MILL&diameterMin=12&diameterMax=12&owner=TENANT", auth());
        assertThat(tools.status()).as(tools.raw()).isEqualTo(200);
        assertThat(tools.body().path("totalCount").asInt()).isEqualTo(1);
        assertValid(tools, "/api/v1/tools", "get");
        Response alarm = postRaw("/api/v1/alarm-decode", t.key(), "{\"controller\":\"FANUC\",\"code\":\"sv 401\"}");
        assertThat(alarm.status()).as(alarm.raw()).isEqualTo(200);
        assertThat(alarm.body().path("normalizedCode").asString()).isNotBlank();
        assertValid(alarm, "/api/v1/alarm-decode", "post");
        Response usage = get("/api/v1/usage?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z", auth());
        assertThat(usage.status()).as(usage.raw()).isEqualTo(200);
        assertThat(usage.body().path("tenantId").asString()).isEqualTo(t.tenantId());
        assertValid(usage, "/api/v1/usage", "get");
    }

    @Test
    void shouldGiveTheSameErrorCodesOnBothDoors() {
        Map<String, Object> wide = sideMilling(c, "aeMm", 13);
        Response rest = postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(wide));
        Response graph = graphql(t.key(), SPEED_FEED, Map.of("in", wide));
        assertProblem(rest, 400, "BAD_USER_INPUT", graph.errors().path(0).path("extensions").path("field").asString());
        assertThat(rest.body().path("field").asString()).isEqualTo("input.aeMm");
        assertThat(graph.errorCode()).isEqualTo("BAD_USER_INPUT");

        String unknown = "00000000-0000-0000-0000-0000000000aa";
        assertProblem(get("/api/v1/material/" + unknown, auth()), 404, "NOT_FOUND", null);
        assertThat(graphql(t.key(), "{ material(id: \"" + unknown + "\") { id } }").data().path("material").isNull())
                .isTrue();
        TenantKey other = newTenant("other rest tenant");
        assertProblem(get("/api/v1/tool/" + c.toolId(), "Authorization", "Bearer " + other.key()), 404, "NOT_FOUND",
                null);
        Map<String, Object> foreign = sideMilling(c);
        assertProblem(postRaw("/api/v1/speed-feed", other.key(), JSON.writeValueAsString(foreign)), 404, "NOT_FOUND",
                "input.materialId");
        assertThat(graphql(other.key(), SPEED_FEED, Map.of("in", foreign)).errorCode()).isEqualTo("NOT_FOUND");

        TenantKey reader = newTenant("reader", "READ");
        assertProblem(postRaw("/api/v1/speed-feed", reader.key(), JSON.writeValueAsString(sideMilling(c))), 403,
                "FORBIDDEN", null);
        assertThat(graphql(reader.key(), SPEED_FEED, Map.of("in", sideMilling(c))).errorCode())
                .isEqualTo("FORBIDDEN");

        Response anonymous = postRaw("/api/v1/speed-feed", null, JSON.writeValueAsString(sideMilling(c)));
        assertProblem(anonymous, 401, "UNAUTHENTICATED", null);
        assertThat(graphql(null, SPEED_FEED, Map.of("in", sideMilling(c))).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(storedCalculations(t)).isZero();
    }

    @Test
    void shouldRejectMalformedRequestsNamingTheParameter() {
        assertProblem(postRaw("/api/v1/speed-feed", t.key(), "{not json"), 400, "BAD_USER_INPUT", "body");
        assertProblem(postRaw("/api/v1/speed-feed", t.key(), ""), 400, "BAD_USER_INPUT", "body");
        assertProblem(postRaw("/api/v1/alarm-decode", t.key(), "[1]"), 400, "BAD_USER_INPUT", "body");
        assertProblem(get("/api/v1/materials?first=abc", auth()), 400, "BAD_USER_INPUT", "first");
        assertProblem(get("/api/v1/materials?frist=2", auth()), 400, "BAD_USER_INPUT", "frist");
        assertProblem(get("/api/v1/materials?isoGroups=Q", auth()), 400, "BAD_USER_INPUT", "isoGroups");
        assertProblem(get("/api/v1/materials?first=0", auth()), 400, "BAD_USER_INPUT", "first");
        Response unlisted = get("/api/v1/thread/M7x9", auth());
        assertProblem(unlisted, 404, "NOT_FOUND", null);
        assertThat(unlisted.body().path("suggestions").isArray()).as(unlisted.raw()).isTrue();
        assertProblem(get("/api/v1/thread/bolt", auth()), 400, "BAD_USER_INPUT", "designation");
        Map<String, Object> noMaterial = sideMilling(c, "materialId", null);
        assertProblem(postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(noMaterial)), 400,
                "BAD_USER_INPUT", "input.materialId");
        Response graph = graphql(t.key(), SPEED_FEED, Map.of("in", noMaterial));
        assertThat(graph.errors().path(0).path("extensions").path("field").asString()).isEqualTo("in.materialId");
        assertProblem(postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(sideMilling(c, "operation",
                "KNURLING"))), 400, "BAD_USER_INPUT", "input");
        assertThat(storedCalculations(t)).isZero();
    }

    private String[] auth() {
        return new String[] {"Authorization", "Bearer " + t.key()};
    }

    private static void assertProblem(Response r, int status, String code, String field) {
        RestAssertions.assertProblem(r, status, code, field);
    }

    /** Validates a 200 response against the route's response schema in the served OpenAPI document. */
    private void assertValid(Response r, String path, String method) {
        RestAssertions.assertValid(url("/api/v1/openapi.json"), r, path, method, 200);
    }
}
