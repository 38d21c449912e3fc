package io.prism.data;

import static io.prism.generated.jooq.Tables.COMPLIANCE_CHECK;
import static io.prism.generated.jooq.Tables.COMPLIANCE_CLAUSE;
import static io.prism.generated.jooq.Tables.COMPLIANCE_RULE;
import static io.prism.generated.jooq.Tables.COMPLIANCE_TEMPLATE;

import io.prism.generated.jooq.tables.records.ComplianceCheckRecord;
import io.prism.generated.jooq.tables.records.ComplianceClauseRecord;
import io.prism.generated.jooq.tables.records.ComplianceRuleRecord;
import io.prism.generated.jooq.tables.records.ComplianceTemplateRecord;
import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Compliance templates and checks (migration V19). A tenant reads the built-in templates and its own; a template
 * version, once stored, is never changed, and a check is only ever inserted. A template is read with its clauses
 * and rules in three statements, however many templates are read; a new version is stored in three.
 */
@Repository
public class ComplianceRepository {

    /** Every template the tenant may use: the built-in ones first, then its own, each by code and version. */
    public List<ComplianceTemplateRow> templates(DSLContext dsl, TenantId tenant) {
        return withClauses(dsl, dsl.selectFrom(COMPLIANCE_TEMPLATE)
                .where(Visibility.readable(COMPLIANCE_TEMPLATE.TENANT_ID, tenant, null))
                .orderBy(DSL.when(COMPLIANCE_TEMPLATE.TENANT_ID.eq(TenantId.GLOBAL.value()), 0).otherwise(1),
                        COMPLIANCE_TEMPLATE.CODE, COMPLIANCE_TEMPLATE.VERSION)
                .fetch());
    }

    /** One template version the tenant may use, by id. */
    public Optional<ComplianceTemplateRow> template(DSLContext dsl, TenantId tenant, UUID id) {
        return first(dsl, COMPLIANCE_TEMPLATE.TEMPLATE_ID.eq(id)
                .and(Visibility.readable(COMPLIANCE_TEMPLATE.TENANT_ID, tenant, null)));
    }

    /** The newest version of the template the tenant may use under {@code code} (compared without case). */
    public Optional<ComplianceTemplateRow> latest(DSLContext dsl, TenantId tenant, String code) {
        return first(dsl, DSL.lower(COMPLIANCE_TEMPLATE.CODE).eq(code.toLowerCase(Locale.ROOT))
                .and(Visibility.readable(COMPLIANCE_TEMPLATE.TENANT_ID, tenant, null)));
    }

