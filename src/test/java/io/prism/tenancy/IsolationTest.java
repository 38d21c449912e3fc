package io.prism.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The isolation matrix over HTTP: tenant B reads, lists, updates and deletes tenant A's private rows through every
 * query and mutation and always gets NOT_FOUND (never FORBIDDEN) or an empty list; A's rows stay as they were.
 */
class IsolationTest extends IntegrationTest {

    private static final String SPEED_FEED = "query($m: ID!, $t: ID!) { speedFeed(input: {materialId: $m, toolId: $t, "
            + "operation: SIDE_MILLING, apMm: 5, aeMm: 2, stickOutMm: 30, overrides: {chipLoadMm: 0.05}}) "
            + "{ meta { calculationId } } }";

    private TenantKey a;
    private TenantKey b;
    private String materialId;
    private String cuttingOwnId;
    private String cuttingOverrideId;
    private String sharedMaterialId;
    private String toolId;
    private String machineId;

    @BeforeEach
    void twoTenants() {
        a = newTenant("tenant A");
        b = newTenant("tenant B");
        materialId = ok(a.key(), "mutation { createMaterial(input: {name: \"A-secret alloy\", isoGroup: S, "
                + "materialClass: \"nickel alloy\", tensileStrengthMpa: 1000, source: \"A lab\", verified: true}) "
                + "{ material { id } } }").path("createMaterial").path("material").path("id").asString();
        cuttingOwnId = ok(a.key(), "mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: "
                + "CARBIDE, operation: MILLING, cuttingSpeedMinMPerMin: 20, cuttingSpeedMaxMPerMin: 30, source: "
                + "\"A lab\"}) { cuttingData { id } } }", Map.of("m", materialId))
                .path("setCuttingData").path("cuttingData").path("id").asString();
        sharedMaterialId = ok(a.key(), "{ materials(first: 100, filter: {owner: SHARED}) { edges { node { id "
                + "cuttingData { toolMaterial operation } } } } }").path("materials").path("edges").valueStream()
                .filter(e -> e.path("node").path("cuttingData").toString().contains("\"CARBIDE\""))
                .findFirst().orElseThrow().path("node").path("id").asString();
        cuttingOverrideId = ok(a.key(), "mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: "
                + "CARBIDE, operation: MILLING, cuttingSpeedMinMPerMin: 111, cuttingSpeedMaxMPerMin: 112, source: "
                + "\"A lab\"}) { cuttingData { id } } }", Map.of("m", sharedMaterialId))
                .path("setCuttingData").path("cuttingData").path("id").asString();
        toolId = ok(a.key(), "mutation { createTool(input: {name: \"A-secret mill\", type: FLAT_END_MILL, "
                + "diameterMm: 10, flutes: 4, source: \"A crib\", verified: false}) { tool { id } } }")
                .path("createTool").path("tool").path("id").asString();
        machineId = ok(a.key(), "mutation { createMachine(input: {make: \"A-secret\", model: \"M1\", type: VMC, "
                + "maxRpm: 12000, controllerFamily: FANUC, source: \"A shop\", verified: false}) { machine { id } } }")
                .path("createMachine").path("machine").path("id").asString();
    }

    @Test
    void shouldHideEveryPrivateRowFromLookups() {
        assertNotFound(graphql(b.key(), "query($id: ID!) { material(id: $id) { name } }", Map.of("id", materialId)));
        assertNotFound(graphql(b.key(), "query($id: ID!) { tool(id: $id) { name } }", Map.of("id", toolId)));
        assertNotFound(graphql(b.key(), "query($id: ID!) { machine(id: $id) { model } }", Map.of("id", machineId)));
        // A still sees its own rows
        ok(a.key(), "query($id: ID!) { material(id: $id) { name } }", Map.of("id", materialId));
        ok(a.key(), "query($id: ID!) { tool(id: $id) { name } }", Map.of("id", toolId));
        ok(a.key(), "query($id: ID!) { machine(id: $id) { model } }", Map.of("id", machineId));
    }

