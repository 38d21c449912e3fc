package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prism.support.CalculationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** optimize over HTTP: the answer, its place in the history (kind OPTIMIZE), and every error path (nothing stored). */
class OptimizeQueryTest extends CalculationTest {

    private static final String OPTIMIZE = "query($in: OptimizeInput!) { optimize(input: $in) { "
            + "result { cuttingSpeed sfm: cuttingSpeed(unit: SFM) spindleSpeed feedPerTooth maxChipThickness "
            + "removalRate in3: removalRate(unit: IN3_PER_MIN) spindlePower toolLife deflection axialDepth "
            + "radialDepth } "
            + "safety { score level bindingLimit limits { limit limitValue actual unit utilisation } "
            + "warnings { code action } } "
            + "meta { calculationId kind formulasUsed sources engineVersion assumptions computedAt } "
            + "objective { kind value unit } bindingConstraints { constraint value limit unit } "
            + "economics { cuttingTimeMin toolLifeMin edgesPerPart cycleTimeMin machineCostPerPart toolCostPerPart "
            + "costPerPart } searchBounds { variable min max unit basis } candidatesEvaluated feasibleCandidates } }";

    /** Co 1.5 per min, Ct 12 per edge, Tt 1 min, 200 cm³ per part, 0.5 min handling. */
    private static final Map<String, Object> RATES = Map.of("machineRatePerMin", 1.5, "toolCostPerEdge", 12,
            "toolChangeTimeMin", 1, "volumeCm3", 200, "nonCuttingTimeMin", 0.5);

    private TenantKey t;
    private OwnCatalog c;

    @BeforeEach
    void catalog() {
        t = newTenant("optimize tenant");
        c = ownCatalog(t);
    }

