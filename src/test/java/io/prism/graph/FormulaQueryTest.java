package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prism.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The formula explorer over HTTP: listing, one formula, evaluation with units, and every error path. */
class FormulaQueryTest extends IntegrationTest {

    private static final String EVALUATE = "query($id: ID!, $in: [VariableValueInput!]!) { evaluateFormula(id: $id, "
            + "inputs: $in) { formula { id } inputs { name value unit } outputs { name value unit } } }";

    private TenantKey t;

    @BeforeEach
    void tenant() {
        t = newTenant("formula tenant");
    }

    @Test
    void shouldListEveryFormulaWithItsVariablesAndUnits() {
        JsonNode all = ok(t.key(), "{ formulas { id name expression validity citations inputs { name symbol unit "
                + "description min max } outputs { name unit } } }").path("formulas");
        assertThat(all.size()).isGreaterThanOrEqualTo(40);
        JsonNode n = find(all, "spindle-speed-from-cutting-speed");
        assertThat(n.path("expression").asString()).contains("π");
        assertThat(n.path("inputs").toString()).contains("\"diameterMm\"").contains("\"mm\"").contains("\"m/min\"");
        assertThat(n.path("outputs").path(0).path("unit").asString()).isEqualTo("rev/min");
    }

    @Test
    void shouldShowOneFormulaWithItsAlternativesAndExamples() {
        JsonNode f = ok(t.key(), "{ formula(id: \"kienzle-specific-cutting-force\") { id citations alternatives { "
                + "name isDefault note } examples { source inputs { name value unit } expectedOutputs { name value "
                + "unit } relativeTolerance } } }").path("formula");
        assertThat(f.path("alternatives").valueStream().filter(a -> a.path("isDefault").asBoolean()).count())
                .isEqualTo(1);
        JsonNode example = f.path("examples").path(1);
        assertThat(example.path("inputs").path(0).path("name").asString()).isEqualTo("kc11NPerMm2");
        assertThat(example.path("inputs").path(0).path("unit").asString()).isEqualTo("N/mm²");
        assertThat(example.path("expectedOutputs").path(0).path("value").asDouble()).isEqualTo(2612.0);
        assertThat(graphql(t.key(), "{ formula(id: \"no-such-formula\") { id } }").errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldEvaluateAFormulaAndReturnEveryOutputWithItsUnit() {
        JsonNode e = ok(t.key(), EVALUATE, Map.of("id", "spindle-speed-from-cutting-speed", "in", List.of(
                Map.of("name", "diameterMm", "value", 10, "unit", "mm"),
                Map.of("name", "cuttingSpeedMPerMin", "value", 100)))).path("evaluateFormula");
        assertThat(e.path("outputs").path(0).path("name").asString()).isEqualTo("spindleSpeedRpm");
        assertThat(e.path("outputs").path(0).path("value").asDouble()).isCloseTo(100_000 / (Math.PI * 10),
                within(1e-9));
        assertThat(e.path("outputs").path(0).path("unit").asString()).isEqualTo("rev/min");
        assertThat(e.path("inputs").toString()).contains("m/min");

        JsonNode power = ok(t.key(), EVALUATE, Map.of("id", "milling-net-power", "in", List.of(
                Map.of("name", "axialDepthMm", "value", 2), Map.of("name", "radialDepthMm", "value", 80),
                Map.of("name", "tableFeedMmPerMin", "value", 280), Map.of("name", "kcNPerMm2", "value", 1800),
                Map.of("name", "efficiency", "value", 0.8)))).path("evaluateFormula").path("outputs");
        // Mitsubishi face-milling example [S9]: 1.68 kW at the spindle
        assertThat(power.toString()).contains("\"kW\"");
        assertThat(find(power, "spindlePowerKw", "name").path("value").asDouble()).isCloseTo(1.68, within(0.005));
    }

    @Test
    void shouldNameTheVariableOfEveryBadInputAndStoreNothing() {
        long before = sqlCount("SELECT count(*) FROM calculation");
        String id = "spindle-speed-from-cutting-speed";
        expectBadInput(id, List.of(Map.of("name", "diameterMm", "value", 10)), "inputs.cuttingSpeedMPerMin",
                "missing");
        expectBadInput(id, List.of(Map.of("name", "diameterMm", "value", -1), Map.of("name", "cuttingSpeedMPerMin",
                "value", 100)), "inputs.diameterMm", "must be in");
        expectBadInput(id, List.of(Map.of("name", "diameterMm", "value", 0), Map.of("name", "cuttingSpeedMPerMin",
                "value", 100)), "inputs.diameterMm", "must be in");
        expectBadInput(id, List.of(Map.of("name", "diameterMm", "value", 10, "unit", "inch"),
                Map.of("name", "cuttingSpeedMPerMin", "value", 100)), "inputs.diameterMm", "declares it in mm");
        expectBadInput(id, List.of(Map.of("name", "diameterMm", "value", 10), Map.of("name", "cuttingSpeedMPerMin",
                "value", 100, "unit", "SFM")), "inputs.cuttingSpeedMPerMin", "declares it in m/min");
        expectBadInput(id, List.of(Map.of("name", "diameterMm", "value", 10), Map.of("name", "cuttingSpeedMPerMin",
                "value", 100), Map.of("name", "rpm", "value", 1)), "inputs.rpm", "is not an input");
        expectBadInput(id, List.of(Map.of("name", "diameterMm", "value", 10), Map.of("name", "diameterMm",
                "value", 11), Map.of("name", "cuttingSpeedMPerMin", "value", 100)), "inputs.diameterMm",
                "more than once");
        // a constraint between inputs: ae must not exceed D
        expectBadInput("side-milling-mean-chip-thickness", List.of(Map.of("name", "feedPerToothMm", "value", 0.1),
                Map.of("name", "diameterMm", "value", 10), Map.of("name", "radialDepthMm", "value", 12),
                Map.of("name", "enteringAngleDeg", "value", 90)), "inputs.radialDepthMm", "must be <=");
        Response unknown = graphql(t.key(), EVALUATE, Map.of("id", "no-such-formula", "in", List.of()));
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(sqlCount("SELECT count(*) FROM calculation")).isEqualTo(before);
    }

    @Test
    void shouldReadFormulasWithReadAndEvaluateOnlyWithCalc() {
        TenantKey reader = newTenant("formula reader", "READ");
        ok(reader.key(), "{ formulas { id } }");
        Response r = graphql(reader.key(), EVALUATE, Map.of("id", "spindle-speed-from-cutting-speed", "in", List.of(
                Map.of("name", "diameterMm", "value", 10), Map.of("name", "cuttingSpeedMPerMin", "value", 100))));
        assertThat(r.errorCode()).isEqualTo("FORBIDDEN");
    }

    private void expectBadInput(String id, List<Map<String, Object>> inputs, String field, String message) {
        Response r = graphql(t.key(), EVALUATE, Map.of("id", id, "in", inputs));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).as(r.raw()).isEqualTo(field);
        assertThat(r.errors().path(0).path("message").asString()).as(r.raw()).contains(message);
    }

    private static JsonNode find(JsonNode array, String id) {
        return find(array, id, "id");
    }

    private static JsonNode find(JsonNode array, String value, String key) {
        for (JsonNode n : array) {
            if (n.path(key).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + value + " in " + array);
    }
}
