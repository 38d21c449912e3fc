package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every catalog mutation, its happy path and its validation failures; a failure writes nothing. */
class CatalogMutationTest extends IntegrationTest {

    private TenantKey t;

    @BeforeEach
    void tenant() {
        t = newTenant("mutation tenant");
    }

    @Test
    void shouldCreateUpdateAndDeleteAMaterial() {
        JsonNode created = ok(t.key(), "mutation { createMaterial(input: {name: \"Shop 6082\", designations: {en: "
                + "\"EN AW-6082\"}, isoGroup: N, materialClass: \"wrought aluminium\", condition: \"T6\", hardness: "
                + "{value: 95, scale: HB}, tensileStrengthMpa: 310, yieldStrengthMpa: 260, densityKgM3: 2700, "
                + "source: \"mill certificate 4711\", verified: true}) { material { id name owner hardness { value "
                + "scale } tensileStrength provenance { source verified } } } }")
                .path("createMaterial").path("material");
        String id = created.path("id").asString();
        assertThat(created.path("owner").asString()).isEqualTo("TENANT");
        assertThat(created.path("hardness").path("scale").asString()).isEqualTo("HB");
        assertThat(created.path("provenance").path("source").asString()).isEqualTo("mill certificate 4711");

        JsonNode updated = ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, tensileStrengthMpa: "
                + "320, condition: \"T651\"}) { material { name condition tensileStrength yieldStrength } } }",
                Map.of("id", id)).path("updateMaterial").path("material");
        assertThat(updated.path("name").asString()).isEqualTo("Shop 6082");
        assertThat(updated.path("condition").asString()).isEqualTo("T651");
        assertThat(updated.path("tensileStrength").asDouble()).isEqualTo(320.0);
        assertThat(updated.path("yieldStrength").asDouble()).isEqualTo(260.0);

        assertThat(ok(t.key(), "{ materials(first: 10, filter: {search: \"en aw-6082\", owner: TENANT}) { totalCount } }")
                .path("materials").path("totalCount").asInt()).isEqualTo(1);

