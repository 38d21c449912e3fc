package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored compliance check (migration V19).
 *
 * @param targetKind the name of the GraphQL enum constant {@code ComplianceTargetKind}
 * @param outcome the name of the GraphQL enum constant {@code ComplianceOutcome}
 * @param result the answer as it was given, JSON text (stored as jsonb)
 * @param auditEventId the event that recorded the check in the tenant's audit log
 */
public record ComplianceCheckRow(UUID id, TenantId tenantId, TenantId templateTenantId, UUID templateId,
                                 String targetKind, UUID targetId, String outcome, String findingsDigest,
                                 String result, UUID auditEventId, OffsetDateTime checkedAt) {
}
