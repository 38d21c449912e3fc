package io.prism.compliance;

import static io.prism.support.RestAssertions.assertProblem;
import static io.prism.support.RestAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tenant templates over HTTP against PostgreSQL: created from the rule vocabulary with the tenant's own threshold,
 * versioned by code, refused whole with the field named and nothing stored; tenant isolation of templates, targets
 * and checks; and {@code POST /api/v1/compliance/check}.
 */
class ComplianceTemplateTest extends ComplianceTestSupport {

    private static final String CREATE = "mutation($in: CreateComplianceTemplateInput!) { createComplianceTemplate("
            + "input: $in) { template { id code version owner name clauses { number title summary rules { rule "
            + "threshold } } } } }";
    private static final String LIST = "{ complianceTemplates { id code version owner clauses { number } } }";

    private static Map<String, Object> rule(String rule, Object threshold) {
        Map<String, Object> r = new HashMap<>();
        r.put("rule", rule);
        if (threshold != null) {
            r.put("threshold", threshold);
        }
        return r;
    }

    private static Map<String, Object> clause(String number, List<Map<String, Object>> rules) {
        return new HashMap<>(Map.of("number", number, "title", "Shop rule " + number, "summary",
                "What the shop asks of " + number, "rules", rules));
    }

    private static Map<String, Object> template(String code, List<Map<String, Object>> clauses) {
        return new HashMap<>(Map.of("code", code, "name", "Shop quality rules", "clauses", clauses));
    }

    /** A shop template: a safety score of at least 0.95, and a complete, audited record. */
    private static Map<String, Object> shopRules(String code) {
        return template(code, List.of(clause("QA-1", List.of(rule("SAFETY_SCORE_AT_LEAST", 0.95))),
                clause("QA-2", List.of(rule("LINEAGE_COMPLETE", null), rule("AUDITED", null)))));
    }

    @Test
    void shouldCreateTemplatesFromTheVocabularyCheckWithTheTenantsThresholdAndVersionThem() {
        TenantKey t = newTenant("compliance template tenant", "READ", "WRITE", "CALC", "AUDIT");
        String calc = speedFeed(t, verifiedCatalog(t));

        JsonNode first = ok(t.key(), CREATE, Map.of("in", shopRules("SHOP-QA"))).path("createComplianceTemplate")
                .path("template");
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("owner").asString()).isEqualTo("TENANT");
        assertThat(names(first.path("clauses"), "number")).containsExactly("QA-1", "QA-2");
        assertThat(first.path("clauses").path(0).path("rules").path(0).path("threshold").asDouble()).isEqualTo(0.95);
        List<String> listed = names(ok(t.key(), LIST).path("complianceTemplates"), "code");
        assertThat(listed).containsExactly("AS9100D", "ISO9001-2015", "ITAR", "SHOP-QA");

        JsonNode check = check(t, Map.of("calculationId", calc), "SHOP-QA");
        assertThat(check.path("template").path("owner").asString()).isEqualTo("TENANT");
        JsonNode score = finding(check, "QA-1", "SAFETY_SCORE_AT_LEAST");
        assertThat(score.path("outcome").asString()).as(score.toString()).isEqualTo("FAIL");
        assertThat(score.path("threshold").asDouble()).isEqualTo(0.95);
        assertThat(evidence(score, "threshold").asDouble()).isEqualTo(0.95);
        assertThat(clause(check, "QA-2").path("outcome").asString()).isEqualTo("PASS");

