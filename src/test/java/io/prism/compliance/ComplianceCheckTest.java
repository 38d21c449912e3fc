package io.prism.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Compliance checks over HTTP against PostgreSQL: a calculation on verified data passes and is found the same
 * again; an unverified material fails naming the rule and the row, also for the version a calculation read after
 * the row changed; the ITAR rules need evidence PRISM does not hold; job plans, materials and the whole tenant as
 * targets; a stored answer that no longer matches its audit event; and bad targets, stored nothing.
 */
class ComplianceCheckTest extends ComplianceTestSupport {

    private static final String LINEAGE_EVENT = "query($id: ID!) { calculation(id: $id) { lineage { auditEventId "
            + "reads { id } } } }";

    @Test
    void shouldPassACalculationOnVerifiedDataAndFindTheSameAgain() {
        TenantKey t = newTenant("compliance pass tenant", "READ", "WRITE", "CALC", "AUDIT");
        String calc = speedFeed(t, verifiedCatalog(t));

        JsonNode first = check(t, Map.of("calculationId", calc), "ISO9001-2015");
        assertThat(first.path("outcome").asString()).as(first.toString()).isEqualTo("PASS");
        assertThat(names(first.path("clauses"), "number")).containsExactly("7.1.5", "7.5.3", "8.5.1", "8.5.2", "8.7");
        assertThat(names(first.path("clauses"), "outcome")).containsOnly("PASS");
        assertThat(first.path("target").path("kind").asString()).isEqualTo("CALCULATION");
        assertThat(first.path("target").path("id").asString()).isEqualTo(calc);
        assertThat(first.path("template").path("owner").asString()).isEqualTo("SHARED");
        assertThat(first.path("template").path("version").asInt()).isEqualTo(1);
        assertThat(finding(first, "8.5.1", "SAFETY_SCORE_AT_LEAST").path("threshold").asDouble()).isEqualTo(0.70);
        JsonNode audited = finding(first, "7.5.3", "AUDITED");
        String calcEvent = ok(t.key(), LINEAGE_EVENT, Map.of("id", calc)).path("calculation").path("lineage")
                .path("auditEventId").asString();
        assertThat(evidence(audited, "auditEvent").asString()).isEqualTo(calcEvent);
        assertThat(evidence(audited, "auditLog.upToEvent").path("valid").asBoolean()).isTrue();
        assertThat(finding(first, "8.5.1", "INPUTS_VERIFIED_AND_SOURCED").path("remedy").isNull()).isTrue();

        JsonNode again = check(t, Map.of("calculationId", calc), "ISO9001-2015");
        assertThat(again.path("id").asString()).isNotEqualTo(first.path("id").asString());
        assertThat(again.path("clauses")).isEqualTo(first.path("clauses"));
        assertThat(again.path("findingsDigest").asString()).isEqualTo(first.path("findingsDigest").asString())
                .hasSize(64);

        JsonNode stored = ok(t.key(), RESULT + FIELDS, Map.of("id", first.path("id").asString()))
                .path("complianceCheckResult");
        assertThat(stored).isEqualTo(first);
        JsonNode event = ok(t.key(), "query($id: String) { auditEvents(first: 1, filter: {resourceId: $id}) { edges "
                + "{ node { id action resourceType after } } } }", Map.of("id", first.path("id").asString()))
                .path("auditEvents").path("edges").path(0).path("node");
        assertThat(event.path("id").asString()).isEqualTo(first.path("auditEventId").asString());
        assertThat(event.path("action").asString()).isEqualTo("compliance.check");
        assertThat(event.path("resourceType").asString()).isEqualTo("ComplianceCheck");
        assertThat(JSON.readTree(event.path("after").asString()).path("findingsDigest").asString())
                .isEqualTo(first.path("findingsDigest").asString());
        assertThat(sqlCount("SELECT count(*) FROM compliance_check WHERE tenant_id = '" + t.tenantId() + "'"))
                .isEqualTo(2);
    }

