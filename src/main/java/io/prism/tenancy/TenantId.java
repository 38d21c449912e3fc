package io.prism.tenancy;

import java.util.Objects;
import java.util.UUID;

/** A tenant's id. The all-zero id is the reserved tenant that owns the shared catalog. */
public record TenantId(UUID value) {

    public static final TenantId GLOBAL = new TenantId(new UUID(0L, 0L));

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public boolean isGlobal() {
        return GLOBAL.equals(this);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
