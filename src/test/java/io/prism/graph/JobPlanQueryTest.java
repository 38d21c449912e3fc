package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prism.support.CalculationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * jobPlan over HTTP: a plan from the tenant's own and the shared tool library, ordered by stage, timed, stored as a
 * JOB_PLAN calculation; reasons for features that cannot be made; and every error path (nothing stored).
 */
class JobPlanQueryTest extends CalculationTest {

    private static final String PLAN_FIELDS = "operations { sequence stage featureIndex featureLabel toolId toolName "
            + "tool { id name } operation levels passes axialDepth radialDepth stickOut pathLength "
            + "pathM: pathLength(unit: M) cuttingTime nonCuttingTime notes "
            + "speedFeed { result { spindleSpeed feedRate deflection } safety { level bindingLimit "
            + "warnings { code action } } meta { calculationId kind } } } "
            + "unplannable { featureIndex label kind reason message } "
            + "cuttingTime nonCuttingTime toolChanges toolChangeTime cycleTime "
            + "meta { calculationId kind formulasUsed sources assumptions engineVersion computedAt }";
    private static final String JOB_PLAN = "query($in: JobPlanInput!) { jobPlan(input: $in) { " + PLAN_FIELDS
            + " } }";

    private TenantKey t;
    private OwnCatalog c;
    private Map<String, String> tools;

    @BeforeEach
    void catalog() {
        t = newTenant("job plan tenant");
        c = ownCatalog(t);
        ok(t.key(), "mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: CARBIDE, operation: "
                + "DRILLING, cuttingSpeedMinMPerMin: 70, cuttingSpeedMaxMPerMin: 100, source: \"test drilling "
                + "data\"}) { cuttingData { id } } }", Map.of("m", c.materialId()));
        tools = new HashMap<>();
        tool("face mill 50", "FACE_MILL", 50, 5, null, null, "0.08", "0.2");
        tool("end mill 16", "FLAT_END_MILL", 16, 4, 32, null, "0.04", "0.1");
        tool("end mill 6", "FLAT_END_MILL", 6, 3, 16, null, "0.02", "0.05");
        tool("spot drill 10", "SPOT_DRILL", 10, 2, null, 90, "0.03", "0.08");
        tool("drill 6.8", "DRILL", 6.8, 2, 50, 140, "0.05", "0.1");
        tool("drill 8.5", "DRILL", 8.5, 2, 60, 140, "0.05", "0.12");
        tool("M8x1.25 tap", "TAP", 8, 3, 20, null, null, null);
        tool("chamfer mill 12", "CHAMFER_MILL", 12, 4, null, null, "0.03", "0.06");
    }

    private void tool(String name, String type, double d, int flutes, Integer fluteLength, Integer pointAngle,
                      String chipMin, String chipMax) {
        String fields = "name: \"" + name + "\", type: " + type + ", diameterMm: " + d + ", flutes: " + flutes
                + (fluteLength == null ? "" : ", fluteLengthMm: " + fluteLength)
                + (pointAngle == null ? "" : ", pointAngleDeg: " + pointAngle)
                + (chipMin == null ? "" : ", chipLoadMinMm: " + chipMin + ", chipLoadMaxMm: " + chipMax)
                + ", toolMaterial: CARBIDE, source: \"shop tool list\", verified: true";
        tools.put(name, ok(t.key(), "mutation { createTool(input: {" + fields + "}) { tool { id } } }")
                .path("createTool").path("tool").path("id").asString());
    }

    private Map<String, Object> input(Object... features) {
        Map<String, Object> in = new HashMap<>();
        in.put("materialId", c.materialId());
        in.put("machineId", c.machineId());
        in.put("features", List.of(features));
        return in;
    }

    private static Map<String, Object> feature(String kind, String label, Object... dims) {
        Map<String, Object> f = new HashMap<>();
        f.put("kind", kind);
        f.put("label", label);
        for (int i = 0; i + 1 < dims.length; i += 2) {
            f.put((String) dims[i], dims[i + 1]);
        }
        return f;
    }

    private static final Map<String, Object> TOP = feature("FACE", "top", "lengthMm", 120, "widthMm", 80,
            "depthMm", 1);
    private static final Map<String, Object> POCKET = feature("POCKET", "pocket", "lengthMm", 60, "widthMm", 40,
            "depthMm", 10, "cornerRadiusMm", 3.5);
    private static final Map<String, Object> HOLES = feature("HOLE", "bolt holes", "count", 4, "diameterMm", 8.5,
            "depthMm", 20, "through", true);
    private static final Map<String, Object> THREADS = feature("TAPPED_HOLE", "threads", "count", 2, "thread", "M8",
            "depthMm", 12);
    private static final Map<String, Object> EDGES = feature("CHAMFER", "edges", "chamferMm", 0.5, "lengthMm", 400);

