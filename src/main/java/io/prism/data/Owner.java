package io.prism.data;

import io.prism.tenancy.TenantId;

/** Who owns a catalog row; names match the GraphQL enum {@code Owner}. */
public enum Owner {
    SHARED, TENANT;

    public static Owner of(TenantId rowTenant) {
        return rowTenant.isGlobal() ? SHARED : TENANT;
    }
}
