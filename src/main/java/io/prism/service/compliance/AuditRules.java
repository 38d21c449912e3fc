package io.prism.service.compliance;

import io.prism.audit.AuditEvent;
import io.prism.audit.LogVerifier;
import java.util.ArrayList;
import java.util.List;

/** The rule {@code AUDITED} over one event: it is in the log, it fits its target, and the log verifies up to it. */
final class AuditRules {

    private AuditRules() {
    }

    static Verdict recorded(EventEvidence e) {
        if (e.event() == null) {
            return Verdict.fail("No audit event of " + e.subject() + " is in the tenant's log"
                    + (e.eventId() == null ? "." : " (its lineage names event " + e.eventId() + ")."),
                    List.of(Evidence.of("auditEventId", e.eventId())), "An answer or change without its event "
                    + "cannot be shown to be the one recorded: run the calculation again, or make the change "
                    + "again, and check the new one; and find out with auditVerify why the event is missing.");
        }
        AuditEvent event = e.event().event();
        LogVerifier.Result chain = e.chain();
        List<Evidence> evidence = evidence(event, chain);
        if (e.mismatch() != null) {
            return Verdict.fail("The audit event does not fit " + e.subject() + ": " + e.mismatch() + ".", evidence,
                    "Compare the event (auditEvents) with what is stored; a stored answer that differs from the "
                    + "one recorded has been changed outside the service.");
        }
        if (!chain.valid()) {
            evidence.add(Evidence.of("auditLog.failure", chain.failure()));
            return Verdict.fail("The tenant's audit log does not verify up to the event: "
                    + chain.failure().reason() + ".", evidence, "Run auditVerify and investigate the first broken "
                    + "event; the log's integrity has to be restored before its records can be relied on.");
        }
        return Verdict.pass("Audit event " + event.eventId() + " (seq " + event.seq() + ") records " + e.subject()
                + ", and the log verifies up to it.", evidence);
    }

    private static List<Evidence> evidence(AuditEvent event, LogVerifier.Result chain) {
        return new ArrayList<>(List.of(Evidence.of("auditEvent", event.eventId()),
                Evidence.object("auditEvent.recorded", "seq", event.seq(), "action", event.action(),
                        "resourceId", event.resourceId(), "resultDigest", event.resultDigest()),
                Evidence.object("auditLog.upToEvent", "valid", chain.valid(), "eventsChecked",
                        chain.eventsChecked(), "checkpointsChecked", chain.checkpointsChecked())));
    }
}