    @Test
    void shouldPlanAPartStageByStageWithTheTenantsToolsAndStoreIt() {
        JsonNode plan = ok(t.key(), JOB_PLAN, Map.of("in", input(EDGES, THREADS, HOLES, POCKET, TOP)))
                .path("jobPlan");

        assertThat(plan.path("unplannable").size()).as(plan.toString()).isZero();
        JsonNode ops = plan.path("operations");
        assertThat(names(ops, "stage")).containsExactly("FACE", "ROUGH", "SEMI_FINISH", "FINISH", "FINISH",
                "SPOT_DRILL", "SPOT_DRILL", "DRILL", "DRILL", "TAP", "CHAMFER");
        assertThat(names(ops, "toolName")).containsExactly("face mill 50", "end mill 16", "end mill 6", "end mill 6",
                "end mill 6", "spot drill 10", "spot drill 10", "drill 6.8", "drill 8.5", "M8x1.25 tap",
                "chamfer mill 12");
        assertThat(names(ops, "featureLabel")).containsExactly("top", "pocket", "pocket", "pocket", "pocket",
                "threads", "bolt holes", "threads", "bolt holes", "threads", "edges");
        assertThat(names(ops, "operation")).containsExactly("FACE_MILLING", "HIGH_EFFICIENCY_MILLING",
                "SIDE_MILLING", "FACE_MILLING", "SIDE_MILLING", "DRILLING", "DRILLING", "DRILLING", "DRILLING",
                "TAPPING", "SIDE_MILLING");

        String id = plan.path("meta").path("calculationId").asString();
        double cutting = 0;
        double nonCutting = 0;
        for (int i = 0; i < ops.size(); i++) {
            JsonNode op = ops.path(i);
            assertThat(op.path("sequence").asInt()).isEqualTo(i + 1);
            assertThat(op.path("tool").path("id").asString()).isEqualTo(tools.get(op.path("toolName").asString()));
            assertThat(op.path("toolId").asString()).isEqualTo(op.path("tool").path("id").asString());
            assertThat(op.path("speedFeed").path("meta").path("calculationId").asString()).isEqualTo(id);
            assertThat(op.path("speedFeed").path("meta").path("kind").asString()).isEqualTo("JOB_PLAN");
            assertThat(op.path("speedFeed").path("warnings").toString()).doesNotContain("REFUSED");
            assertThat(op.path("pathM").asDouble()).isCloseTo(op.path("pathLength").asDouble() / 1000, within(1e-9));
            // time at feed is the path over the feed rate (tapping goes in and out: its path counts both)
            double vf = op.path("speedFeed").path("result").path("feedRate").asDouble();
            assertThat(op.path("cuttingTime").asDouble()).as(op.toString())
                    .isCloseTo(60 * op.path("pathLength").asDouble() / vf, within(1e-6));
            cutting += op.path("cuttingTime").asDouble();
            nonCutting += op.path("nonCuttingTime").asDouble();
        }
        // the M8 tap feeds at its pitch; the tap drill is 6.8 mm; 4 through holes of 20 mm with the drill point
        JsonNode tap = ops.path(9).path("speedFeed").path("result");
        assertThat(tap.path("feedRate").asDouble() / tap.path("spindleSpeed").asDouble()).isCloseTo(1.25,
                within(1e-9));
        double point = 0.5 * 8.5 / Math.tan(Math.toRadians(70));
        assertThat(ops.path(8).path("axialDepth").asDouble()).isCloseTo(20 + point + 2, within(1e-9));
        assertThat(ops.path(8).path("pathLength").asDouble()).isCloseTo(4 * (20 + point + 2 + 2), within(1e-9));

        assertThat(plan.path("toolChanges").asInt()).isEqualTo(8);
        assertThat(plan.path("toolChangeTime").asDouble()).isEqualTo(10.0);
        assertThat(plan.path("cuttingTime").asDouble()).isCloseTo(cutting, within(1e-6));
        assertThat(plan.path("nonCuttingTime").asDouble()).isCloseTo(nonCutting, within(1e-6));
        assertThat(plan.path("cycleTime").asDouble()).isCloseTo(cutting + nonCutting + 80, within(1e-6));
        assertThat(plan.path("meta").path("kind").asString()).isEqualTo("JOB_PLAN");
        assertThat(plan.path("meta").path("formulasUsed").size()).isPositive();
        assertThat(plan.path("meta").path("assumptions").toString()).contains("Tool change time 10 s");

        // stored: the history returns the same plan
        assertThat(storedCalculations(t)).isEqualTo(1);
        JsonNode stored = ok(t.key(), "query($id: ID!) { calculation(id: $id) { kind materialId machineId toolId "
                + "jobPlan { " + PLAN_FIELDS + " } speedFeed { meta { kind } } } }", Map.of("id", id))
                .path("calculation");
        assertThat(stored.path("kind").asString()).isEqualTo("JOB_PLAN");
        assertThat(stored.path("materialId").asString()).isEqualTo(c.materialId());
        assertThat(stored.path("machineId").asString()).isEqualTo(c.machineId());
        assertThat(stored.path("toolId").isNull()).isTrue();
        assertThat(stored.path("speedFeed").isNull()).isTrue();
        assertThat(stored.path("jobPlan")).isEqualTo(plan);
        JsonNode listed = ok(t.key(), "{ calculations(filter: {kinds: [JOB_PLAN]}) { totalCount } }");
        assertThat(listed.path("calculations").path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void shouldLoadThePlansToolsInOneStatementWhateverTheirNumber() {
        int before = statements.get();
        ok(t.key(), JOB_PLAN, Map.of("in", input(HOLES)));
        int twoTools = statements.get() - before;
        before = statements.get();
        ok(t.key(), JOB_PLAN, Map.of("in", input(TOP, POCKET, HOLES, THREADS, EDGES)));
        int eightTools = statements.get() - before;
        // key lookup; read session: tenant prelude, material, cutting data, machine, tool library (+ one statement
        // per thread named); history write: prelude, insert, and the audit event (lock, head, insert); the
        // operations' tools: one batched statement
        assertThat(twoTools).isLessThanOrEqualTo(13);
        assertThat(eightTools).isEqualTo(twoTools + 1);
    }

    @Test
    void shouldGiveReasonsForWhatTheLibraryOrMachineCannotMake() {
        tool("drill 7", "DRILL", 7, 2, 50, 140, "0.05", "0.1");
        Map<String, Object> odd = feature("HOLE", "odd hole", "diameterMm", 7.5, "depthMm", 10);
        Map<String, Object> unlisted = feature("TAPPED_HOLE", "odd thread", "thread", "M9x3", "depthMm", 10);
        Map<String, Object> fine = feature("TAPPED_HOLE", "fine thread", "thread", "M8x1", "depthMm", 10);
        Map<String, Object> sharp = feature("POCKET", "sharp pocket", "lengthMm", 40, "widthMm", 30, "depthMm", 5,
                "cornerRadiusMm", 0);
        Map<String, Object> shaft = feature("TURNED_DIAMETER", "shaft", "stockDiameterMm", 50, "diameterMm", 40,
                "lengthMm", 60);
        JsonNode plan = ok(t.key(), JOB_PLAN, Map.of("in", input(odd, unlisted, fine, sharp, shaft, HOLES)))
                .path("jobPlan");

        JsonNode left = plan.path("unplannable");
        assertThat(names(left, "label")).containsExactly("odd hole", "odd thread", "fine thread", "sharp pocket",
                "shaft");
        assertThat(names(left, "reason")).containsExactly("NO_SUITABLE_TOOL", "THREAD_NOT_LISTED",
                "NO_SUITABLE_TOOL", "GEOMETRY", "MACHINE_CANNOT");
        assertThat(left.path(0).path("message").asString()).contains("Ø7.5").contains("Ø5, Ø6.8, Ø7, Ø8.5");
        assertThat(left.path(1).path("message").asString()).contains("M9x3");
        assertThat(left.path(2).path("message").asString()).contains("tap M8x1");
        assertThat(left.path(4).path("message").asString()).contains("VMC cannot turn");
        // the hole that can be made is planned; nothing of the refused features is
        assertThat(names(plan.path("operations"), "featureLabel")).containsOnly("bolt holes");
        assertThat(storedCalculations(t)).isEqualTo(1);
    }

    @Test
    void shouldChooseFromTheSharedLibraryAndSayWhatItLacks() {
        TenantKey bare = newTenant("tenant without tools");
        // the shared library's end mills state no flute count, so a pocket cannot be calculated with them
        JsonNode plan = ok(bare.key(), JOB_PLAN, Map.of("in", sharedInput(bare, POCKET))).path("jobPlan");
        assertThat(plan.path("unplannable").path(0).path("reason").asString()).as(plan.toString())
                .isEqualTo("TOOL_DATA_MISSING");
        assertThat(plan.path("unplannable").path(0).path("message").asString()).contains("flute count");

        // the shared catalog's M8x1.25 tap is found by its name's designation; the shared library has no 6.8 drill
        JsonNode threads = ok(bare.key(), JOB_PLAN, Map.of("in", sharedInput(bare, THREADS))).path("jobPlan");
        assertThat(threads.path("unplannable").path(0).path("reason").asString()).isEqualTo("NO_SUITABLE_TOOL");
        assertThat(threads.path("unplannable").path(0).path("message").asString()).contains("Ø6.8");
    }

    /** An input on the shared catalog: 42CrMo4 and the shared Haas VF-2. */
    private Map<String, Object> sharedInput(TenantKey key, Map<String, Object> feature) {
        String material = ok(key.key(), "{ materials(first: 1, filter: {search: \"42CrMo4\"}) { edges { node { id } "
                + "} } }").path("materials").path("edges").path(0).path("node").path("id").asString();
        String machine = ok(key.key(), "{ machines(first: 1, filter: {search: \"VF-2\"}) { edges { node { id } } } "
                + "}").path("machines").path("edges").path(0).path("node").path("id").asString();
        return Map.of("materialId", material, "machineId", machine, "features", List.of(feature));
    }

    @Test
    void shouldRejectBadInputWithTheFieldPathAndStoreNothing() {
        expectBadInput(input(feature("POCKET", "p", "lengthMm", 40, "widthMm", 30, "cornerRadiusMm", 3)),
                "input.features[0].depthMm", "needs depthMm");
        expectBadInput(input(TOP, feature("HOLE", "h", "diameterMm", 6, "depthMm", 5, "cornerRadiusMm", 1)),
                "input.features[1].cornerRadiusMm", "does not take cornerRadiusMm");
        expectBadInput(input(feature("HOLE", "h", "diameterMm", 0, "depthMm", 5)), "input.features[0].diameterMm",
                "greater than 0");
        expectBadInput(input(feature("HOLE", "h", "diameterMm", 6, "depthMm", -5)), "input.features[0].depthMm",
                "greater than 0");
        expectBadInput(input(feature("HOLE", "h", "count", 0, "diameterMm", 6, "depthMm", 5)),
                "input.features[0].count", "[1, 1000]");
        expectBadInput(input(feature("POCKET", "p", "lengthMm", 40, "widthMm", 30, "depthMm", 5,
                "cornerRadiusMm", 20)), "input.features[0].cornerRadiusMm", "half the pocket's width");
        expectBadInput(input(feature("TAPPED_HOLE", "t", "thread", "UNC 1/4-20", "depthMm", 5)),
                "input.features[0].thread", "not an ISO metric thread");
        expectBadInput(input(feature("TURNED_DIAMETER", "s", "stockDiameterMm", 40, "diameterMm", 50,
                "lengthMm", 10)), "input.features[0].diameterMm", "smaller than stockDiameterMm");
        expectBadInput(input(), "input.features", "at least one feature");
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(HOLES);
        }
        expectBadInput(input(many.toArray()), "input.features", "at most 200");
        Map<String, Object> slowChange = input(HOLES);
        slowChange.put("toolChangeTimeS", -1);
        expectBadInput(slowChange, "input.toolChangeTimeS", "[0, 600]");
        Map<String, Object> badId = input(HOLES);
        badId.put("materialId", "not-a-uuid");
        expectBadInput(badId, "input.materialId", "not a valid id");
        // a wrong enum or a unit-carrying value in the wrong type is refused by the schema itself
        Response r = graphql(t.key(), JOB_PLAN, Map.of("in", input(feature("HELIX", "x", "depthMm", 1))));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        r = graphql(t.key(), JOB_PLAN, Map.of("in", input(feature("HOLE", "x", "diameterMm", "8 mm", "depthMm", 1))));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(storedCalculations(t)).isZero();
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrForeignIdsAndStoreNothing() {
        String unknown = UUID.randomUUID().toString();
        for (String field : new String[] {"materialId", "machineId"}) {
            Map<String, Object> in = input(HOLES);
            in.put(field, unknown);
            Response r = graphql(t.key(), JOB_PLAN, Map.of("in", in));
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
            assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input." + field);
        }
        TenantKey other = newTenant("another job plan tenant");
        Response r = graphql(other.key(), JOB_PLAN, Map.of("in", input(HOLES)));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
        TenantKey readOnly = newTenant("read-only planner", "READ");
        r = graphql(readOnly.key(), JOB_PLAN, Map.of("in", input(HOLES)));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("FORBIDDEN");
        assertThat(storedCalculations(t)).isZero();
        assertThat(storedCalculations(other)).isZero();
    }

    private void expectBadInput(Map<String, Object> in, String field, String message) {
        expectBadInput(t.key(), JOB_PLAN, "jobPlan", in, field, message);
    }
}