        JsonNode deleted = ok(t.key(), "mutation($id: ID!) { deleteMaterial(input: {id: $id}) { deletedId } }",
                Map.of("id", id)).path("deleteMaterial");
        assertThat(deleted.path("deletedId").asString()).isEqualTo(id);
        assertThat(graphql(t.key(), "query($id: ID!) { material(id: $id) { name } }", Map.of("id", id))
                .errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldRejectInvalidMaterialsAndWriteNothing() {
        long before = sqlCount("SELECT count(*) FROM material");
        expectBadInput("mutation { createMaterial(input: {name: \"\", isoGroup: P, materialClass: \"steel\", "
                + "source: \"s\", verified: false}) { material { id } } }", "input.name");
        expectBadInput("mutation { createMaterial(input: {name: \"x\", isoGroup: P, materialClass: \"steel\", "
                + "tensileStrengthMpa: -5, source: \"s\", verified: false}) { material { id } } }",
                "input.tensileStrengthMpa");
        expectBadInput("mutation { createMaterial(input: {name: \"x\", isoGroup: P, materialClass: \"steel\", "
                + "tensileStrengthMpa: 400, yieldStrengthMpa: 500, source: \"s\", verified: false}) { material "
                + "{ id } } }", "input.yieldStrengthMpa");
        expectBadInput("mutation { createMaterial(input: {name: \"x\", isoGroup: P, materialClass: \"steel\", "
                + "hardness: {value: 90, scale: HRC}, source: \"s\", verified: false}) { material { id } } }",
                "input.hardness.value");
        expectBadInput("mutation { createMaterial(input: {name: \"x\", isoGroup: P, materialClass: \"steel\", "
                + "source: \"   \", verified: false}) { material { id } } }", "input.source");
        Response badEnum = graphql(t.key(), "mutation { createMaterial(input: {name: \"x\", isoGroup: Z, "
                + "materialClass: \"steel\", source: \"s\", verified: false}) { material { id } } }");
        assertThat(badEnum.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(sqlCount("SELECT count(*) FROM material")).isEqualTo(before);

        String id = ok(t.key(), "mutation { createMaterial(input: {name: \"keep me\", isoGroup: P, materialClass: "
                + "\"steel\", tensileStrengthMpa: 500, source: \"s\", verified: false}) { material { id } } }")
                .path("createMaterial").path("material").path("id").asString();
        expectBadInput("mutation($id: ID!) { updateMaterial(input: {id: $id, name: \"renamed\", densityKgM3: 1}) "
                + "{ material { id } } }", Map.of("id", id), "input.densityKgM3");
        JsonNode unchanged = ok(t.key(), "query($id: ID!) { material(id: $id) { name density } }", Map.of("id", id))
                .path("material");
        assertThat(unchanged.path("name").asString()).isEqualTo("keep me");
        assertThat(unchanged.path("density").isNull()).isTrue();
    }

    @Test
    void shouldReportEachMutationsOwnResultWhenALaterOneFails() {
        Response r = graphql(t.key(), "mutation { first: " + newMaterial("written first") + " second: "
                + "createMaterial(input: {name: \"x\", isoGroup: P, materialClass: \"steel\", tensileStrengthMpa: -5, "
                + "source: \"s\", verified: false}) { material { id } } }");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode first = r.data().path("first").path("material");
        assertThat(first.path("name").asString()).as(r.raw()).isEqualTo("written first");
        assertThat(r.data().has("second") && r.data().path("second").isNull()).as(r.raw()).isTrue();
        assertThat(r.errors().size()).isEqualTo(1);
        JsonNode error = r.errors().path(0);
        assertThat(error.path("path").toString()).isEqualTo("[\"second\"]");
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("input.tensileStrengthMpa");
        assertThat(storedMaterials("material_id = '" + first.path("id").asString() + "'"))
                .as("the first row is committed").isEqualTo(1);

        // a failing field in the middle: the one before and the one after are written and reported
        Response middle = graphql(t.key(), "mutation($missing: ID!) { before: " + newMaterial("before the miss")
                + " miss: updateMaterial(input: {id: $missing, name: \"nobody\"}) { material { id } } after: "
                + newMaterial("after the miss") + " }", Map.of("missing", java.util.UUID.randomUUID().toString()));
        assertThat(middle.status()).as(middle.raw()).isEqualTo(200);
        assertThat(middle.data().path("before").path("material").path("name").asString()).isEqualTo("before the miss");
        assertThat(middle.data().path("miss").isNull()).isTrue();
        assertThat(middle.data().path("after").path("material").path("name").asString()).isEqualTo("after the miss");
        assertThat(middle.errors().size()).isEqualTo(1);
        assertThat(middle.errors().path(0).path("path").toString()).isEqualTo("[\"miss\"]");
        assertThat(middle.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(storedMaterials("name IN ('before the miss', 'after the miss')")).isEqualTo(2);
        assertThat(storedMaterials("name = 'nobody'")).isZero();
    }

    @Test
    void shouldStoreNothingForASingleFailingMutationAndAnswerNoData() {
        long before = storedMaterials("true");
        Response r = graphql(t.key(), "mutation { createMaterial(input: {name: \"x\", isoGroup: P, materialClass: "
                + "\"steel\", tensileStrengthMpa: 400, yieldStrengthMpa: 500, source: \"s\", verified: false}) { "
                + "material { id } } }");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("path").toString()).isEqualTo("[\"createMaterial\"]");
        assertThat(r.data().isNull()).as("nothing was written, so no data: " + r.raw()).isTrue();
        assertThat(storedMaterials("true")).isEqualTo(before);
    }

    /** A createMaterial field of a valid material named {@code name}, selecting its id and name. */
    private static String newMaterial(String name) {
        return "createMaterial(input: {name: \"" + name + "\", isoGroup: P, materialClass: \"steel\", "
                + "tensileStrengthMpa: 500, source: \"s\", verified: false}) { material { id name } }";
    }

    /** The tenant's stored materials that meet {@code condition} (SQL). */
    private long storedMaterials(String condition) {
        return sqlCount("SELECT count(*) FROM material WHERE tenant_id = '" + t.tenantId() + "' AND " + condition);
    }

    @Test
    void shouldOverrideAndRestoreSharedCuttingData() {
        String shared = ok(t.key(), "{ materials(first: 100, filter: {owner: SHARED, isoGroups: [N]}) { edges { "
                + "node { id cuttingData { toolMaterial operation } } } } }").path("materials").path("edges")
                .valueStream().filter(e -> e.path("node").path("cuttingData").toString().contains("CARBIDE"))
                .findFirst().orElseThrow().path("node").path("id").asString();
        JsonNode set = ok(t.key(), "mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: CARBIDE,"
                + " operation: MILLING, cuttingSpeedMinMPerMin: 250, cuttingSpeedMaxMPerMin: 400, feedPerToothMinMm:"
                + " 0.05, feedPerToothMaxMm: 0.1, source: \"our trials\"}) { cuttingData { id owner overridesShared "
                + "cuttingSpeedMin } material { cuttingData { id owner } } } }", Map.of("m", shared))
                .path("setCuttingData");
        assertThat(set.path("cuttingData").path("owner").asString()).isEqualTo("TENANT");
        assertThat(set.path("cuttingData").path("overridesShared").asBoolean()).isTrue();
        String ownId = set.path("cuttingData").path("id").asString();
        assertThat(set.path("material").path("cuttingData").toString()).contains(ownId);

        // replacing keeps one row for the same tool material and operation
        JsonNode again = ok(t.key(), "mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: "
                + "CARBIDE, operation: MILLING, cuttingSpeedMinMPerMin: 260, source: \"our trials\"}) { cuttingData "
                + "{ id cuttingSpeedMin } } }", Map.of("m", shared)).path("setCuttingData").path("cuttingData");
        assertThat(again.path("id").asString()).isEqualTo(ownId);
        assertThat(again.path("cuttingSpeedMin").asDouble()).isEqualTo(260.0);

        expectBadInput("mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: CARBIDE, operation:"
                + " MILLING, cuttingSpeedMinMPerMin: 500, cuttingSpeedMaxMPerMin: 100, source: \"x\"}) { cuttingData "
                + "{ id } } }", Map.of("m", shared), "input.cuttingSpeedMinMPerMin");

        ok(t.key(), "mutation($id: ID!) { deleteCuttingData(input: {id: $id}) { deletedId } }", Map.of("id", ownId));
        JsonNode restored = ok(t.key(), "query($m: ID!) { material(id: $m) { cuttingData { toolMaterial operation "
                + "owner } } }", Map.of("m", shared)).path("material").path("cuttingData");
        assertThat(restored.toString()).doesNotContain("TENANT").contains("CARBIDE");
    }

    @Test
    void shouldCreateUpdateAndDeleteATool() {
        JsonNode tool = ok(t.key(), "mutation { createTool(input: {name: \"12 mm 4F carbide\", type: FLAT_END_MILL, "
                + "diameterMm: 12, flutes: 4, fluteLengthMm: 26, overallLengthMm: 83, helixAngleDeg: 38, "
                + "toolMaterial: CARBIDE, coating: \"AlTiN\", maxRpm: 20000, chipLoadMinMm: 0.03, chipLoadMaxMm: "
                + "0.08, source: \"crib card\", verified: true}) { tool { id type diameter inch: diameter(unit: INCH) "
                + "owner } } }").path("createTool").path("tool");
        assertThat(tool.path("inch").asDouble()).isEqualTo(12 / 25.4);
        String id = tool.path("id").asString();
        JsonNode updated = ok(t.key(), "mutation($id: ID!) { updateTool(input: {id: $id, flutes: 3}) { tool { flutes "
                + "diameter } } }", Map.of("id", id)).path("updateTool").path("tool");
        assertThat(updated.path("flutes").asInt()).isEqualTo(3);
        assertThat(updated.path("diameter").asDouble()).isEqualTo(12.0);
        long before = sqlCount("SELECT count(*) FROM tool");
        expectBadInput("mutation { createTool(input: {name: \"bad\", type: DRILL, diameterMm: 0, source: \"s\", "
                + "verified: false}) { tool { id } } }", "input.diameterMm");
        expectBadInput("mutation { createTool(input: {name: \"bad\", type: FLAT_END_MILL, diameterMm: 10, "
                + "fluteLengthMm: 80, overallLengthMm: 60, source: \"s\", verified: false}) { tool { id } } }",
                "input.fluteLengthMm");
        expectBadInput("mutation { createTool(input: {name: \"bad\", type: FLAT_END_MILL, diameterMm: 10, "
                + "chipLoadMinMm: 0.2, chipLoadMaxMm: 0.1, source: \"s\", verified: false}) { tool { id } } }",
                "input.chipLoadMinMm");
        assertThat(sqlCount("SELECT count(*) FROM tool")).isEqualTo(before);
        ok(t.key(), "mutation($id: ID!) { deleteTool(input: {id: $id}) { deletedId } }", Map.of("id", id));
        assertThat(sqlCount("SELECT count(*) FROM tool")).isEqualTo(before - 1);
    }

    @Test
    void shouldCreateUpdateAndDeleteAMachine() {
        JsonNode machine = ok(t.key(), "mutation { createMachine(input: {make: \"Shop\", model: \"VMC-1\", type: VMC,"
                + " maxRpm: 10000, continuousPowerKw: 11, peakPowerKw: 15, torqueCurve: [{rpm: 1500, torqueNm: 95}, "
                + "{rpm: 6000, torqueNm: 24}], controllerFamily: FANUC, source: \"nameplate\", verified: true}) { "
                + "machine { id peakPower hp: peakPower(unit: HP) torqueCurve { rpm torque ftlbf: torque(unit: "
                + "FT_LBF) } } } }").path("createMachine").path("machine");
        assertThat(machine.path("hp").asDouble()).isBetween(20.11, 20.12);
        assertThat(machine.path("torqueCurve").size()).isEqualTo(2);
        assertThat(machine.path("torqueCurve").path(0).path("rpm").asDouble()).isEqualTo(1500.0);
        assertThat(machine.path("torqueCurve").path(0).path("ftlbf").asDouble()).isBetween(70.06, 70.07);
        String id = machine.path("id").asString();
        ok(t.key(), "mutation($id: ID!) { updateMachine(input: {id: $id, maxRpm: 12000}) { machine { maxRpm } } }",
                Map.of("id", id));
        long before = sqlCount("SELECT count(*) FROM machine");
        expectBadInput("mutation { createMachine(input: {make: \"x\", model: \"y\", type: VMC, maxRpm: 8000, "
                + "torqueCurve: [{rpm: 9000, torqueNm: 10}], controllerFamily: HAAS, source: \"s\", verified: false}) "
                + "{ machine { id } } }", "input.torqueCurve");
        expectBadInput("mutation { createMachine(input: {make: \"x\", model: \"y\", type: VMC, maxRpm: -1, "
                + "controllerFamily: HAAS, source: \"s\", verified: false}) { machine { id } } }", "input.maxRpm");
        expectBadInput("mutation { createMachine(input: {make: \"x\", model: \"y\", type: VMC, maxRpm: 8000, "
                + "continuousPowerKw: 20, peakPowerKw: 10, controllerFamily: HAAS, source: \"s\", verified: false}) "
                + "{ machine { id } } }", "input.continuousPowerKw");
        assertThat(sqlCount("SELECT count(*) FROM machine")).isEqualTo(before);
        ok(t.key(), "mutation($id: ID!) { deleteMachine(input: {id: $id}) { deletedId } }", Map.of("id", id));
    }

    @Test
    void shouldFilterToolsAndMachines() {
        JsonNode tools = ok(t.key(), "{ tools(first: 100, filter: {types: [FLAT_END_MILL], diameter: {min: 0.39, max:"
                + " 0.5, unit: INCH}}) { totalCount edges { node { type diameter } } } }").path("tools");
        assertThat(tools.path("totalCount").asInt()).isPositive();
        tools.path("edges").forEach(e -> {
            assertThat(e.path("node").path("type").asString()).isEqualTo("FLAT_END_MILL");
            assertThat(e.path("node").path("diameter").asDouble()).isBetween(0.39 * 25.4, 0.5 * 25.4);
        });
        assertThat(ok(t.key(), "{ tools(first: 1) { totalCount } }").path("tools").path("totalCount").asInt())
                .isGreaterThanOrEqualTo(100);
        JsonNode machines = ok(t.key(), "{ machines(first: 100, filter: {controllers: [HAAS], types: [VMC]}) { "
                + "totalCount edges { node { make controllerFamily type } } } }").path("machines");
        assertThat(machines.path("totalCount").asInt()).isPositive();
        machines.path("edges").forEach(e -> assertThat(e.path("node").path("make").asString()).isEqualTo("Haas"));
        assertThat(ok(t.key(), "{ machines(first: 1) { totalCount } }").path("machines").path("totalCount").asInt())
                .isGreaterThanOrEqualTo(15);
    }

    private void expectBadInput(String mutation, String field) {
        expectBadInput(mutation, null, field);
    }

    private void expectBadInput(String mutation, Map<String, Object> vars, String field) {
        Response r = graphql(t.key(), mutation, vars);
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).as(r.raw()).isEqualTo(field);
    }
}
