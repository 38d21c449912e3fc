package io.prism.service.compliance;

import java.util.Collection;

/** How a rule, a clause or a whole check came out (GraphQL {@code ComplianceOutcome}). */
public enum ComplianceOutcome {
    /** The evidence shows the requirement is met. */
    PASS,
    /** The evidence shows it is not met. */
    FAIL,
    /** The rule does not apply to this kind of target. */
    NOT_APPLICABLE,
    /** PRISM does not hold the evidence the rule needs. */
    NEEDS_EVIDENCE;

    /**
     * The outcome of several together: FAIL when any failed, else NEEDS_EVIDENCE when any lacks evidence, else PASS
     * when any passed, else NOT_APPLICABLE (also for none).
     */
    public static ComplianceOutcome combined(Collection<ComplianceOutcome> outcomes) {
        for (ComplianceOutcome o : new ComplianceOutcome[] {FAIL, NEEDS_EVIDENCE, PASS}) {
            if (outcomes.contains(o)) {
                return o;
            }
        }
        return NOT_APPLICABLE;
    }
}
