package io.prism.service.compliance;

import java.util.List;

/**
 * What one rule found about one target: the outcome, a sentence saying why, the evidence read, and what to do when
 * it did not pass.
 */
record Verdict(ComplianceOutcome outcome, String summary, List<Evidence> evidence, String remedy) {

    Verdict {
        evidence = List.copyOf(evidence);
    }

    static Verdict pass(String summary, List<Evidence> evidence) {
        return new Verdict(ComplianceOutcome.PASS, summary, evidence, null);
    }

    static Verdict fail(String summary, List<Evidence> evidence, String remedy) {
        return new Verdict(ComplianceOutcome.FAIL, summary, evidence, remedy);
    }

    static Verdict needsEvidence(String summary, List<Evidence> evidence, String remedy) {
        return new Verdict(ComplianceOutcome.NEEDS_EVIDENCE, summary, evidence, remedy);
    }

    static Verdict notApplicable(String summary) {
        return new Verdict(ComplianceOutcome.NOT_APPLICABLE, summary, List.of(), null);
    }
}
