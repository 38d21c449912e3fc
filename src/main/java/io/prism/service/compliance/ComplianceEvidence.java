package io.prism.service.compliance;

import io.prism.audit.Digests;
import io.prism.audit.LogVerifier;
import io.prism.data.AuditRepository;
import io.prism.data.CalculationLineage;
import io.prism.data.CalculationRepository;
import io.prism.data.CalculationRow;
import io.prism.data.CuttingDataRow;
import io.prism.data.MaterialRepository;
import io.prism.data.MaterialRow;
import io.prism.data.Provenance;
import io.prism.data.ProvenanceRepository;
import io.prism.error.PrismException;
import io.prism.service.AuditService;
import io.prism.service.CalculationService;
import io.prism.service.JobPlanEnvelope;
import io.prism.service.JobPlanService;
import io.prism.service.OptimizationService;
import io.prism.service.RequestContext;
import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a compliance check needs about its target, all in the request's read transaction: a calculation's
 * stored answer, lineage and the provenance of the rows it read at the versions it read (from the audit log when a
 * row changed since), a material's provenance, a tenant's summaries, and the audit events with the verification of
 * the log up to each. An unknown target, or another tenant's, is NOT_FOUND.
 */
@Component
class ComplianceEvidence {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Ids of not verified rows a tenant summary lists, per kind of row. */
    private static final int SAMPLE = 10;
    /** The audit log's resource type of each kind of catalog row. */
    private static final Map<CalculationLineage.Resource, String> RESOURCE_TYPES = Map.of(
            CalculationLineage.Resource.MATERIAL, "Material", CalculationLineage.Resource.CUTTING_DATA, "CuttingData",
            CalculationLineage.Resource.TOOL, "Tool", CalculationLineage.Resource.MACHINE, "Machine");

    private final CalculationService calculations;
    private final OptimizationService optimizations;
    private final JobPlanService plans;
    private final CalculationRepository history;
    private final MaterialRepository materials;
    private final ProvenanceRepository provenance;
    private final AuditRepository events;
    private final AuditService audit;

    ComplianceEvidence(CalculationService calculations, OptimizationService optimizations, JobPlanService plans,
                       CalculationRepository history, MaterialRepository materials, ProvenanceRepository provenance,
                       AuditRepository events, AuditService audit) {
        this.calculations = calculations;
        this.optimizations = optimizations;
        this.plans = plans;
        this.history = history;
        this.materials = materials;
        this.provenance = provenance;
        this.events = events;
        this.audit = audit;
    }

    /** The evidence about {@code target}. */
    Subject of(RequestContext ctx, ComplianceTarget target) {
        return switch (target.kind()) {
            case CALCULATION, JOB_PLAN -> calculation(ctx, target);
            case MATERIAL -> material(ctx, target.id());
            case TENANT -> tenant(ctx, target);
        };
    }

    private CalculationSubject calculation(RequestContext ctx, ComplianceTarget requested) {
        CalculationRow row = calculations.calculation(ctx, requested.id().toString());
        boolean plan = JobPlanService.JOB_PLAN.equals(row.kind());
        if (requested.kind() == ComplianceTarget.Kind.JOB_PLAN && !plan) {
            throw PrismException.badInput("calculation " + row.id() + " is a " + row.kind() + " run, not a job plan; "
                    + "name it as target.calculationId", "target", "jobPlanId");
        }
        ComplianceTarget target = new ComplianceTarget(plan ? ComplianceTarget.Kind.JOB_PLAN
                : ComplianceTarget.Kind.CALCULATION, row.id());
        CalculationLineage lineage = calculations.lineage(row);
        JobPlanEnvelope planned = plan ? plans.jobPlanEnvelope(row) : null;
        List<Assessment> assessments = assessments(row, planned);
        List<CalculationLineage.Read> reads = lineage == null ? List.of() : restedOn(lineage, planned);
        return ctx.read(dsl -> new CalculationSubject(target, row, lineage, assessments,
                rows(dsl, ctx.tenant(), reads), calculationEvent(dsl, ctx.tenant(), row, lineage)));
    }

    /** The safety assessments of a stored answer, by kind. */
    private List<Assessment> assessments(CalculationRow row, JobPlanEnvelope planned) {
        if (planned != null) {
            List<Assessment> found = new ArrayList<>(planned.operations().size());
            for (int i = 0; i < planned.operations().size(); i++) {
                found.add(new Assessment("operations[" + i + "].speedFeed.safety",
                        planned.operations().get(i).speedFeed().safety()));
            }
            return found;
        }
        if (OptimizationService.OPTIMIZE.equals(row.kind())) {
            return List.of(new Assessment("safety", optimizations.optimizeEnvelope(row).safety()));
        }
        return List.of(new Assessment("safety", calculations.speedFeedEnvelope(row).safety()));
    }

    /** The rows an answer rested on: every row read, but of a job plan's tool library only the tools it used. */
    private static List<CalculationLineage.Read> restedOn(CalculationLineage lineage, JobPlanEnvelope planned) {
        if (planned == null) {
            return lineage.reads();
        }
        Set<String> used = planned.operations().stream().map(JobPlanEnvelope.Operation::toolId)
                .collect(Collectors.toSet());
        return lineage.reads().stream().filter(r -> r.resource() != CalculationLineage.Resource.TOOL
                || used.contains(r.id().toString())).toList();
    }