    @Test
    void shouldFailAnUnverifiedMaterialNamingTheRuleAndTheEvidenceAtTheVersionRead() {
        TenantKey t = newTenant("compliance fail tenant");
        OwnCatalog c = unverifiedMaterial(t);
        String calc = speedFeed(t, c);

        JsonNode check = check(t, Map.of("calculationId", calc), "ISO9001-2015");
        assertThat(check.path("outcome").asString()).isEqualTo("FAIL");
        assertThat(clause(check, "8.5.1").path("outcome").asString()).isEqualTo("FAIL");
        assertThat(clause(check, "7.1.5").path("outcome").asString()).isEqualTo("PASS");
        JsonNode inputs = finding(check, "8.5.1", "INPUTS_VERIFIED_AND_SOURCED");
        assertThat(inputs.path("outcome").asString()).isEqualTo("FAIL");
        assertThat(inputs.path("summary").asString()).contains("MATERIAL " + c.materialId() + "@1");
        assertThat(inputs.path("remedy").asString()).contains("verified");
        JsonNode material = evidence(inputs, "MATERIAL " + c.materialId() + "@1");
        assertThat(material.path("verified").asBoolean()).isFalse();
        assertThat(material.path("source").asString()).isEqualTo("recalled");
        assertThat(material.path("owner").asString()).isEqualTo("TENANT");
        assertThat(evidence(inputs, "TOOL " + c.toolId()).path("verified").asBoolean()).isTrue();

        JsonNode ofMaterial = check(t, Map.of("materialId", c.materialId()), "ISO9001-2015");
        assertThat(ofMaterial.path("target").path("kind").asString()).isEqualTo("MATERIAL");
        assertThat(finding(ofMaterial, "8.5.1", "INPUTS_VERIFIED_AND_SOURCED").path("outcome").asString())
                .isEqualTo("FAIL");
        assertThat(finding(ofMaterial, "7.5.3", "AUDITED").path("outcome").asString()).isEqualTo("PASS");
        assertThat(finding(ofMaterial, "8.5.1", "SAFETY_SCORE_AT_LEAST").path("outcome").asString())
                .isEqualTo("NOT_APPLICABLE");

        // verified now: the stored run still rested on version 1, read back from the audit log; a new run passes
        ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, verified: true, source: \"ISCAR VDI 3323\"}) "
                + "{ material { version } } }", Map.of("id", c.materialId()));
        JsonNode old = finding(check(t, Map.of("calculationId", calc), "ISO9001-2015"), "8.5.1",
                "INPUTS_VERIFIED_AND_SOURCED");
        assertThat(old.path("outcome").asString()).isEqualTo("FAIL");
        assertThat(evidence(old, "MATERIAL " + c.materialId() + "@1").path("readFrom").asString())
                .isEqualTo("audit log");
        JsonNode fresh = check(t, Map.of("calculationId", speedFeed(t, c)), "ISO9001-2015");
        assertThat(finding(fresh, "8.5.1", "INPUTS_VERIFIED_AND_SOURCED").path("outcome").asString())
                .isEqualTo("PASS");
        assertThat(evidence(finding(fresh, "8.5.1", "INPUTS_VERIFIED_AND_SOURCED"), "MATERIAL " + c.materialId()
                + "@2").path("readFrom").asString()).isEqualTo("row");
    }

    @Test
    void shouldAnswerNeedsEvidenceForTheItarRules() {
        TenantKey t = newTenant("compliance itar tenant");
        String calc = speedFeed(t, verifiedCatalog(t));

        for (JsonNode check : List.of(check(t, Map.of("calculationId", calc), "ITAR"),
                check(t, Map.of("tenant", true), "ITAR"))) {
            assertThat(check.path("outcome").asString()).isEqualTo("NEEDS_EVIDENCE");
            assertThat(names(check.path("clauses"), "number")).containsExactly("120.50", "120.54", "122.5", "127.1");
            assertThat(clause(check, "122.5").path("outcome").asString()).as(check.toString()).isEqualTo("PASS");
            for (String number : List.of("120.50", "120.54", "127.1")) {
                JsonNode clause = clause(check, number);
                assertThat(clause.path("outcome").asString()).isEqualTo("NEEDS_EVIDENCE");
                for (JsonNode f : clause.path("findings")) {
                    assertThat(f.path("rule").asString()).isIn("DATA_MARKED_CONTROLLED",
                            "PROCESSED_IN_ALLOWED_REGION", "KEY_US_PERSON");
                    assertThat(f.path("outcome").asString()).isEqualTo("NEEDS_EVIDENCE");
                    assertThat(f.path("remedy").asString()).contains("outside PRISM");
                    assertThat(f.path("evidence").path(0).path("value").asString())
                            .isEqualTo("{\"recordedByPrism\":false}");
                }
            }
        }
    }

    @Test
    void shouldCheckAJobPlanByItsUsedRowsAnOptimisationAndTheTenantInSummary() {
        TenantKey t = newTenant("compliance plan tenant");
        OwnCatalog c = verifiedCatalog(t);
        String plan = jobPlan(t, c);

        JsonNode check = check(t, Map.of("jobPlanId", plan), "AS9100D");
        assertThat(check.path("target").path("kind").asString()).isEqualTo("JOB_PLAN");
        assertThat(check.path("outcome").asString()).as(check.toString()).isEqualTo("PASS");
        assertThat(names(check.path("clauses"), "number")).containsExactly("7.1.5.2", "8.1.4", "8.5.1", "8.5.1.1",
                "8.5.2");
        JsonNode score = finding(check, "8.5.1", "SAFETY_SCORE_AT_LEAST");
        assertThat(names(score.path("evidence"), "key")).contains("threshold", "operations[0].speedFeed.safety.score");
        // the plan read the whole tool library; the rule names only the rows the plan rested on
        int read = ok(t.key(), LINEAGE_EVENT, Map.of("id", plan)).path("calculation").path("lineage").path("reads")
                .size();
        JsonNode inputs = finding(check, "8.1.4", "INPUTS_VERIFIED_AND_SOURCED");
        assertThat(inputs.path("evidence").size()).isLessThan(read);
        assertThat(names(inputs.path("evidence"), "key")).contains("TOOL " + c.toolId() + "@1",
                "MACHINE " + c.machineId() + "@1");
        assertThat(check(t, Map.of("calculationId", plan), "AS9100D").path("target").path("kind").asString())
                .isEqualTo("JOB_PLAN");
        assertThat(sqlCount("SELECT count(*) FROM compliance_check WHERE target_id = '" + plan + "' AND target_kind "
                + "= 'JOB_PLAN'")).isEqualTo(2);

        String optimized = ok(t.key(), "query($in: OptimizeInput!) { optimize(input: $in) { meta { calculationId } } }",
                Map.of("in", Map.of("materialId", c.materialId(), "toolId", c.toolId(), "machineId", c.machineId(),
                        "operation", "SIDE_MILLING", "objective", "MAX_REMOVAL_RATE", "stickOutMm", 35,
                        "cuttingSpeedMPerMin", Map.of("min", 160, "max", 240))))
                .path("optimize").path("meta").path("calculationId").asString();
        JsonNode optimum = check(t, Map.of("calculationId", optimized), "ISO9001-2015");
        assertThat(optimum.path("target").path("kind").asString()).isEqualTo("CALCULATION");
        assertThat(names(finding(optimum, "8.5.1", "SAFETY_SCORE_AT_LEAST").path("evidence"), "key"))
                .containsExactly("threshold", "safety.score");
        assertThat(finding(optimum, "8.5.1", "INPUTS_VERIFIED_AND_SOURCED").path("outcome").asString())
                .isEqualTo("PASS");

        JsonNode tenant = check(t, Map.of("tenant", true), "ISO9001-2015");
        assertThat(tenant.path("target").path("id").asString()).isEqualTo(t.tenantId());
        assertThat(tenant.path("outcome").asString()).as(tenant.toString()).isEqualTo("PASS");
        JsonNode lineage = evidence(finding(tenant, "7.5.3", "LINEAGE_COMPLETE"), "calculations");
        assertThat(lineage.path("total").asInt()).isEqualTo(2);
        assertThat(lineage.path("share").asDouble()).isEqualTo(1.0);
        assertThat(evidence(finding(tenant, "7.5.3", "AUDITED"), "auditLog").path("valid").asBoolean()).isTrue();
        assertThat(finding(tenant, "8.5.1", "SAFETY_SCORE_AT_LEAST").path("outcome").asString())
                .isEqualTo("NOT_APPLICABLE");
        assertThat(check(t, Map.of("tenant", true), "ISO9001-2015").path("findingsDigest").asString())
                .isEqualTo(tenant.path("findingsDigest").asString());
    }

    @Test
    void shouldFailAStoredAnswerThatNoLongerMatchesItsAuditEvent() throws SQLException {
        TenantKey t = newTenant("compliance tamper tenant");
        String calc = speedFeed(t, verifiedCatalog(t));
        try (Connection owner = TestDatabase.get().ownerConnection(); Statement st = owner.createStatement()) {
            st.executeUpdate("UPDATE calculation SET envelope = jsonb_set(envelope, '{result,cuttingSpeed}', '999') "
                    + "WHERE calculation_id = '" + calc + "'");
        }
        JsonNode audited = finding(check(t, Map.of("calculationId", calc), "ISO9001-2015"), "7.5.3", "AUDITED");
        assertThat(audited.path("outcome").asString()).isEqualTo("FAIL");
        assertThat(audited.path("summary").asString()).contains("digest");
    }

    @Test
    void shouldRefuseBadTargetsAndUnknownTemplatesStoringNothing() {
        TenantKey t = newTenant("compliance bad target tenant");
        OwnCatalog c = verifiedCatalog(t);
        String calc = speedFeed(t, c);
        Map<String, Object> both = new HashMap<>(Map.of("calculationId", calc, "materialId", c.materialId()));

        expectBadTarget(t, Map.of(), "ISO9001-2015", "target");
        expectBadTarget(t, both, "ISO9001-2015", "target");
        expectBadTarget(t, Map.of("tenant", false), "ISO9001-2015", "target.tenant");
        expectBadTarget(t, Map.of("calculationId", "not-an-id"), "ISO9001-2015", "target.calculationId");
        expectBadTarget(t, Map.of("jobPlanId", calc), "ISO9001-2015", "target.jobPlanId");
        expectBadTarget(t, Map.of("calculationId", calc), " ", "template");
        assertThat(checkRaw(t, Map.of("calculationId", calc), "NO-SUCH-TEMPLATE").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(checkRaw(t, Map.of("calculationId", "00000000-0000-0000-0000-00000000c0de"), "ISO9001-2015")
                .errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(t.key(), RESULT + FIELDS, Map.of("id", "00000000-0000-0000-0000-00000000c0de"))
                .errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(ADMIN_KEY, CHECK + FIELDS, Map.of("t", Map.of("tenant", true), "tpl", "ITAR"))
                .errorCode()).isEqualTo("FORBIDDEN");
        assertThat(sqlCount("SELECT count(*) FROM compliance_check WHERE tenant_id = '" + t.tenantId() + "'"))
                .isZero();
    }

    private void expectBadTarget(TenantKey t, Map<String, Object> target, String template, String field) {
        Response r = checkRaw(t, target, template);
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).as(r.raw()).isEqualTo(field);
    }
}