    /**
     * The version a new template of the tenant under {@code code} takes: one more than its newest, 1 for a new code.
     * Takes a transaction-scoped lock on the code first, so two templates created at once get two versions.
     */
    public int nextVersion(DSLContext dsl, TenantId tenant, String code) {
        String key = code.toLowerCase(Locale.ROOT);
        dsl.resultQuery("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                "prism.compliance." + tenant.value() + "." + key).fetch();
        Integer newest = dsl.select(DSL.max(COMPLIANCE_TEMPLATE.VERSION)).from(COMPLIANCE_TEMPLATE)
                .where(Visibility.writable(COMPLIANCE_TEMPLATE.TENANT_ID, tenant))
                .and(DSL.lower(COMPLIANCE_TEMPLATE.CODE).eq(key))
                .fetchOne(r -> r.value1());
        return newest == null ? 1 : newest + 1;
    }

    /** Stores a template version of the tenant with its clauses and rules (an insert and two batches). */
    public void insert(DSLContext dsl, ComplianceTemplateRow t) {
        dsl.insertInto(COMPLIANCE_TEMPLATE)
                .set(COMPLIANCE_TEMPLATE.TENANT_ID, t.tenantId().value())
                .set(COMPLIANCE_TEMPLATE.TEMPLATE_ID, t.id())
                .set(COMPLIANCE_TEMPLATE.CODE, t.code())
                .set(COMPLIANCE_TEMPLATE.VERSION, t.version())
                .set(COMPLIANCE_TEMPLATE.NAME, t.name())
                .set(COMPLIANCE_TEMPLATE.DESCRIPTION, t.description())
                .set(COMPLIANCE_TEMPLATE.CREATED_AT, t.createdAt())
                .execute();
        insertClauses(dsl, t);
    }

    private static void insertClauses(DSLContext dsl, ComplianceTemplateRow t) {
        List<ComplianceClauseRecord> clauses = new ArrayList<>();
        List<ComplianceRuleRecord> rules = new ArrayList<>();
        for (int c = 0; c < t.clauses().size(); c++) {
            ComplianceTemplateRow.Clause clause = t.clauses().get(c);
            clauses.add(new ComplianceClauseRecord(t.tenantId().value(), t.id(), c, clause.number(), clause.title(),
                    clause.summary()));
            for (int r = 0; r < clause.rules().size(); r++) {
                ComplianceTemplateRow.RuleUse rule = clause.rules().get(r);
                rules.add(new ComplianceRuleRecord(t.tenantId().value(), t.id(), c, r, rule.rule(),
                        rule.threshold()));
            }
        }
        dsl.batchInsert(clauses).execute();
        dsl.batchInsert(rules).execute();
    }

    /** Stores a check of the tenant. */
    public void insertCheck(DSLContext dsl, ComplianceCheckRow c) {
        dsl.insertInto(COMPLIANCE_CHECK)
                .set(COMPLIANCE_CHECK.TENANT_ID, c.tenantId().value())
                .set(COMPLIANCE_CHECK.CHECK_ID, c.id())
                .set(COMPLIANCE_CHECK.TEMPLATE_TENANT_ID, c.templateTenantId().value())
                .set(COMPLIANCE_CHECK.TEMPLATE_ID, c.templateId())
                .set(COMPLIANCE_CHECK.TARGET_KIND, c.targetKind())
                .set(COMPLIANCE_CHECK.TARGET_ID, c.targetId())
                .set(COMPLIANCE_CHECK.OUTCOME, c.outcome())
                .set(COMPLIANCE_CHECK.FINDINGS_DIGEST, c.findingsDigest())
                .set(COMPLIANCE_CHECK.RESULT, JSONB.valueOf(c.result()))
                .set(COMPLIANCE_CHECK.AUDIT_EVENT_ID, c.auditEventId())
                .set(COMPLIANCE_CHECK.CHECKED_AT, c.checkedAt())
                .execute();
    }

    /** One of the tenant's own checks; empty for any other tenant's. */
    public Optional<ComplianceCheckRow> check(DSLContext dsl, TenantId tenant, UUID id) {
        return dsl.selectFrom(COMPLIANCE_CHECK)
                .where(COMPLIANCE_CHECK.CHECK_ID.eq(id))
                .and(Visibility.writable(COMPLIANCE_CHECK.TENANT_ID, tenant))
                .fetchOptional(ComplianceRepository::toCheck);
    }

    private Optional<ComplianceTemplateRow> first(DSLContext dsl, Condition condition) {
        List<ComplianceTemplateRecord> found = dsl.selectFrom(COMPLIANCE_TEMPLATE).where(condition)
                .orderBy(COMPLIANCE_TEMPLATE.VERSION.desc()).limit(1).fetch();
        return withClauses(dsl, found).stream().findFirst();
    }

    /** The templates with their clauses and rules, in the templates' order. */
    private static List<ComplianceTemplateRow> withClauses(DSLContext dsl, List<ComplianceTemplateRecord> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(ComplianceTemplateRecord::getTemplateId).toList();
        Map<UUID, List<ComplianceRuleRecord>> rules = new HashMap<>();
        dsl.selectFrom(COMPLIANCE_RULE).where(COMPLIANCE_RULE.TEMPLATE_ID.in(ids))
                .orderBy(COMPLIANCE_RULE.TEMPLATE_ID, COMPLIANCE_RULE.CLAUSE_POSITION, COMPLIANCE_RULE.POSITION)
                .forEach(r -> rules.computeIfAbsent(r.getTemplateId(), k -> new ArrayList<>()).add(r));
        Map<UUID, List<ComplianceTemplateRow.Clause>> clauses = new HashMap<>();
        dsl.selectFrom(COMPLIANCE_CLAUSE).where(COMPLIANCE_CLAUSE.TEMPLATE_ID.in(ids))
                .orderBy(COMPLIANCE_CLAUSE.TEMPLATE_ID, COMPLIANCE_CLAUSE.POSITION)
                .forEach(c -> clauses.computeIfAbsent(c.getTemplateId(), k -> new ArrayList<>())
                        .add(clause(c, rules.getOrDefault(c.getTemplateId(), List.of()))));
        return found.stream().map(t -> new ComplianceTemplateRow(t.getTemplateId(), new TenantId(t.getTenantId()),
                t.getCode(), t.getVersion(), t.getName(), t.getDescription(), t.getCreatedAt(),
                clauses.getOrDefault(t.getTemplateId(), List.of()))).toList();
    }

    private static ComplianceTemplateRow.Clause clause(ComplianceClauseRecord c, List<ComplianceRuleRecord> rules) {
        List<ComplianceTemplateRow.RuleUse> uses = rules.stream()
                .filter(r -> r.getClausePosition().equals(c.getPosition()))
                .map(r -> new ComplianceTemplateRow.RuleUse(r.getRule(), r.getThreshold())).toList();
        return new ComplianceTemplateRow.Clause(c.getNumber(), c.getTitle(), c.getSummary(), uses);
    }

    private static ComplianceCheckRow toCheck(ComplianceCheckRecord r) {
        return new ComplianceCheckRow(r.getCheckId(), new TenantId(r.getTenantId()),
                new TenantId(r.getTemplateTenantId()), r.getTemplateId(), r.getTargetKind(), r.getTargetId(),
                r.getOutcome(), r.getFindingsDigest(), r.getResult().data(), r.getAuditEventId(), r.getCheckedAt());
    }
}
