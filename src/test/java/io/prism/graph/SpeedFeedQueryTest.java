package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prism.support.CalculationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** speedFeed over HTTP: the envelope, units, the stored history row, and every error path (nothing stored). */
class SpeedFeedQueryTest extends CalculationTest {

    private TenantKey t;
    private OwnCatalog c;

    @BeforeEach
    void catalog() {
        t = newTenant("speed-feed tenant");
        c = ownCatalog(t);
    }

    @Test
    void shouldRecommendSpeedsAndFeedsAndStoreTheRun() {
        JsonNode env = ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))).path("speedFeed");
        JsonNode r = env.path("result");
        assertThat(r.path("cuttingSpeed").asDouble()).isEqualTo(200.0);
        assertThat(r.path("sfm").asDouble()).isCloseTo(200 / 0.3048, within(1e-6));
        assertThat(r.path("spindleSpeed").asDouble()).isCloseTo(200_000 / (Math.PI * 12), within(1e-6));
        assertThat(r.path("teeth").asInt()).isEqualTo(4);
        // ae/D = 0.25: chip 0.065 mm (middle of 0.04–0.09), programmed fz = 0.065 / sin φ = 0.065 / 0.866
        assertThat(r.path("maxChipThickness").asDouble()).isCloseTo(0.065, within(1e-9));
        assertThat(r.path("feedPerTooth").asDouble()).isCloseTo(0.065 / Math.sqrt(0.75), within(1e-9));
        assertThat(r.path("ipm").asDouble()).isCloseTo(r.path("feedRate").asDouble() / 25.4, within(1e-6));
        assertThat(r.path("lbf").asDouble()).isCloseTo(r.path("cuttingForce").asDouble() / 4.448222, within(1e-3));
        assertThat(r.path("hp").asDouble()).isCloseTo(r.path("spindlePower").asDouble() / 0.7456999, within(1e-3));
        assertThat(r.path("toolLife").isNumber()).isTrue();
        JsonNode safety = env.path("safety");
        assertThat(safety.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(safety.path("level").asString()).isIn("SAFE", "CAUTION", "UNSAFE");
        assertThat(safety.path("limits").toString()).contains("MACHINE_POWER", "MACHINE_TORQUE", "DEFLECTION",
                "MACHINE_MAX_RPM", "TOOL_CHIP_LOAD");
        JsonNode meta = env.path("meta");
        assertThat(meta.path("kind").asString()).isEqualTo("SPEED_FEED");
        assertThat(meta.path("formulasUsed").toString()).contains("spindle-speed-from-cutting-speed",
                "kienzle-specific-cutting-force", "milling-net-power");
        assertThat(meta.path("uncertainty").toString()).contains("SPECIFIC_CUTTING_FORCE", "SPINDLE_POWER",
                "TORQUE", "TOOL_LIFE", "REMOVAL_RATE", "CUTTING_FORCE");
        assertThat(meta.path("cached").asBoolean()).isFalse();
        assertThat(meta.path("engineVersion").asString()).startsWith("speed-feed");

        String id = meta.path("calculationId").asString();
        assertThat(storedCalculations(t)).isEqualTo(1);
        assertThat(sqlCount("SELECT count(*) FROM calculation WHERE calculation_id = '" + id + "' AND kind = "
                + "'SPEED_FEED' AND material_id = '" + c.materialId() + "' AND machine_id = '" + c.machineId()
                + "' AND cardinality(formula_ids) > 5 AND envelope->'meta'->>'calculationId' = '" + id + "'"))
                .isEqualTo(1);
        JsonNode stored = ok(t.key(), "query($id: ID!) { calculation(id: $id) { id kind toolId createdAt inputs "
                + "speedFeed { result { spindleSpeed feedRate sfm: cuttingSpeed(unit: SFM) } safety { score level } "
                + "meta { calculationId computedAt } } } }", Map.of("id", id)).path("calculation");
        assertThat(stored.path("toolId").asString()).isEqualTo(c.toolId());
        assertThat(stored.path("inputs").asString()).contains("\"apMm\"").contains("SIDE_MILLING");
        assertThat(stored.path("speedFeed").path("result").path("spindleSpeed").asDouble())
                .isEqualTo(r.path("spindleSpeed").asDouble());
        assertThat(stored.path("speedFeed").path("result").path("sfm").asDouble()).isEqualTo(r.path("sfm").asDouble());
        assertThat(stored.path("speedFeed").path("safety").path("score").asDouble())
                .isEqualTo(safety.path("score").asDouble());
        assertThat(stored.path("speedFeed").path("meta").path("computedAt").asString())
                .isEqualTo(meta.path("computedAt").asString()).isEqualTo(stored.path("createdAt").asString());
    }

    @Test
    void shouldRecommendFromTheSharedCatalog() {
        String material = sharedId("materials", "MAT-019");
        String tool = sharedId("tools", "TL-007");
        String machine = sharedId("machines", "MC-002");
        JsonNode env = ok(t.key(), SPEED_FEED, Map.of("in", Map.of("materialId", material, "toolId", tool,
                "machineId", machine, "operation", "SLOTTING", "apMm", 6, "stickOutMm", 36, "flutes", 4)))
                .path("speedFeed");
        assertThat(env.path("result").path("radialDepth").asDouble()).isEqualTo(12.0);
        assertThat(env.path("meta").path("assumptions").toString()).contains("not verified");
        assertThat(env.path("safety").path("score").asDouble()).isLessThan(1.0);
    }

    @Test
    void shouldReduceTheFeedToTheMachinesPowerAndNameTheLimit() {
        JsonNode env = ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c, "apMm", 12, "aeMm", 12, "operation",
                "SLOTTING", "stickOutMm", 40, "targets", Map.of("maxDeflectionMm", 1)))).path("speedFeed");
        JsonNode power = find(env.path("safety").path("limits"), "limit", "MACHINE_POWER");
        assertThat(power.path("actual").asDouble()).isLessThanOrEqualTo(power.path("limitValue").asDouble());
        assertThat(env.path("safety").path("bindingLimit").asString()).isIn("MACHINE_POWER", "MACHINE_TORQUE");
        assertThat(env.path("safety").path("warnings").toString()).contains("REDUCED");
    }

    @Test
    void shouldRejectBadInputWithTheFieldPathAndStoreNothing() {
        expectBadInput(sideMilling(c, "aeMm", 13), "input.aeMm", "must not exceed the tool diameter");
        expectBadInput(sideMilling(c, "apMm", 30), "input.apMm", "flute length");
        expectBadInput(sideMilling(c, "apMm", 0), "input.apMm", "must be > 0");
        expectBadInput(sideMilling(c, "stickOutMm", -20), "input.stickOutMm", "must be > 0");
        expectBadInput(sideMilling(c, "aeMm", null), "input.aeMm", "required");
        expectBadInput(sideMilling(c, "operation", "DRILLING"), "input.operation", "FLAT_END_MILL");
        expectBadInput(sideMilling(c, "flutes", 0), "input.flutes", "between 1 and 500");
        expectBadInput(sideMilling(c, "machineEfficiency", 1.5), "input.machineEfficiency", "(0.0, 1.0]");
        expectBadInput(sideMilling(c, "overrides", Map.of("chipLoadMm", -0.1)), "input.overrides.chipLoadMm",
                "must be > 0");
        expectBadInput(sideMilling(c, "targets", Map.of("toolLifeMin", 0)), "input.targets.toolLifeMin",
                "must be > 0");
        expectBadInput(sideMilling(c, "materialId", "not-a-uuid"), "input.materialId", "not a valid id");
        assertThat(storedCalculations(t)).isZero();
    }

    @Test
    void shouldAnswerNotFoundForUnknownIdsAndStoreNothing() {
        String unknown = UUID.randomUUID().toString();
        for (String field : new String[] {"materialId", "toolId", "machineId"}) {
            Response r = graphql(t.key(), SPEED_FEED, Map.of("in", sideMilling(c, field, unknown)));
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
            assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input." + field);
            assertThat(r.errors().path(0).path("message").asString()).contains(unknown);
        }
        assertThat(storedCalculations(t)).isZero();
    }

    @Test
    void shouldNeedTheCalcScope() {
        TenantKey reader = newTenant("reader", "READ");
        Response r = graphql(reader.key(), SPEED_FEED, Map.of("in", sideMilling(c)));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("FORBIDDEN");
        assertThat(storedCalculations(reader)).isZero();
    }

    private void expectBadInput(Map<String, Object> input, String field, String message) {
        expectBadInput(t.key(), SPEED_FEED, "speedFeed", input, field, message);
    }

    private String sharedId(String list, String code) {
        JsonNode edges = ok(t.key(), "query($s: String) { " + list + "(first: 5, filter: {search: $s, owner: SHARED}) "
                + "{ edges { node { id code } } } }", Map.of("s", code)).path(list).path("edges");
        return find(edges, "code", code).path("id").asString();
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode n : array) {
            JsonNode candidate = n.has("node") ? n.path("node") : n;
            if (candidate.path(key).asString().equals(value)) {
                return candidate;
            }
        }
        throw new AssertionError("no " + key + " = " + value + " in " + array);
    }
}
