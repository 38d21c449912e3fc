package io.prism.service.compliance;

import io.prism.audit.LogVerifier;
import io.prism.data.CalculationLineage;
import io.prism.data.CalculationRepository;
import io.prism.data.ProvenanceRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A whole tenant as evidence, in summary: what its calculations record, how many of its own catalog rows are
 * verified, and whether its audit log verifies. Counts that the check's own audit event would change (the log's
 * size) are left out of the evidence, so a check of unchanged data finds the same.
 */
record TenantSubject(ComplianceTarget target, CalculationRepository.LineageSummary calculations,
                     List<ProvenanceRepository.OwnRows> ownRows, LogVerifier.Result log) implements Subject {

    private static final Set<CalculationLineage.Resource> EQUIPMENT = Set.of(CalculationLineage.Resource.TOOL,
            CalculationLineage.Resource.MACHINE);

    TenantSubject {
        ownRows = List.copyOf(ownRows);
    }

    @Override
    public Verdict evaluate(ComplianceRule rule, double threshold) {
        return switch (rule) {
            case INPUTS_VERIFIED_AND_SOURCED -> rowsVerified(ownRows, "catalog rows");
            case TOOL_AND_MACHINE_VERIFIED -> rowsVerified(ownRows.stream()
                    .filter(r -> EQUIPMENT.contains(r.resource())).toList(), "tools and machines");
            case LINEAGE_COMPLETE -> share(calculations.complete(), "have complete lineage");
            case SOFTWARE_VERSION_RECORDED -> share(calculations.softwareRecorded(), "record the engine, the build "
                    + "and the formula registry");
            case AUDITED -> audited();
            default -> Subject.notFor(rule, "a tenant as a whole; check its calculations one by one");
        };
    }

    private static Verdict rowsVerified(List<ProvenanceRepository.OwnRows> rows, String what) {
        long total = rows.stream().mapToLong(ProvenanceRepository.OwnRows::total).sum();
        long good = rows.stream().mapToLong(ProvenanceRepository.OwnRows::verifiedAndSourced).sum();
        if (total == 0) {
            return Verdict.notApplicable("The tenant keeps no " + what + " of its own; the shared catalog's rows "
                    + "are checked with the calculations that use them.");
        }
        List<Evidence> evidence = rows.stream().map(r -> Evidence.object("own " + r.resource(), "rows", r.total(),
                "verifiedAndSourced", r.verifiedAndSourced(), "notVerified", r.notVerifiedSample())).toList();
        if (good < total) {
            return Verdict.fail((total - good) + " of the tenant's " + total + " own " + what + " are not verified "
                    + "against a cited source (up to ten ids of each kind are listed).", evidence,
                    "Check the rows listed against their source and record them as verified, with the source.");
        }
        return Verdict.pass("All " + total + " of the tenant's own " + what + " are verified against a cited "
                + "source.", evidence);
    }

    private Verdict share(long meeting, String what) {
        long all = calculations.calculations();
        if (all == 0) {
            return Verdict.notApplicable("The tenant has no calculations yet.");
        }
        List<Evidence> evidence = List.of(Evidence.object("calculations", "total", all, "withLineage",
                calculations.withLineage(), "meeting", meeting, "share", (double) meeting / all));
        if (meeting < all) {
            return Verdict.fail((all - meeting) + " of the tenant's " + all + " calculations do not " + what + ".",
                    evidence, "Calculations stored before lineage was recorded lack it; rerunCalculation(id) "
                    + "stores a new run of each with its lineage.");
        }
        return Verdict.pass("All " + all + " of the tenant's calculations " + what + ".", evidence);
    }

    private Verdict audited() {
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.object("auditLog", "valid", log.valid()),
                Evidence.object("calculations", "total", calculations.calculations(), "withAuditEvent",
                        calculations.audited())));
        if (!log.valid()) {
            evidence.add(Evidence.of("auditLog.failure", log.failure()));
            return Verdict.fail("The tenant's audit log does not verify: " + log.failure().reason() + ".", evidence,
                    "Run auditVerify and investigate the first broken event.");
        }
        if (calculations.audited() < calculations.calculations()) {
            return Verdict.fail((calculations.calculations() - calculations.audited()) + " of the tenant's "
                    + calculations.calculations() + " calculations name no audit event found in its log.", evidence,
                    "Calculations stored before lineage was recorded name no event; rerunCalculation(id) stores "
                    + "a new run of each with its event.");
        }
        return Verdict.pass("The tenant's audit log verifies, and every calculation's audit event is in it.",
                evidence);
    }
}