    @Test
    void shouldLeavePrivateRowsOutOfEveryList() {
        for (String owner : new String[] {"", ", owner: TENANT"}) {
            assertThat(ok(b.key(), "{ materials(first: 100, filter: {search: \"A-secret\"" + owner + "}) { totalCount"
                    + " } }").path("materials").path("totalCount").asInt()).isZero();
            assertThat(ok(b.key(), "{ tools(first: 100, filter: {search: \"A-secret\"" + owner + "}) { totalCount } }")
                    .path("tools").path("totalCount").asInt()).isZero();
            assertThat(ok(b.key(), "{ machines(first: 100, filter: {search: \"A-secret\"" + owner + "}) { totalCount"
                    + " } }").path("machines").path("totalCount").asInt()).isZero();
        }
        assertThat(ok(a.key(), "{ materials(first: 100, filter: {search: \"A-secret\"}) { totalCount } }")
                .path("materials").path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void shouldShowTheSharedRowToBAndTheOverrideOnlyToA() {
        String q = "query($id: ID!) { material(id: $id) { cuttingData { id toolMaterial operation cuttingSpeedMin "
                + "owner overridesShared } } }";
        JsonNode forA = ok(a.key(), q, Map.of("id", sharedMaterialId)).path("material").path("cuttingData");
        JsonNode forB = ok(b.key(), q, Map.of("id", sharedMaterialId)).path("material").path("cuttingData");
        JsonNode aCarbide = find(forA, "CARBIDE");
        JsonNode bCarbide = find(forB, "CARBIDE");
        assertThat(aCarbide.path("owner").asString()).isEqualTo("TENANT");
        assertThat(aCarbide.path("overridesShared").asBoolean()).isTrue();
        assertThat(aCarbide.path("cuttingSpeedMin").asDouble()).isEqualTo(111.0);
        assertThat(bCarbide.path("owner").asString()).isEqualTo("SHARED");
        assertThat(bCarbide.path("id").asString()).isNotEqualTo(cuttingOverrideId);
        assertThat(forB.toString()).doesNotContain(cuttingOverrideId);
    }

    @Test
    void shouldAnswerNotFoundToEveryForeignWrite() {
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, name: \"stolen\"}) "
                + "{ material { id } } }", Map.of("id", materialId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { deleteMaterial(input: {id: $id}) { deletedId } }",
                Map.of("id", materialId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { setCuttingData(input: {materialId: $id, toolMaterial: "
                + "HSS, operation: DRILLING, cuttingSpeedMinMPerMin: 5, source: \"B\"}) { cuttingData { id } } }",
                Map.of("id", materialId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { deleteCuttingData(input: {id: $id}) { deletedId } }",
                Map.of("id", cuttingOwnId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { deleteCuttingData(input: {id: $id}) { deletedId } }",
                Map.of("id", cuttingOverrideId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { updateTool(input: {id: $id, name: \"stolen\"}) "
                + "{ tool { id } } }", Map.of("id", toolId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { deleteTool(input: {id: $id}) { deletedId } }",
                Map.of("id", toolId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { updateMachine(input: {id: $id, model: \"stolen\"}) "
                + "{ machine { id } } }", Map.of("id", machineId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { deleteMachine(input: {id: $id}) { deletedId } }",
                Map.of("id", machineId)));

        JsonNode m = ok(a.key(), "query($m: ID!, $t: ID!, $c: ID!) { material(id: $m) { name cuttingData { id } } "
                + "tool(id: $t) { name } machine(id: $c) { model } }",
                Map.of("m", materialId, "t", toolId, "c", machineId));
        assertThat(m.path("material").path("name").asString()).isEqualTo("A-secret alloy");
        assertThat(m.path("material").path("cuttingData").toString()).contains(cuttingOwnId);
        assertThat(m.path("tool").path("name").asString()).isEqualTo("A-secret mill");
        assertThat(m.path("machine").path("model").asString()).isEqualTo("M1");
    }

    @Test
    void shouldKeepTheSharedCatalogReadOnlyForTenants() {
        String toolShared = ok(b.key(), "{ tools(first: 1, filter: {owner: SHARED}) { edges { node { id } } } }")
                .path("tools").path("edges").path(0).path("node").path("id").asString();
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, name: \"mine\"}) "
                + "{ material { id } } }", Map.of("id", sharedMaterialId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { deleteMaterial(input: {id: $id}) { deletedId } }",
                Map.of("id", sharedMaterialId)));
        assertNotFound(graphql(b.key(), "mutation($id: ID!) { deleteTool(input: {id: $id}) { deletedId } }",
                Map.of("id", toolShared)));
        JsonNode shared = ok(b.key(), "query($id: ID!) { material(id: $id) { name owner } }",
                Map.of("id", sharedMaterialId)).path("material");
        assertThat(shared.path("owner").asString()).isEqualTo("SHARED");
        assertThat(shared.path("name").asString()).isNotEqualTo("mine");
    }

    @Test
    void shouldHideEveryCalculationOfAnotherTenant() {
        String calculationId = ok(a.key(), SPEED_FEED, Map.of("m", sharedMaterialId, "t", toolId))
                .path("speedFeed").path("meta").path("calculationId").asString();
        assertNotFound(graphql(b.key(), "query($id: ID!) { calculation(id: $id) { id inputs } }",
                Map.of("id", calculationId)));
        assertThat(ok(b.key(), "{ calculations(first: 100) { totalCount edges { node { id } } } }")
                .path("calculations").path("totalCount").asInt()).isZero();
        // B cannot use A's tool either: the run is refused as not found and B stores nothing
        assertNotFound(graphql(b.key(), SPEED_FEED, Map.of("m", sharedMaterialId, "t", toolId)));
        assertThat(sqlCount("SELECT count(*) FROM calculation WHERE tenant_id = '" + b.tenantId() + "'")).isZero();
        JsonNode own = ok(a.key(), "query($id: ID!) { calculation(id: $id) { id } calculations { totalCount } }",
                Map.of("id", calculationId));
        assertThat(own.path("calculation").path("id").asString()).isEqualTo(calculationId);
        assertThat(own.path("calculations").path("totalCount").asInt()).isEqualTo(1);
    }

    private static JsonNode find(JsonNode rows, String toolMaterial) {
        for (JsonNode r : rows) {
            if (r.path("toolMaterial").asString().equals(toolMaterial) && r.path("operation").asString()
                    .equals("MILLING")) {
                return r;
            }
        }
        throw new AssertionError("no " + toolMaterial + " MILLING row in " + rows);
    }

    private static void assertNotFound(Response r) {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
        assertThat(r.raw()).doesNotContain("FORBIDDEN");
    }
}