    private Map<String, Object> input(Object... changes) {
        Map<String, Object> in = new HashMap<>();
        in.put("materialId", c.materialId());
        in.put("toolId", c.toolId());
        in.put("machineId", c.machineId());
        in.put("operation", "SIDE_MILLING");
        in.put("objective", "MIN_COST_PER_PART");
        in.put("stickOutMm", 35);
        in.put("economics", RATES);
        for (int i = 0; i + 1 < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                in.remove((String) changes[i]);
            } else {
                in.put((String) changes[i], changes[i + 1]);
            }
        }
        return in;
    }

    @Test
    void shouldFindTheCheapestCutAndStoreTheRun() {
        JsonNode env = ok(t.key(), OPTIMIZE, Map.of("in", input())).path("optimize");
        JsonNode r = env.path("result");
        JsonNode objective = env.path("objective");
        assertThat(objective.path("kind").asString()).isEqualTo("MIN_COST_PER_PART");
        assertThat(objective.path("unit").asString()).isEqualTo("currency/part");

        // the objective is Gilbert's cost of the answered cut: Co·(Th + tc) + (Co·Tt + Ct)·tc/T, tc = V/Q
        double q = r.path("removalRate").asDouble();
        double life = r.path("toolLife").asDouble();
        double tc = 200 / q;
        double cost = 1.5 * (0.5 + tc) + (1.5 * 1 + 12) * tc / life;
        assertThat(objective.path("value").asDouble()).isCloseTo(cost, within(cost * 1e-9));
        JsonNode economics = env.path("economics");
        assertThat(economics.path("costPerPart").asDouble()).isEqualTo(objective.path("value").asDouble());
        assertThat(economics.path("cuttingTimeMin").asDouble()).isCloseTo(tc, within(tc * 1e-9));
        assertThat(economics.path("toolLifeMin").asDouble()).isEqualTo(life);
        assertThat(r.path("in3").asDouble()).isCloseTo(q / 16.387064, within(1e-6));

        // every limit holds and the bounds are the catalog's: 160–240 m/min, chip 0.04–0.08 mm, ap ≤ 26, ae ≤ 12
        for (JsonNode limit : env.path("safety").path("limits")) {
            assertThat(limit.path("utilisation").asDouble()).as(limit.toString()).isLessThanOrEqualTo(1.0);
        }
        assertThat(env.path("safety").path("warnings").toString()).doesNotContain("REFUSED");
        JsonNode bounds = env.path("searchBounds");
        assertThat(names(bounds, "variable"))
                .containsExactly("CUTTING_SPEED", "CHIP_LOAD", "AXIAL_DEPTH", "RADIAL_DEPTH");
        assertThat(bounds.path(0).path("min").asDouble()).isEqualTo(160.0);
        assertThat(bounds.path(0).path("max").asDouble()).isEqualTo(240.0);
        assertThat(bounds.path(1).path("max").asDouble()).isEqualTo(0.08);
        assertThat(bounds.path(2).path("max").asDouble()).isEqualTo(26.0);
        assertThat(bounds.path(3).path("max").asDouble()).isEqualTo(12.0);
        assertThat(r.path("cuttingSpeed").asDouble()).isBetween(160.0, 240.0);
        assertThat(r.path("maxChipThickness").asDouble()).isBetween(0.04, 0.08 + 1e-12);
        assertThat(env.path("bindingConstraints")).isNotEmpty();
        for (JsonNode b : env.path("bindingConstraints")) {
            assertThat(b.path("value").asDouble()).as(b.toString())
                    .isCloseTo(b.path("limit").asDouble(), within(b.path("limit").asDouble() * 1e-3));
        }
        assertThat(env.path("candidatesEvaluated").asInt()).isGreaterThan(100);
        assertThat(env.path("feasibleCandidates").asInt()).isPositive()
                .isLessThanOrEqualTo(env.path("candidatesEvaluated").asInt());

        JsonNode meta = env.path("meta");
        assertThat(meta.path("kind").asString()).isEqualTo("OPTIMIZE");
        assertThat(meta.path("engineVersion").asString()).startsWith("optimize").contains("speed-feed");
        assertThat(meta.path("formulasUsed").toString()).contains("taylor-tool-life", "machining-cycle-cost");
        assertThat(meta.path("assumptions").path(0).asString()).contains("MIN_COST_PER_PART");
        String id = meta.path("calculationId").asString();
        assertThat(storedCalculations(t)).isEqualTo(1);
        assertThat(sqlCount("SELECT count(*) FROM calculation WHERE calculation_id = '" + id + "' AND kind = "
                + "'OPTIMIZE' AND tool_id = '" + c.toolId() + "' AND envelope->'meta'->>'calculationId' = '" + id
                + "' AND inputs->>'objective' = 'MIN_COST_PER_PART'")).isEqualTo(1);

        JsonNode stored = ok(t.key(), "query($id: ID!) { calculation(id: $id) { kind inputs speedFeed { meta { "
                + "calculationId } } optimize { objective { kind value } result { cuttingSpeed sfm: cuttingSpeed(unit: "
                + "SFM) } bindingConstraints { constraint } meta { calculationId kind computedAt } economics { "
                + "costPerPart } searchBounds { variable } } createdAt } }", Map.of("id", id)).path("calculation");
        assertThat(stored.path("kind").asString()).isEqualTo("OPTIMIZE");
        assertThat(stored.path("speedFeed").isNull()).isTrue();
        assertThat(stored.path("inputs").asString()).contains("\"economics\"", "SIDE_MILLING");
        JsonNode answer = stored.path("optimize");
        assertThat(answer.path("objective").path("value").asDouble()).isEqualTo(objective.path("value").asDouble());
        assertThat(answer.path("result").path("sfm").asDouble()).isEqualTo(r.path("sfm").asDouble());
        assertThat(names(answer.path("bindingConstraints"), "constraint"))
                .isEqualTo(names(env.path("bindingConstraints"), "constraint"));
        assertThat(answer.path("meta").path("computedAt").asString()).isEqualTo(stored.path("createdAt").asString());

        String list = "query($k: [CalculationKind!]) { calculations(filter: {kinds: $k}) { totalCount edges { node { "
                + "id kind optimize { objective { kind } } } } } }";
        ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c)));
        JsonNode optimisations = ok(t.key(), list, Map.of("k", List.of("OPTIMIZE"))).path("calculations");
        assertThat(optimisations.path("totalCount").asInt()).isEqualTo(1);
        assertThat(optimisations.path("edges").path(0).path("node").path("id").asString()).isEqualTo(id);
        JsonNode all = ok(t.key(), list, Map.of()).path("calculations");
        assertThat(all.path("totalCount").asInt()).isEqualTo(2);
        assertThat(all.path("edges").path(0).path("node").path("optimize").isNull()).isTrue();
    }

    @Test
    void shouldMaximiseTheRemovalRateAndNameWhatHoldsIt() {
        JsonNode env = ok(t.key(), OPTIMIZE, Map.of("in", input("objective", "MAX_REMOVAL_RATE", "economics", null,
                "operation", "SLOTTING", "apMm", Map.of("min", 4, "max", 12), "targets",
                Map.of("maxDeflectionMm", 0.05)))).path("optimize");
        assertThat(env.path("objective").path("unit").asString()).isEqualTo("cm³/min");
        assertThat(env.path("objective").path("value").asDouble())
                .isEqualTo(env.path("result").path("removalRate").asDouble());
        assertThat(env.path("economics").isNull()).isTrue();
        assertThat(env.path("result").path("radialDepth").asDouble()).isEqualTo(12.0);
        List<String> binding = names(env.path("bindingConstraints"), "constraint");
        assertThat(binding).isNotEmpty();
        assertThat(binding).containsAnyOf("SPINDLE_POWER", "SPINDLE_TORQUE", "DEFLECTION", "CHIP_LOAD_MAX",
                "MACHINE_MAX_RPM", "CUTTING_SPEED_MAX", "AP_MAX");
        assertThat(names(env.path("searchBounds"), "variable"))
                .containsExactly("CUTTING_SPEED", "CHIP_LOAD", "AXIAL_DEPTH");
    }

    @Test
    void shouldAnswerWellUnderASecond() {
        ok(t.key(), OPTIMIZE, Map.of("in", input()));
        long start = System.nanoTime();
        ok(t.key(), OPTIMIZE, Map.of("in", input("objective", "MAX_REMOVAL_RATE")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("one optimize request over HTTP, four variables").isLessThan(2000);
    }

    @Test
    void shouldRejectBadInputWithTheFieldPathAndStoreNothing() {
        expectBadInput(input("apMm", Map.of("min", 8, "max", 4)), "input.apMm.min", "must not exceed apMm.max");
        expectBadInput(input("aeMm", Map.of("max", 13)), "input.aeMm.max", "tool diameter");
        expectBadInput(input("apMm", Map.of("max", 30)), "input.apMm.max", "flute length");
        expectBadInput(input("cuttingSpeedMPerMin", Map.of("max", -200)), "input.cuttingSpeedMPerMin.max",
                "(0.0, 10000.0]");
        expectBadInput(input("chipLoadMm", Map.of("min", 0)), "input.chipLoadMm.min", "(0.0, 5.0]");
        expectBadInput(input("economics", null), "input.economics", "required for MIN_COST_PER_PART");
        Map<String, Object> noVolume = new HashMap<>(RATES);
        noVolume.put("volumeCm3", 0);
        expectBadInput(input("economics", noVolume), "input.economics.volumeCm3", "(0.0");
        expectBadInput(input("operation", "SLOTTING", "aeMm", Map.of("max", 6)), "input.aeMm", "SLOTTING");
        expectBadInput(input("operation", "TAPPING"), "input.operation", "TAPPING");
        expectBadInput(input("operation", "DRILLING"), "input.operation", "FLAT_END_MILL");
        expectBadInput(input("stickOutMm", null), "input.stickOutMm", "required");
        expectBadInput(input("flutes", 0), "input.flutes", "between 1 and 500");
        expectBadInput(input("targets", Map.of("surfaceFinishRaUm", 1.6)), "input.targets.surfaceFinishRaUm",
                "turning");
        expectBadInput(input("materialId", "not-a-uuid"), "input.materialId", "not a valid id");
        assertThat(storedCalculations(t)).isZero();
    }

    @Test
    void shouldExplainThatMinimumCostNeedsTaylorConstants() {
        String stainless = ok(t.key(), "mutation { createMaterial(input: {name: \"AISI 304\", isoGroup: M, "
                + "materialClass: \"austenitic stainless steel\", kc11: 2150, mc: 0.2, source: \"ISCAR VDI 3323 group "
                + "14\", verified: true}) { material { id } } }").path("createMaterial").path("material").path("id")
                .asString();
        Map<String, Object> speeds = Map.of("min", 60, "max", 110);
        expectBadInput(input("materialId", stainless, "cuttingSpeedMPerMin", speeds), "input.objective",
                "no Taylor constants");
        expectBadInput(input("materialId", stainless, "cuttingSpeedMPerMin", speeds, "objective", "MAX_REMOVAL_RATE",
                "targets", Map.of("toolLifeMin", 20)), "input.targets.toolLifeMin", "cannot be checked");
        assertThat(storedCalculations(t)).isZero();
        JsonNode env = ok(t.key(), OPTIMIZE, Map.of("in", input("materialId", stainless, "cuttingSpeedMPerMin", speeds,
                "objective", "MAX_REMOVAL_RATE"))).path("optimize");
        assertThat(env.path("economics").isNull()).isTrue();
        assertThat(env.path("result").path("toolLife").isNull()).isTrue();
        assertThat(storedCalculations(t)).isEqualTo(1);
    }

    @Test
    void shouldAnswerNotFoundForUnknownIdsAndStoreNothing() {
        String unknown = UUID.randomUUID().toString();
        for (String field : new String[] {"materialId", "toolId", "machineId"}) {
            Response r = graphql(t.key(), OPTIMIZE, Map.of("in", input(field, unknown)));
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
            assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input." + field);
            assertThat(r.errors().path(0).path("message").asString()).contains(unknown);
        }
        TenantKey other = newTenant("another optimize tenant");
        Response r = graphql(other.key(), OPTIMIZE, Map.of("in", input()));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
        assertThat(storedCalculations(t)).isZero();
        assertThat(storedCalculations(other)).isZero();
    }

    @Test
    void shouldNeedTheCalcScope() {
        TenantKey reader = newTenant("optimize reader", "READ");
        Response r = graphql(reader.key(), OPTIMIZE, Map.of("in", input()));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("FORBIDDEN");
        assertThat(storedCalculations(reader)).isZero();
    }

    private void expectBadInput(Map<String, Object> in, String field, String message) {
        expectBadInput(t.key(), OPTIMIZE, "optimize", in, field, message);
    }
}
