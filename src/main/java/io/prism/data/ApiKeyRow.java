package io.prism.data;

import io.prism.tenancy.KeyStatus;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An API key without its secret or hash; component names follow the GraphQL type {@code ApiKey}.
 *
 * @param rotatedFromId the key this one replaced by rotation, or null
 * @param replacedById  the key that replaced this one by rotation, or null
 * @param retiresAt     when a rotated key stops working, or null while it was not rotated
 */
public record ApiKeyRow(UUID id, TenantId owner, String prefix, List<String> scopes, String description,
                        OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                        OffsetDateTime lastUsedAt, UUID rotatedFromId, UUID replacedById, OffsetDateTime retiresAt) {

    public ApiKeyRow {
        scopes = List.copyOf(scopes);
    }

    public String tenantId() {
        return owner.toString();
    }

    /** Where the key stands now. */
    public KeyStatus status() {
        return KeyStatus.of(revokedAt, expiresAt, retiresAt, OffsetDateTime.now());
    }
}
