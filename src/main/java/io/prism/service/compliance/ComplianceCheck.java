package io.prism.service.compliance;

import io.prism.data.Owner;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The answer of a compliance check, as returned, stored (as JSON) and recorded in the audit log. Component names
 * follow the GraphQL type {@code ComplianceCheck}.
 *
 * @param findingsDigest SHA-256 (hex) of the RFC 8785 form of the template version, the target and the clauses:
 *                       equal for two checks that found the same
 * @param auditEventId the event that recorded the check; null in the recorded and stored answer itself
 */
public record ComplianceCheck(UUID id, TemplateRef template, ComplianceTarget target, OffsetDateTime checkedAt,
                              ComplianceOutcome outcome, List<ClauseResult> clauses, String findingsDigest,
                              UUID auditEventId) {

    public ComplianceCheck {
        clauses = List.copyOf(clauses);
    }

    /** The same answer, naming the event that recorded it. */
    ComplianceCheck recordedAs(UUID eventId) {
        return new ComplianceCheck(id, template, target, checkedAt, outcome, clauses, findingsDigest, eventId);
    }

    /** The template version a check ran against. */
    public record TemplateRef(UUID id, String code, String name, int version, Owner owner) {
    }

    /** The findings of one clause; its outcome combines its rules' ({@link ComplianceOutcome#combined}). */
    public record ClauseResult(String number, String title, String summary, ComplianceOutcome outcome,
                               List<Finding> findings) {

        public ClauseResult {
            findings = List.copyOf(findings);
        }
    }

    /**
     * What one rule of a clause found.
     *
     * @param threshold the threshold applied, for a rule that takes one; else null
     * @param remedy what would make it pass; null when it passed or does not apply
     */
    public record Finding(ComplianceRule rule, Double threshold, ComplianceOutcome outcome, String summary,
                          List<Evidence> evidence, String remedy) {

        public Finding {
            evidence = List.copyOf(evidence);
        }
    }
}
