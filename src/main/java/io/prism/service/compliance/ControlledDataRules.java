package io.prism.service.compliance;

import java.util.List;

/**
 * The rules about export-controlled data, which PRISM cannot answer yet: it records no marking of controlled data,
 * no processing region and nothing about the person behind a key. Each answers NEEDS_EVIDENCE, for every target,
 * with what is missing and what to keep outside PRISM meanwhile.
 */
final class ControlledDataRules {

    private ControlledDataRules() {
    }

    static Verdict awaiting(ComplianceRule rule) {
        return switch (rule) {
            case DATA_MARKED_CONTROLLED -> Verdict.needsEvidence("PRISM keeps no export-control marking on catalog "
                    + "rows, calculations or tenants yet, so it cannot show that controlled technical data is "
                    + "marked.", recorded("exportControlMarking"), "Keep the register of controlled data outside "
                    + "PRISM, and enter no controlled technical data until PRISM records markings.");
            case PROCESSED_IN_ALLOWED_REGION -> Verdict.needsEvidence("PRISM records no region in which a tenant's "
                    + "data is processed and stored yet.", recorded("processingRegion"), "Keep the evidence of where "
                    + "the deployment's database, replicas and backups run outside PRISM until PRISM records "
                    + "regions.");
            case KEY_US_PERSON -> Verdict.needsEvidence("PRISM records nothing about the person behind an API key "
                    + "(such as U.S.-person status) yet.", recorded("keyHolderStatus"), "Keep the register of who "
                    + "holds each API key, and their status, outside PRISM, and issue keys that reach controlled "
                    + "data to U.S. persons only.");
            default -> throw new IllegalArgumentException(rule + " does not await evidence");
        };
    }

    private static List<Evidence> recorded(String what) {
        return List.of(Evidence.object(what, "recordedByPrism", false));
    }
}
