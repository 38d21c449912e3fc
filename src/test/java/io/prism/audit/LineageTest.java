package io.prism.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Calculation lineage over HTTP: the row versions a run read, the formulas, registry and build it ran on, its audit
 * event; the reverse lookup by row version; and a rerun on today's data compared field by field.
 */
class LineageTest extends CalculationTest {

    static final String LINEAGE = "query($id: ID!) { calculation(id: $id) { id lineage { reads { resource id "
            + "ownerTenantId version } formulaIds formulaRegistryVersion engineVersion buildVersion buildCommit "
            + "auditEventId } } }";
    static final String USING = "query($r: LineageResource!, $id: ID!, $v: Int) { calculationsUsing(resource: $r, "
            + "id: $id, version: $v) { edges { node { id } } } }";
    static final String RERUN = "query($id: ID!) { rerunCalculation(id: $id) { identical differences { path stored "
            + "now } original { id } rerun { id lineage { reads { resource id version } } } } }";

    private String run(TenantKey t, OwnCatalog c) {
        return ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))).path("speedFeed").path("meta")
                .path("calculationId").asString();
    }

    private static List<String> ids(JsonNode connection) {
        return connection.path("edges").valueStream().map(e -> e.path("node").path("id").asString()).toList();
    }

    @Test
    void shouldRecordTheVersionOfEveryRowReadAndFindTheCalculationsThatRestedOnIt() {
        TenantKey t = newTenant("lineage tenant", "READ", "WRITE", "CALC", "AUDIT");
        OwnCatalog c = ownCatalog(t);
        String calc = run(t, c);

        JsonNode lineage = ok(t.key(), LINEAGE, Map.of("id", calc)).path("calculation").path("lineage");
        List<String> reads = lineage.path("reads").valueStream()
                .map(r -> r.path("resource").asString() + ":" + r.path("id").asString() + "@"
                        + r.path("version").asInt()).toList();
        assertThat(reads).contains("MATERIAL:" + c.materialId() + "@1", "TOOL:" + c.toolId() + "@1",
                "MACHINE:" + c.machineId() + "@1");
        assertThat(reads).anyMatch(r -> r.startsWith("CUTTING_DATA:"));
        assertThat(lineage.path("reads").path(0).path("ownerTenantId").asString()).isEqualTo(t.tenantId());
        assertThat(lineage.path("formulaIds").size()).isPositive();
        assertThat(lineage.path("formulaRegistryVersion").asString()).hasSize(16);
        assertThat(lineage.path("engineVersion").asString()).contains("speed-feed");
        assertThat(lineage.path("buildVersion").asString()).isEqualTo("0.1.0-SNAPSHOT");
        JsonNode event = ok(t.key(), "query($id: String) { auditEvents(first: 1, filter: {resourceId: $id}) "
                + "{ edges { node { id action } } } }", Map.of("id", calc)).path("auditEvents").path("edges")
                .path(0).path("node");
        assertThat(event.path("id").asString()).isEqualTo(lineage.path("auditEventId").asString());
        assertThat(event.path("action").asString()).isEqualTo("calculation.SPEED_FEED");

        ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, kc11: 2100}) { material { version } } }",
                Map.of("id", c.materialId()));
        assertThat(ok(t.key(), "query($id: ID!) { material(id: $id) { version } }", Map.of("id", c.materialId()))
                .path("material").path("version").asInt()).isEqualTo(2);
        String later = run(t, c);

        assertThat(ids(ok(t.key(), USING, Map.of("r", "MATERIAL", "id", c.materialId(), "v", 1))
                .path("calculationsUsing"))).containsExactly(calc);
        assertThat(ids(ok(t.key(), USING, Map.of("r", "MATERIAL", "id", c.materialId(), "v", 2))
                .path("calculationsUsing"))).containsExactly(later);
        assertThat(ids(ok(t.key(), USING, Map.of("r", "MATERIAL", "id", c.materialId()))
                .path("calculationsUsing"))).containsExactly(later, calc);
        assertThat(ids(ok(t.key(), USING, Map.of("r", "TOOL", "id", c.toolId(), "v", 1))
                .path("calculationsUsing"))).containsExactly(later, calc);

        // the old version is kept in the audit log: the update's state before the change
        JsonNode update = ok(t.key(), "query($id: String) { auditEvents(first: 1, filter: {resourceId: $id, "
                + "action: \"material.update\"}) { edges { node { before after } } } }", Map.of("id", c.materialId()))
                .path("auditEvents").path("edges").path(0).path("node");
        assertThat(JSON.readTree(update.path("before").asString()).path("version").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(update.path("before").asString()).path("kc11").asDouble()).isEqualTo(1775.0);
        assertThat(JSON.readTree(update.path("after").asString()).path("version").asInt()).isEqualTo(2);

        TenantKey other = newTenant("lineage other tenant", "READ", "CALC");
        assertThat(ids(ok(other.key(), USING, Map.of("r", "MATERIAL", "id", c.materialId()))
                .path("calculationsUsing"))).isEmpty();
        assertThat(graphql(other.key(), RERUN, Map.of("id", calc)).errorCode()).isEqualTo("NOT_FOUND");
        Response badVersion = graphql(t.key(), USING, Map.of("r", "MATERIAL", "id", c.materialId(), "v", 0));
        assertThat(badVersion.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(badVersion.errors().path(0).path("extensions").path("field").toString()).contains("version");
    }

    @Test
    void shouldRerunOnTodaysDataAndNameEveryFieldThatChanged() {
        TenantKey t = newTenant("rerun tenant", "READ", "WRITE", "CALC");
        OwnCatalog c = ownCatalog(t);
        String calc = run(t, c);

        JsonNode same = ok(t.key(), RERUN, Map.of("id", calc)).path("rerunCalculation");
        assertThat(same.path("identical").asBoolean()).as(same.toString()).isTrue();
        assertThat(same.path("differences").size()).isZero();
        assertThat(same.path("rerun").path("id").asString()).isNotEqualTo(calc);

        ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, kc11: 2400}) { material { id } } }",
                Map.of("id", c.materialId()));
        JsonNode changed = ok(t.key(), RERUN, Map.of("id", calc)).path("rerunCalculation");
        assertThat(changed.path("identical").asBoolean()).isFalse();
        List<String> paths = changed.path("differences").valueStream().map(d -> d.path("path").asString()).toList();
        assertThat(paths).contains("result.specificCuttingForce", "result.cuttingForce");
        assertThat(paths).noneMatch(p -> p.endsWith("calculationId") || p.endsWith("computedAt"));
        JsonNode force = changed.path("differences").valueStream()
                .filter(d -> d.path("path").asString().equals("result.cuttingForce")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(force.path("now").asString()))
                .isGreaterThan(Double.parseDouble(force.path("stored").asString()));
        assertThat(changed.path("rerun").path("lineage").path("reads").valueStream()
                .filter(r -> r.path("resource").asString().equals("MATERIAL")).findFirst().orElseThrow()
                .path("version").asInt()).isEqualTo(2);
        assertThat(storedCalculations(t)).isEqualTo(3);
    }
}
