package io.prism.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Base of the calculation tests over HTTP: a tenant's own steel with cutting data, a 12 mm end mill and a machine,
 * the {@code speedFeed} query document, and a count of the tenant's stored calculations.
 */
public abstract class CalculationTest extends IntegrationTest {

    /** The speedFeed query with the envelope's main fields; variable {@code $in} is the input. */
    protected static final String SPEED_FEED = "query($in: SpeedFeedInput!) { speedFeed(input: $in) { "
            + "result { cuttingSpeed sfm: cuttingSpeed(unit: SFM) spindleSpeed feedPerTooth feedPerRev feedRate "
            + "ipm: feedRate(unit: IPM) chipThickness maxChipThickness removalRate specificCuttingForce cuttingForce "
            + "lbf: cuttingForce(unit: LBF) spindlePower hp: spindlePower(unit: HP) torque toolLife deflection "
            + "axialDepth radialDepth teeth } "
            + "safety { score level bindingLimit limits { limit limitValue actual unit utilisation } "
            + "warnings { code message limit actual unit action } } "
            + "meta { calculationId kind formulasUsed sources uncertainty { quantity relative basis } assumptions "
            + "engineVersion cached computedAt } } }";

    /** Ids of a tenant's own material, tool and machine. */
    public record OwnCatalog(String materialId, String toolId, String machineId) {
    }

    /**
     * Creates, in the tenant's catalog: 42CrMo4 annealed with ISCAR's group-6 constants and carbide milling data
     * (160–240 m/min, 0.04–0.09 mm), a 12 mm 4-flute carbide end mill with 26 mm flutes and a 0.04–0.08 mm chip-load
     * range, and a 15 kW, 10000 rev/min machine with a torque curve.
     */
    protected OwnCatalog ownCatalog(TenantKey t) {
        String material = ok(t.key(), "mutation { createMaterial(input: {name: \"42CrMo4 annealed\", isoGroup: P, "
                + "materialClass: \"low alloy steel\", kc11: 1775, mc: 0.24, source: \"ISCAR VDI 3323 group 6\", "
                + "verified: true}) { material { id } } }").path("createMaterial").path("material").path("id")
                .asString();
        ok(t.key(), "mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: CARBIDE, operation: "
                + "MILLING, cuttingSpeedMinMPerMin: 160, cuttingSpeedMaxMPerMin: 240, feedPerToothMinMm: 0.04, "
                + "feedPerToothMaxMm: 0.09, source: \"ISCAR Multi-Master\"}) { cuttingData { id } } }",
                Map.of("m", material));
        return new OwnCatalog(material, ownTool(t), ownMachine(t));
    }

    /** Creates the 12 mm 4-flute carbide end mill of {@link #ownCatalog} (verified) and returns its id. */
    protected String ownTool(TenantKey t) {
        return ok(t.key(), "mutation { createTool(input: {name: \"12 mm 4F carbide\", type: FLAT_END_MILL, "
                + "diameterMm: 12, flutes: 4, fluteLengthMm: 26, overallLengthMm: 83, toolMaterial: CARBIDE, "
                + "chipLoadMinMm: 0.04, chipLoadMaxMm: 0.08, source: \"maker's catalogue\", verified: true}) "
                + "{ tool { id } } }").path("createTool").path("tool").path("id").asString();
    }

    /** Creates the 15 kW machine of {@link #ownCatalog} (verified) and returns its id. */
    protected String ownMachine(TenantKey t) {
        return ok(t.key(), "mutation { createMachine(input: {make: \"Shop\", model: \"VMC-15\", type: VMC, "
                + "maxRpm: 10000, continuousPowerKw: 15, peakPowerKw: 18.5, torqueCurve: [{rpm: 1500, torqueNm: 95}, "
                + "{rpm: 6000, torqueNm: 24}], controllerFamily: FANUC, source: \"maker's data sheet\", verified: "
                + "true}) { machine { id } } }").path("createMachine").path("machine").path("id").asString();
    }

    /** A side-milling input on the catalog: ap 6, ae 3, stick-out 35 mm; {@code changes} replace entries. */
    protected static Map<String, Object> sideMilling(OwnCatalog c, Object... changes) {
        Map<String, Object> in = new HashMap<>();
        in.put("materialId", c.materialId());
        in.put("toolId", c.toolId());
        in.put("machineId", c.machineId());
        in.put("operation", "SIDE_MILLING");
        in.put("apMm", 6);
        in.put("aeMm", 3);
        in.put("stickOutMm", 35);
        for (int i = 0; i + 1 < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                in.remove((String) changes[i]);
            } else {
                in.put((String) changes[i], changes[i + 1]);
            }
        }
        return in;
    }

    /** Number of calculations stored for the tenant (counted as the owner, below row level security). */
    protected long storedCalculations(TenantKey t) {
        return sqlCount("SELECT count(*) FROM calculation WHERE tenant_id = '" + t.tenantId() + "'");
    }

    /**
     * Asserts that running {@code query} with {@code $in} = {@code input} answers BAD_USER_INPUT naming {@code field}
     * with a message containing {@code message}, and no data under {@code root}.
     */
    protected void expectBadInput(String key, String query, String root, Map<String, Object> input, String field,
                                  String message) {
        Response r = graphql(key, query, Map.of("in", input));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).as(r.raw()).isEqualTo(field);
        assertThat(r.errors().path(0).path("message").asString()).as(r.raw()).contains(message);
        assertThat(r.data().path(root).isNull() || r.data().path(root).isMissingNode()).isTrue();
    }

    /** The text of {@code key} in each element of {@code array}, in order. */
    protected static List<String> names(JsonNode array, String key) {
        return array.valueStream().map(n -> n.path(key).asString()).toList();
    }
}
