package io.prism.service.compliance;

import io.prism.audit.Digests;
import io.prism.data.CalculationLineage;
import io.prism.data.ComplianceCheckRow;
import io.prism.data.ComplianceRepository;
import io.prism.data.ComplianceTemplateRow;
import io.prism.error.PrismException;
import io.prism.service.AuditService;
import io.prism.service.CalculationService;
import io.prism.service.Checks;
import io.prism.service.RequestContext;
import io.prism.tenancy.Scope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compliance checks (docs/compliance.md): a target (a calculation, a job plan, a material or the caller's tenant)
 * against a template, clause by clause, each rule reading PRISM's own evidence. A check reads everything first, then
 * stores its answer and records it in the tenant's audit log ({@code compliance.check}) in one write, so every
 * stored check is audited; it can be read back as it was answered. Its findings depend only on the template version
 * and the evidence, so a check of unchanged data finds the same, with the same findings digest. Needs the READ
 * scope; the platform operator, who has no data of its own, is refused.
 */
@Service
public class ComplianceService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ComplianceTemplates templates;
    private final ComplianceEvidence evidence;
    private final ComplianceRepository checks;
    private final CalculationService calculations;
    private final AuditService audit;

    ComplianceService(ComplianceTemplates templates, ComplianceEvidence evidence, ComplianceRepository checks,
                      CalculationService calculations, AuditService audit) {
        this.templates = templates;
        this.evidence = evidence;
        this.checks = checks;
        this.calculations = calculations;
        this.audit = audit;
    }

    /** What a request names as the target: the members of {@code target}, of which exactly one is given. */
    public record TargetInput(String calculationId, String jobPlanId, String materialId, Boolean tenant) {
    }

    /** Checks the target against the template (its id, or its code for the newest version), stores and audits it. */
    public ComplianceCheck check(RequestContext ctx, TargetInput target, String template) {
        ctx.require(Scope.READ);
        if (ctx.principal().operator()) {
            throw PrismException.forbidden("Compliance checks read a tenant's own data; use a key of the tenant");
        }
        ComplianceTarget named = ComplianceTarget.of(target.calculationId(), target.jobPlanId(),
                target.materialId(), target.tenant(), ctx.tenant());
        ComplianceTemplateRow version = templates.find(ctx, template, "template");
        ComplianceCheck answer = answer(version, evidence.of(ctx, named));
        return ctx.write(dsl -> {
            UUID event = ctx.audit("compliance.check", "ComplianceCheck", answer.id(), null, answer);
            checks.insertCheck(dsl, new ComplianceCheckRow(answer.id(), ctx.tenant(), version.tenantId(),
                    version.id(), answer.target().kind().name(), answer.target().id(), answer.outcome().name(),
                    answer.findingsDigest(), JSON.writeValueAsString(answer), event, answer.checkedAt()));
            return answer.recordedAs(event);
        });
    }

    /** A stored check of the caller's, as it was answered; NOT_FOUND for an unknown one and another tenant's. */
    public ComplianceCheck result(RequestContext ctx, String id) {
        ctx.require(Scope.READ);
        UUID uuid = Checks.id(id, "id");
        ComplianceCheckRow row = ctx.read(dsl -> checks.check(dsl, ctx.tenant(), uuid))
                .orElseThrow(() -> PrismException.notFound("Compliance check", id));
        return JSON.readValue(row.result(), ComplianceCheck.class).recordedAs(row.auditEventId());
    }

    /**
     * The audit proofs of a checked calculation's event, for a caller with the AUDIT scope; empty for other targets,
     * for a calculation that names no event and for a caller without that scope, who may run checks but not read
     * the audit log.
     */
    public Optional<AuditService.EventProof> calculationProof(RequestContext ctx, ComplianceCheck check) {
        ComplianceTarget.Kind kind = check.target().kind();
        if (!ctx.principal().has(Scope.AUDIT)
                || (kind != ComplianceTarget.Kind.CALCULATION && kind != ComplianceTarget.Kind.JOB_PLAN)) {
            return Optional.empty();
        }
        CalculationLineage lineage = calculations.lineage(calculations.calculation(ctx, check.target().id()
                .toString()));
        return lineage == null || lineage.auditEventId() == null ? Optional.empty()
                : audit.newestProof(ctx, lineage.auditEventId());
    }

    /** The answer of a check of {@code subject} against a template version, not yet stored. */
    private static ComplianceCheck answer(ComplianceTemplateRow version, Subject subject) {
        List<ComplianceCheck.ClauseResult> clauses = version.clauses().stream().map(c -> clause(c, subject)).toList();
        ComplianceCheck.TemplateRef ref = new ComplianceCheck.TemplateRef(version.id(), version.code(),
                version.name(), version.version(), version.owner());
        return new ComplianceCheck(UUID.randomUUID(), ref, subject.target(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                ComplianceOutcome.combined(clauses.stream().map(ComplianceCheck.ClauseResult::outcome).toList()),
                clauses, digest(ref, subject.target(), clauses), null);
    }

    private static ComplianceCheck.ClauseResult clause(ComplianceTemplateRow.Clause clause, Subject subject) {
        List<ComplianceCheck.Finding> findings = new ArrayList<>(clause.rules().size());
        for (ComplianceTemplateRow.RuleUse use : clause.rules()) {
            findings.add(finding(use, subject));
        }
        return new ComplianceCheck.ClauseResult(clause.number(), clause.title(), clause.summary(),
                ComplianceOutcome.combined(findings.stream().map(ComplianceCheck.Finding::outcome).toList()),
                findings);
    }

    private static ComplianceCheck.Finding finding(ComplianceTemplateRow.RuleUse use, Subject subject) {
        ComplianceRule rule = ComplianceRule.valueOf(use.rule());
        Double threshold = !rule.takesThreshold() ? null
                : use.threshold() == null ? ComplianceRule.DEFAULT_THRESHOLD : use.threshold();
        Verdict v = rule.awaitsEvidence() ? ControlledDataRules.awaiting(rule)
                : subject.evaluate(rule, threshold == null ? Double.NaN : threshold);
        return new ComplianceCheck.Finding(rule, threshold, v.outcome(), v.summary(), v.evidence(), v.remedy());
    }

    /** The findings digest: SHA-256 of the RFC 8785 form of the template version, the target and the clauses. */
    private static String digest(ComplianceCheck.TemplateRef template, ComplianceTarget target,
                                 List<ComplianceCheck.ClauseResult> clauses) {
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("template", Map.of("id", template.id(), "version", template.version()));
        findings.put("target", target);
        findings.put("clauses", clauses);
        return Digests.canonicalHex(JSON.valueToTree(findings));
    }
}
