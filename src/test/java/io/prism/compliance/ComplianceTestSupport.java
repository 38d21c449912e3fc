package io.prism.compliance;

import io.prism.support.CalculationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Shared steps of the compliance tests over HTTP: a tenant's catalog whose rows are all verified, a speed-and-feed
 * run and a job plan on it, and the {@code complianceCheck} query with every field of its findings.
 */
abstract class ComplianceTestSupport extends CalculationTest {

    static final String CHECK = "query($t: ComplianceTargetInput!, $tpl: ID!) { complianceCheck(target: $t, "
            + "template: $tpl) { ...Check } }";
    static final String RESULT = "query($id: ID!) { complianceCheckResult(id: $id) { ...Check } }";
    static final String FIELDS = " fragment Check on ComplianceCheck { id outcome findingsDigest auditEventId "
            + "checkedAt target { kind id } template { id code name version owner } clauses { number title summary "
            + "outcome findings { rule threshold outcome summary evidence { key value } remedy } } }";

    /**
     * A verified catalog of the tenant's own: 42CrMo4 with ISCAR's constants (verified, no cutting data of its own,
     * so the run takes the ISO group's starting values), the 12 mm end mill and the 15 kW machine of
     * {@link #ownCatalog}, both verified.
     */
    OwnCatalog verifiedCatalog(TenantKey t) {
        String material = ok(t.key(), "mutation { createMaterial(input: {name: \"42CrMo4 verified\", isoGroup: P, "
                + "materialClass: \"low alloy steel\", kc11: 1775, mc: 0.24, source: \"ISCAR VDI 3323 group 6\", "
                + "verified: true}) { material { id } } }").path("createMaterial").path("material").path("id")
                .asString();
        return new OwnCatalog(material, ownTool(t), ownMachine(t));
    }

    /** The catalog of {@link #verifiedCatalog} with a material that is not verified. */
    OwnCatalog unverifiedMaterial(TenantKey t) {
        String material = ok(t.key(), "mutation { createMaterial(input: {name: \"42CrMo4 from memory\", isoGroup: P, "
                + "materialClass: \"low alloy steel\", kc11: 1775, mc: 0.24, source: \"recalled\", verified: false}) "
                + "{ material { id } } }").path("createMaterial").path("material").path("id").asString();
        return new OwnCatalog(material, ownTool(t), ownMachine(t));
    }

    /** Side milling at ap 4, ae 2 on the catalog; returns the calculation's id. */
    String speedFeed(TenantKey t, OwnCatalog c) {
        return ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c, "apMm", 4, "aeMm", 2))).path("speedFeed")
                .path("meta").path("calculationId").asString();
    }

    /** A job plan of a faced top and a pocket on the catalog's material and machine; returns its id. */
    String jobPlan(TenantKey t, OwnCatalog c) {
        Map<String, Object> in = new HashMap<>();
        in.put("materialId", c.materialId());
        in.put("machineId", c.machineId());
        in.put("features", List.of(Map.of("kind", "POCKET", "label", "pocket", "lengthMm", 40, "widthMm", 30,
                "depthMm", 5, "cornerRadiusMm", 7)));
        return ok(t.key(), "query($in: JobPlanInput!) { jobPlan(input: $in) { meta { calculationId } } }",
                Map.of("in", in)).path("jobPlan").path("meta").path("calculationId").asString();
    }

    /** Runs a check that must succeed. */
    JsonNode check(TenantKey t, Map<String, Object> target, String template) {
        return ok(t.key(), CHECK + FIELDS, Map.of("t", target, "tpl", template)).path("complianceCheck");
    }

    Response checkRaw(TenantKey t, Map<String, Object> target, String template) {
        return graphql(t.key(), CHECK + FIELDS, Map.of("t", target, "tpl", template));
    }

    /** The clause of a check with this number. */
    static JsonNode clause(JsonNode check, String number) {
        return check.path("clauses").valueStream().filter(c -> c.path("number").asString().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("no clause " + number + " in " + check));
    }

    /** The finding of a rule in a clause. */
    static JsonNode finding(JsonNode check, String number, String rule) {
        return clause(check, number).path("findings").valueStream()
                .filter(f -> f.path("rule").asString().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in clause " + number));
    }

    /** The value (JSON) of the evidence whose key starts with {@code key}. */
    static JsonNode evidence(JsonNode finding, String key) {
        return finding.path("evidence").valueStream().filter(e -> e.path("key").asString().startsWith(key))
                .map(e -> JSON.readTree(e.path("value").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence " + key + " in " + finding));
    }
}
