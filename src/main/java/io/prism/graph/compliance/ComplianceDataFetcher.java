package io.prism.graph.compliance;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.CalculationRow;
import io.prism.data.ComplianceTemplateRow;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.ComplianceClauseInput;
import io.prism.generated.graphql.types.ComplianceRuleInput;
import io.prism.generated.graphql.types.ComplianceTargetInput;
import io.prism.generated.graphql.types.CreateComplianceTemplateInput;
import io.prism.graph.audit.AuditDataFetcher;
import io.prism.graph.support.Graph;
import io.prism.service.AuditService;
import io.prism.service.CalculationService;
import io.prism.service.compliance.ComplianceCheck;
import io.prism.service.compliance.ComplianceService;
import io.prism.service.compliance.ComplianceTarget;
import io.prism.service.compliance.ComplianceTemplates;
import io.prism.service.compliance.TemplateDraft;
import java.util.List;
import java.util.Map;

/**
 * Compliance in the graph: the templates, checks and their stored answers, tenant templates, and a check's
 * calculation and audit proofs, resolved only when selected.
 */
@DgsComponent
public class ComplianceDataFetcher {

    private final ComplianceService compliance;
    private final ComplianceTemplates templates;
    private final CalculationService calculations;
    private final AuditService audit;

    public ComplianceDataFetcher(ComplianceService compliance, ComplianceTemplates templates,
                                 CalculationService calculations, AuditService audit) {
        this.compliance = compliance;
        this.templates = templates;
        this.calculations = calculations;
        this.audit = audit;
    }

    /** The schema's {@code ComplianceAuditProof}. */
    public record ProofView(String eventId, long seq, AuditDataFetcher.InclusionView inclusion,
                            AuditDataFetcher.CheckpointView latestCheckpoint, String verifierKey) {
    }

    @DgsQuery
    public List<ComplianceTemplateRow> complianceTemplates(DataFetchingEnvironment dfe) {
        return templates.list(Graph.context(dfe));
    }

    @DgsQuery
    public ComplianceCheck complianceCheck(@InputArgument ComplianceTargetInput target, @InputArgument String template,
                                           DataFetchingEnvironment dfe) {
        return compliance.check(Graph.context(dfe), new ComplianceService.TargetInput(target.getCalculationId(),
                target.getJobPlanId(), target.getMaterialId(), target.getTenant()), template);
    }

    @DgsQuery
    public ComplianceCheck complianceCheckResult(@InputArgument String id, DataFetchingEnvironment dfe) {
        return compliance.result(Graph.context(dfe), id);
    }

    @DgsMutation
    public Map<String, Object> createComplianceTemplate(@InputArgument CreateComplianceTemplateInput input,
                                                        DataFetchingEnvironment dfe) {
        return Map.of("template", templates.create(Graph.context(dfe), draft(input)));
    }

    /** The checked calculation; null for a material or tenant target. */
    @DgsData(parentType = DgsConstants.COMPLIANCECHECK.TYPE_NAME, field = DgsConstants.COMPLIANCECHECK.Calculation)
    public CalculationRow calculation(DgsDataFetchingEnvironment dfe) {
        ComplianceCheck check = dfe.getSource();
        ComplianceTarget.Kind kind = check.target().kind();
        return kind == ComplianceTarget.Kind.CALCULATION || kind == ComplianceTarget.Kind.JOB_PLAN
                ? calculations.calculation(Graph.context(dfe), check.target().id().toString()) : null;
    }

    /** The checked calculation's audit proofs, for a key with the AUDIT scope. */
    @DgsData(parentType = DgsConstants.COMPLIANCECHECK.TYPE_NAME, field = DgsConstants.COMPLIANCECHECK.AuditProof)
    public ProofView auditProof(DgsDataFetchingEnvironment dfe) {
        ComplianceCheck check = dfe.getSource();
        return compliance.calculationProof(Graph.context(dfe), check).map(p -> new ProofView(p.eventId().toString(),
                p.seq(), p.inclusion() == null ? null : AuditDataFetcher.view(p.inclusion()),
                p.latest() == null ? null : AuditDataFetcher.view(p.latest()), audit.verifierKey())).orElse(null);
    }

    private static TemplateDraft draft(CreateComplianceTemplateInput in) {
        return new TemplateDraft(in.getCode(), in.getName(), in.getDescription(),
                Graph.mapList(in.getClauses(), ComplianceDataFetcher::clause));
    }

    private static TemplateDraft.Clause clause(ComplianceClauseInput c) {
        return c == null ? null : new TemplateDraft.Clause(c.getNumber(), c.getTitle(), c.getSummary(),
                Graph.mapList(c.getRules(), ComplianceDataFetcher::rule));
    }

    private static TemplateDraft.Rule rule(ComplianceRuleInput r) {
        return r == null ? null : new TemplateDraft.Rule(r.getRule(), r.getThreshold());
    }
}
