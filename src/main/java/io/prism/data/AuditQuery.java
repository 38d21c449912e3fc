package io.prism.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Filters of a tenant's audit events; a null filter matches every event.
 *
 * @param from events at or after this time
 * @param to   events before this time
 */
public record AuditQuery(OffsetDateTime from, OffsetDateTime to, UUID actorKeyId, String actorType, String action,
                         String resourceType, String resourceId, String outcome, String correlationId) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null, null, null);
}
