package io.prism.service.compliance;

/**
 * The evidence one check read about its target, and the verdict of each rule on it. A rule that does not apply to
 * the kind of target answers NOT_APPLICABLE; the rules that await evidence PRISM does not record yet never reach a
 * subject ({@link ComplianceRule#awaitsEvidence}).
 */
interface Subject {

    /** What the check looked at. */
    ComplianceTarget target();

    /** The verdict of {@code rule}; {@code threshold} is its parameter, for a rule that takes one. */
    Verdict evaluate(ComplianceRule rule, double threshold);

    /** The verdict of a rule that does not apply to this kind of target. */
    static Verdict notFor(ComplianceRule rule, String target) {
        return Verdict.notApplicable(rule + " does not apply to " + target + ".");
    }
}