        JsonNode second = ok(t.key(), CREATE, Map.of("in", template("shop-qa", List.of(clause("QA-1",
                List.of(rule("SAFETY_SCORE_AT_LEAST", 0.5)))))))
                .path("createComplianceTemplate").path("template");
        assertThat(second.path("version").asInt()).isEqualTo(2);
        JsonNode newest = check(t, Map.of("calculationId", calc), "SHOP-QA");
        assertThat(newest.path("template").path("version").asInt()).isEqualTo(2);
        assertThat(newest.path("outcome").asString()).isEqualTo("PASS");
        assertThat(check(t, Map.of("calculationId", calc), first.path("id").asString()).path("template")
                .path("version").asInt()).isEqualTo(1);
        assertThat(ok(t.key(), "query($id: String) { auditEvents(first: 1, filter: {resourceId: $id}) { edges { "
                + "node { action } } } }", Map.of("id", first.path("id").asString())).path("auditEvents")
                .path("edges").path(0).path("node").path("action").asString()).isEqualTo("complianceTemplate.create");
    }

    @Test
    void shouldRefuseAnInvalidTemplateNamingTheFieldAndStoreNothing() {
        TenantKey t = newTenant("compliance invalid template tenant");
        List<Map<String, Object>> three = new ArrayList<>(List.of(clause("1", List.of(rule("AUDITED", null))),
                clause("2", List.of(rule("LINEAGE_COMPLETE", null))),
                clause("3", List.of(rule("MACHINE_IS_SHINY", null)))));
        expectRefused(t, template("SHOP", three), "input.clauses.2.rules.0.rule", "unknown rule");
        expectRefused(t, template("SHOP", List.of(clause("1", List.of(rule("SAFETY_SCORE_AT_LEAST", 1.5))))),
                "input.clauses.0.rules.0.threshold", "between 0 and 1");
        expectRefused(t, template("SHOP", List.of(clause("1", List.of(rule("AUDITED", 0.5))))),
                "input.clauses.0.rules.0.threshold", "takes no threshold");
        expectRefused(t, template("SHOP", List.of(clause("1", List.of(rule("AUDITED", null),
                rule("AUDITED", null))))), "input.clauses.0.rules.1.rule", "twice");
        expectRefused(t, template("SHOP", List.of(clause("8.5", List.of(rule("AUDITED", null))),
                clause("8.5", List.of(rule("AUDITED", null))))), "input.clauses.1.number", "appears twice");
        expectRefused(t, template("SHOP", List.of()), "input.clauses", "1 to 200 clauses");
        expectRefused(t, template("SHOP", List.of(clause("1", List.of()))), "input.clauses.0.rules", "1 to 20 rules");
        Map<String, Object> untitled = clause("1", List.of(rule("AUDITED", null)));
        untitled.put("title", " ");
        expectRefused(t, template("SHOP", List.of(untitled)), "input.clauses.0.title", "must not be empty");
        expectRefused(t, template("iso9001-2015", List.of(clause("1", List.of(rule("AUDITED", null))))),
                "input.code", "built-in");
        expectRefused(t, template("no spaces", List.of(clause("1", List.of(rule("AUDITED", null))))),
                "input.code", "letters, digits");

        TenantKey reader = newTenant("compliance read-only tenant", "READ");
        assertThat(graphql(reader.key(), CREATE, Map.of("in", shopRules("SHOP"))).errorCode()).isEqualTo("FORBIDDEN");
        for (String table : List.of("compliance_template", "compliance_clause", "compliance_rule")) {
            assertThat(sqlCount("SELECT count(*) FROM " + table + " WHERE tenant_id IN ('" + t.tenantId() + "', '"
                    + reader.tenantId() + "')")).as(table).isZero();
        }
    }

    private void expectRefused(TenantKey t, Map<String, Object> input, String field, String message) {
        Response r = graphql(t.key(), CREATE, Map.of("in", input));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).as(r.raw()).isEqualTo(field);
        assertThat(r.errors().path(0).path("message").asString()).as(r.raw()).contains(message);
        assertThat(r.data().isNull()).as(r.raw()).isTrue();
    }

    @Test
    void shouldKeepEachTenantsTemplatesTargetsAndChecksToItself() {
        TenantKey a = newTenant("compliance tenant A");
        OwnCatalog c = verifiedCatalog(a);
        String calc = speedFeed(a, c);
        String template = ok(a.key(), CREATE, Map.of("in", shopRules("A-RULES"))).path("createComplianceTemplate")
                .path("template").path("id").asString();
        String checkId = check(a, Map.of("calculationId", calc), "A-RULES").path("id").asString();

        TenantKey b = newTenant("compliance tenant B");
        assertThat(checkRaw(b, Map.of("calculationId", calc), "ISO9001-2015").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(checkRaw(b, Map.of("jobPlanId", calc), "ISO9001-2015").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(checkRaw(b, Map.of("materialId", c.materialId()), "ISO9001-2015").errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(checkRaw(b, Map.of("tenant", true), template).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(checkRaw(b, Map.of("tenant", true), "A-RULES").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(b.key(), RESULT + FIELDS, Map.of("id", checkId)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(names(ok(b.key(), LIST).path("complianceTemplates"), "code"))
                .containsExactly("AS9100D", "ISO9001-2015", "ITAR");
        // B may use a code A uses: codes are per tenant
        assertThat(ok(b.key(), CREATE, Map.of("in", shopRules("A-RULES"))).path("createComplianceTemplate")
                .path("template").path("version").asInt()).isEqualTo(1);
    }

    @Test
    void shouldCheckOverRestWithTheLineageAndTheAuditProof() {
        TenantKey t = newTenant("compliance rest tenant", "READ", "WRITE", "CALC", "AUDIT");
        String calc = speedFeed(t, verifiedCatalog(t));
        String body = JSON.writeValueAsString(Map.of("target", Map.of("calculationId", calc),
                "template", "ISO9001-2015"));

        Response r = postRaw("/api/v1/compliance/check", t.key(), body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertValid(url("/api/v1/openapi.json"), r, "/api/v1/compliance/check", "post", 200);
        assertThat(r.body().path("outcome").asString()).isEqualTo("PASS");
        assertThat(r.body().path("calculation").path("lineage").path("reads").size()).isEqualTo(3);
        JsonNode proof = r.body().path("auditProof");
        assertThat(proof.path("eventId").asString())
                .isEqualTo(r.body().path("calculation").path("lineage").path("auditEventId").asString());
        assertThat(proof.path("verifierKey").asString()).isNotEmpty();
        assertThat(proof.path("inclusion").isNull()).as("no checkpoint covers the event yet").isTrue();
        assertThat(r.headers().firstValue("Query-Cost")).isPresent();

        TenantKey reader = newTenant("compliance rest reader", "READ");
        Response unscoped = postRaw("/api/v1/compliance/check", reader.key(), JSON.writeValueAsString(Map.of(
                "target", Map.of("tenant", true), "template", "ITAR")));
        assertThat(unscoped.status()).as(unscoped.raw()).isEqualTo(200);
        assertThat(unscoped.body().path("auditProof").isNull()).isTrue();
        assertThat(unscoped.body().path("calculation").isNull()).isTrue();

        assertProblem(postRaw("/api/v1/compliance/check", t.key(), JSON.writeValueAsString(Map.of("target", Map.of(),
                "template", "ITAR"))), 400, "BAD_USER_INPUT", "target");
        assertProblem(postRaw("/api/v1/compliance/check", reader.key(), body), 404, "NOT_FOUND", null);
        assertProblem(postRaw("/api/v1/compliance/check", t.key(), "{\"target\": {\"tenant\": true}}"), 400,
                "BAD_USER_INPUT", null);
    }
}
