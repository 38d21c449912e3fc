package io.prism.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The same operation through either door is metered the same and leaves the same log line: the REST route and the
 * registered GraphQL document (sent by its id) are compared request by request, for a lookup that succeeds and a
 * calculation that fails. Only the door differs.
 */
@ExtendWith(OutputCaptureExtension.class)
class DoorParityTest extends IntegrationTest {

    private Response byRest(TenantKey t, String method, String path, String body, String correlationId) {
        return method.equals("GET")
                ? get(path, "Authorization", "Bearer " + t.key(), "X-Correlation-Id", correlationId)
                : postRaw(path, t.key(), body, "X-Correlation-Id", correlationId);
    }

    private Response byGraphQl(TenantKey t, String documentId, Map<String, Object> variables, String correlationId) {
        return postRaw("/api/v1/graphql", t.key(), JSON.writeValueAsString(Map.of("documentId", documentId,
                "variables", variables)), "X-Correlation-Id", correlationId);
    }

    private static String now(long plusHours) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(plusHours).toString();
    }

    /** The tenant's usage rows, keyed by operation and door. */
    private Map<String, JsonNode> usage(TenantKey t) {
        JsonNode report = ok(t.key(), "query($f: DateTime!, $t: DateTime!) { usage(from: $f, to: $t) { tenantId "
                + "requests errors costUnits operations { operation door requests errors costUnits } } }",
                Map.of("f", now(-1), "t", now(1))).path("usage");
        assertThat(report.path("tenantId").asString()).isEqualTo(t.tenantId());
        Map<String, JsonNode> rows = new HashMap<>();
        report.path("operations").forEach(o -> rows.put(o.path("operation").asString() + " "
                + o.path("door").asString(), o));
        return rows;
    }

    private String material(TenantKey t) {
        return ok(t.key(), "{ materials(first: 1) { edges { node { id } } } }").path("materials").path("edges")
                .path(0).path("node").path("id").asString();
    }

    @Test
    void shouldMeterTheSameOperationTheSameThroughBothDoors() {
        TenantKey t = newTenant("metered tenant", "READ", "CALC");
        String material = material(t);
        Map<String, Object> badCut = Map.of("materialId", "00000000-0000-0000-0000-00000000beef",
                "toolId", "00000000-0000-0000-0000-00000000beef", "operation", "SIDE_MILLING", "apMm", 2,
                "aeMm", 1, "stickOutMm", 30, "flutes", 4);
        for (int i = 0; i < 3; i++) {
            assertThat(byRest(t, "GET", "/api/v1/material/" + material, null, "m-rest-" + i).status()).isEqualTo(200);
            assertThat(byGraphQl(t, "material", Map.of("id", material), "m-gql-" + i).status()).isEqualTo(200);
        }
        Response rest = byRest(t, "POST", "/api/v1/speed-feed", JSON.writeValueAsString(badCut), "sf-rest");
        Response graph = byGraphQl(t, "speed-feed", Map.of("input", badCut), "sf-gql");
        assertThat(rest.body().path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(graph.errorCode()).isEqualTo("NOT_FOUND");

        Map<String, JsonNode> rows = usage(t);
        JsonNode materialRest = rows.get("Material REST");
        JsonNode materialGraph = rows.get("Material GRAPHQL");
        assertThat(materialRest).as(rows.toString()).isNotNull();
        assertThat(materialGraph).as(rows.toString()).isNotNull();
        assertThat(materialRest.path("requests").asLong()).isEqualTo(3);
        assertThat(materialRest.path("errors").asLong()).isZero();
        assertThat(materialRest.path("costUnits").asLong()).isPositive()
                .isEqualTo(materialGraph.path("costUnits").asLong());
        assertThat(materialGraph.path("requests").asLong()).isEqualTo(3);
        assertThat(materialGraph.path("errors").asLong()).isZero();

        JsonNode speedRest = rows.get("SpeedFeed REST");
        JsonNode speedGraph = rows.get("SpeedFeed GRAPHQL");
        assertThat(speedRest).as(rows.toString()).isNotNull();
        assertThat(speedGraph).as(rows.toString()).isNotNull();
        for (JsonNode row : List.of(speedRest, speedGraph)) {
            assertThat(row.path("requests").asLong()).isEqualTo(1);
            assertThat(row.path("errors").asLong()).isEqualTo(1);
        }
        assertThat(speedRest.path("costUnits").asLong())
                .as("a calculation that ran and failed is charged like a lookup is, on both doors")
                .isEqualTo(speedGraph.path("costUnits").asLong())
                .isGreaterThan(materialRest.path("costUnits").asLong() / 3);
        System.out.printf("Metering: 3 material lookups per door cost %d units on each; a failed speedFeed %d units "
                        + "on each%n", materialRest.path("costUnits").asLong(), speedRest.path("costUnits").asLong());
    }

    @Test
    void shouldLogTheSameLineForTheSameOperationThroughBothDoors(CapturedOutput output) {
        TenantKey t = newTenant("logged tenant", "READ", "CALC");
        String material = material(t);
        Map<String, Object> badCut = Map.of("materialId", material, "toolId", "not-a-uuid",
                "operation", "SIDE_MILLING", "apMm", 2, "aeMm", 1, "stickOutMm", 30, "flutes", 4);
        byRest(t, "GET", "/api/v1/material/" + material, null, "parity-ok-rest");
        byGraphQl(t, "material", Map.of("id", material), "parity-ok-gql");
        byRest(t, "POST", "/api/v1/speed-feed", JSON.writeValueAsString(badCut), "parity-bad-rest");
        byGraphQl(t, "speed-feed", Map.of("input", badCut), "parity-bad-gql");

        for (String pair : List.of("parity-ok", "parity-bad")) {
            JsonNode rest = operationLine(output, pair + "-rest");
            JsonNode graph = operationLine(output, pair + "-gql");
            assertThat(rest.path("door").asString()).isEqualTo("REST");
            assertThat(graph.path("door").asString()).isEqualTo("GRAPHQL");
            for (String field : List.of("operation", "costUnits", "errorCodes", "tenantId", "level", "logger_name")) {
                assertThat(rest.path(field)).as(field + " of " + pair + ": " + rest + " vs " + graph)
                        .isEqualTo(graph.path(field));
            }
            assertThat(rest.path("tenantId").asString()).isEqualTo(t.tenantId());
            assertThat(rest.path("durationMs").isNumber()).as(rest.toString()).isTrue();
            assertThat(rest.path("durationMs").isNumber()).isEqualTo(graph.path("durationMs").isNumber());
        }
        assertThat(operationLine(output, "parity-ok-rest").path("operation").asString()).isEqualTo("Material");
        assertThat(operationLine(output, "parity-bad-rest").path("errorCodes").asString())
                .isEqualTo("BAD_USER_INPUT");
    }

    /** The JSON log line of the answered operation with this correlation id. */
    private static JsonNode operationLine(CapturedOutput output, String correlationId) {
        return output.getAll().lines()
                .filter(l -> l.startsWith("{") && l.contains("\"correlationId\":\"" + correlationId + "\""))
                .map(l -> JSON.readTree(l))
                .filter(n -> n.has("door"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation log line for " + correlationId));
    }
}
