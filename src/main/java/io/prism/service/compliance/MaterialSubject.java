package io.prism.service.compliance;

import java.util.List;

/**
 * A material as evidence: its provenance and its cutting data's, as they are now, and for the tenant's own material
 * the audit event of its latest change.
 *
 * @param rows the material first, then its cutting data
 * @param event null for a material of the shared catalog, whose versions come from the migrations, not a log
 */
record MaterialSubject(ComplianceTarget target, List<RowEvidence> rows, EventEvidence event) implements Subject {

    MaterialSubject {
        rows = List.copyOf(rows);
    }

    @Override
    public Verdict evaluate(ComplianceRule rule, double threshold) {
        return switch (rule) {
            case INPUTS_VERIFIED_AND_SOURCED -> ProvenanceRules.verified(rows, "rows of the material and its cutting "
                    + "data");
            case AUDITED -> event == null ? Verdict.notApplicable("The material belongs to the shared catalog, "
                    + "which the migrations seed: its versions are not changes in the tenant's audit log.")
                    : AuditRules.recorded(event);
            default -> Subject.notFor(rule, "a material");
        };
    }
}
