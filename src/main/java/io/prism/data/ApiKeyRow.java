package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An API key without its secret; component names follow the GraphQL type {@code ApiKey}. */
public record ApiKeyRow(UUID id, TenantId owner, String prefix, List<String> scopes, String description,
                        OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {

    public String tenantId() {
        return owner.toString();
    }
}
