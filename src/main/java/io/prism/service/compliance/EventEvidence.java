package io.prism.service.compliance;

import io.prism.audit.LogVerifier;
import io.prism.data.AuditRepository;
import java.util.UUID;

/**
 * The audit event that recorded a target, as a check found it.
 *
 * @param subject the target in words ("the calculation"), for the summary
 * @param eventId the event the target names, or null when it names none (it was looked up by resource)
 * @param event the event as stored, or null when the log does not hold it
 * @param mismatch why the event does not fit the target (another action or resource, another answer, a later
 *                 version), or null when it fits
 * @param chain the verification of the log up to and including the event; null without an event
 */
record EventEvidence(String subject, UUID eventId, AuditRepository.Stored event, String mismatch,
                     LogVerifier.Result chain) {
}
