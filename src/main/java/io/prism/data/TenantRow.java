package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;

/** A tenant; component names follow the GraphQL type {@code Tenant} ({@code id} is the tenant id). */
public record TenantRow(TenantId tenantId, String name, String tier, OffsetDateTime createdAt,
                        boolean trustedDocumentsOnly) {

    public String id() {
        return tenantId.toString();
    }
}