    /** Each row read with its provenance at the version read: the row's own while unchanged, else the log's. */
    private List<RowEvidence> rows(DSLContext dsl, TenantId tenant, List<CalculationLineage.Read> reads) {
        Map<UUID, ProvenanceRepository.RowState> now = provenance.current(dsl, tenant, reads);
        List<RowEvidence> rows = new ArrayList<>(reads.size());
        for (CalculationLineage.Read read : reads) {
            boolean shared = TenantId.GLOBAL.value().equals(read.ownerTenantId());
            ProvenanceRepository.RowState state = now.get(read.id());
            if (state != null && state.version() == read.version()) {
                rows.add(new RowEvidence(read.resource(), read.id(), shared, read.version(), state.provenance(),
                        "row"));
                continue;
            }
            Provenance logged = shared ? null : events.stateAt(dsl, tenant, RESOURCE_TYPES.get(read.resource()),
                    read.id().toString(), read.version()).map(ComplianceEvidence::provenance).orElse(null);
            rows.add(new RowEvidence(read.resource(), read.id(), shared, read.version(), logged, "audit log"));
        }
        return rows;
    }

    private static Provenance provenance(JsonNode state) {
        JsonNode p = state.path("provenance");
        return p.isObject() ? new Provenance(p.path("source").asString(null), p.path("verification").asString(null),
                p.path("verified").asBoolean(false)) : null;
    }

    /**
     * The calculation's audit event (the one its lineage names, or for a run without lineage the newest event about
     * it), whether it records this run and this answer, and the log verified up to it.
     */
    private EventEvidence calculationEvent(DSLContext dsl, TenantId tenant, CalculationRow row,
                                           CalculationLineage lineage) {
        UUID named = lineage == null ? null : lineage.auditEventId();
        AuditRepository.Stored event = (named == null
                ? events.latestAbout(dsl, tenant, "Calculation", row.id().toString())
                : events.find(dsl, tenant, named)).orElse(null);
        if (event == null) {
            return new EventEvidence("the calculation", named, null, null, null);
        }
        String mismatch = null;
        if (!("calculation." + row.kind()).equals(event.event().action())
                || !row.id().toString().equals(event.event().resourceId())) {
            mismatch = "it records " + event.event().action() + " of " + event.event().resourceId();
        } else if (!Objects.equals(Digests.canonicalHex(JSON.readTree(row.envelope())), event.event().resultDigest())) {
            mismatch = "the stored answer's digest differs from the result digest the event recorded";
        }
        return new EventEvidence("the calculation", named, event, mismatch, verifiedUpTo(dsl, tenant, event));
    }

    private MaterialSubject material(RequestContext ctx, UUID id) {
        ComplianceTarget target = new ComplianceTarget(ComplianceTarget.Kind.MATERIAL, id);
        return ctx.read(dsl -> {
            MaterialRow m = materials.find(dsl, ctx.tenant(), id)
                    .orElseThrow(() -> PrismException.notFound("Material", id.toString()));
            List<RowEvidence> rows = new ArrayList<>();
            rows.add(new RowEvidence(CalculationLineage.Resource.MATERIAL, m.id(), m.tenantId().isGlobal(),
                    m.version(), m.provenance(), "row"));
            for (CuttingDataRow c : materials.cuttingData(dsl, ctx.tenant(), List.of(id)).get(id)) {
                rows.add(new RowEvidence(CalculationLineage.Resource.CUTTING_DATA, c.id(), c.tenantId().isGlobal(),
                        c.version(), c.provenance(), "row"));
            }
            return new MaterialSubject(target, rows, m.tenantId().isGlobal() ? null
                    : materialEvent(dsl, ctx.tenant(), m));
        });
    }

    /** The newest event about the tenant's own material, which has to record its current version. */
    private EventEvidence materialEvent(DSLContext dsl, TenantId tenant, MaterialRow m) {
        AuditRepository.Stored event = events.latestAbout(dsl, tenant, "Material", m.id().toString()).orElse(null);
        if (event == null) {
            return new EventEvidence("the material", null, null, null, null);
        }
        JsonNode after = event.event().after();
        int recorded = after == null ? -1 : after.path("version").asInt(-1);
        String mismatch = recorded == m.version() ? null
                : "its newest event records version " + recorded + " while the material is at version "
                        + m.version();
        return new EventEvidence("the material", null, event, mismatch, verifiedUpTo(dsl, tenant, event));
    }

    private TenantSubject tenant(RequestContext ctx, ComplianceTarget target) {
        return ctx.read(dsl -> new TenantSubject(target, history.lineageSummary(dsl, ctx.tenant()),
                provenance.ownRows(dsl, ctx.tenant(), SAMPLE),
                audit.verifyPrefix(dsl, ctx.tenant(), events.size(dsl, ctx.tenant()))));
    }

    private LogVerifier.Result verifiedUpTo(DSLContext dsl, TenantId tenant, AuditRepository.Stored event) {
        return audit.verifyPrefix(dsl, tenant, event.event().seq() + 1);
    }
}
