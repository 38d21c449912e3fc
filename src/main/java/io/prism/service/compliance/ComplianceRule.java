package io.prism.service.compliance;

import io.prism.calc.speedfeed.SafetyLevel;
import java.util.Optional;

/**
 * The fixed vocabulary of compliance rules (GraphQL {@code ComplianceRule}): each is a check over evidence PRISM
 * itself holds, so a template, built in or a tenant's own, can only ask what PRISM can answer. What each rule reads
 * is listed in docs/compliance.md.
 */
public enum ComplianceRule {
    /** Every catalog row the answer rested on is verified against a cited source, at the version read. */
    INPUTS_VERIFIED_AND_SOURCED(false, false),
    /** No warning says a parameter was clamped, refused or outside its validated window; no limit is exceeded. */
    PARAMETERS_IN_VALIDATED_RANGE(false, false),
    /** Every safety score reaches a threshold (the template's, or {@link #DEFAULT_THRESHOLD}). */
    SAFETY_SCORE_AT_LEAST(true, false),
    /** A result whose level is not SAFE carries warnings that say why. */
    UNSAFE_RESULTS_FLAGGED(false, false),
    /** The lineage is stored: rows read, formulas, formula registry, engine, build and audit event. */
    LINEAGE_COMPLETE(false, false),
    /** The engine's rules version, the service build and the formula registry's fingerprint are recorded. */
    SOFTWARE_VERSION_RECORDED(false, false),
    /** The tools and the machine the answer used are verified against a cited source. */
    TOOL_AND_MACHINE_VERIFIED(false, false),
    /** The audit event is in the tenant's log, matches what is stored, and the log verifies up to it. */
    AUDITED(false, false),
    /** Export-controlled technical data is marked as such. */
    DATA_MARKED_CONTROLLED(false, true),
    /** The data is processed and stored only in allowed regions. */
    PROCESSED_IN_ALLOWED_REGION(false, true),
    /** Access to controlled data is held by keys of U.S. persons only. */
    KEY_US_PERSON(false, true);

    /** The threshold of {@link #SAFETY_SCORE_AT_LEAST} when a template sets none: the lowest score of SAFE. */
    public static final double DEFAULT_THRESHOLD = SafetyLevel.SAFE_FROM;

    private final boolean takesThreshold;
    private final boolean awaitsEvidence;

    ComplianceRule(boolean takesThreshold, boolean awaitsEvidence) {
        this.takesThreshold = takesThreshold;
        this.awaitsEvidence = awaitsEvidence;
    }

    /** Whether the rule takes the {@code threshold} parameter. */
    public boolean takesThreshold() {
        return takesThreshold;
    }

    /**
     * Whether PRISM records nothing yet that could answer the rule (export-control markings, regions, the persons
     * behind keys), so that it answers NEEDS_EVIDENCE for every target.
     */
    public boolean awaitsEvidence() {
        return awaitsEvidence;
    }

    /** The rule of that name, if the vocabulary has one. */
    public static Optional<ComplianceRule> named(String name) {
        for (ComplianceRule r : values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
