package io.prism.service.compliance;

import io.prism.data.CalculationLineage;
import io.prism.data.CalculationRow;
import java.util.List;

/**
 * A stored calculation (or job plan) as evidence: its lineage, the safety assessments of its answer, the catalog
 * rows the answer rested on with their provenance at the version read, and its audit event.
 *
 * @param lineage null for a calculation stored before lineage was recorded
 * @param rows the rows the answer rested on (for a job plan: its material, cutting data and machine, and the tools
 *             its operations use); empty without lineage
 */
record CalculationSubject(ComplianceTarget target, CalculationRow row, CalculationLineage lineage,
                          List<Assessment> assessments, List<RowEvidence> rows, EventEvidence event)
        implements Subject {

    CalculationSubject {
        assessments = List.copyOf(assessments);
        rows = List.copyOf(rows);
    }

    @Override
    public Verdict evaluate(ComplianceRule rule, double threshold) {
        return switch (rule) {
            case INPUTS_VERIFIED_AND_SOURCED -> lineage == null ? withoutLineage()
                    : ProvenanceRules.verified(rows, "rows the answer rested on");
            case TOOL_AND_MACHINE_VERIFIED -> lineage == null ? withoutLineage()
                    : ProvenanceRules.toolsAndMachine(rows);
            case PARAMETERS_IN_VALIDATED_RANGE -> SafetyRules.inValidatedRange(assessments);
            case SAFETY_SCORE_AT_LEAST -> SafetyRules.scoreAtLeast(assessments, threshold);
            case UNSAFE_RESULTS_FLAGGED -> SafetyRules.unsafeFlagged(assessments);
            case LINEAGE_COMPLETE -> LineageRules.complete(lineage);
            case SOFTWARE_VERSION_RECORDED -> LineageRules.softwareRecorded(lineage, row.engineVersion());
            case AUDITED -> AuditRules.recorded(event);
            default -> Subject.notFor(rule, "a calculation");
        };
    }

    private static Verdict withoutLineage() {
        return Verdict.needsEvidence("The calculation was stored before lineage was recorded, so the rows it read "
                + "and their versions are not known.", List.of(Evidence.of("lineage", null)),
                "rerunCalculation(id) answers the stored input again and records its lineage; check that run.");
    }
}
