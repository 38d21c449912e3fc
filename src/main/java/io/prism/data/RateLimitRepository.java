package io.prism.data;

import static io.prism.generated.jooq.Tables.TENANT;

import io.prism.tenancy.TenantId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** An ENTERPRISE tenant's own rate limit, stored on its tenant row ({@code tenant.rate_limit}). */
@Repository
public class RateLimitRepository {

    /** The tenant's own limit in cost units per minute; empty when it has none (or no such tenant is visible). */
    public Optional<Integer> findOverride(DSLContext dsl, TenantId tenant) {
        return dsl.select(TENANT.RATE_LIMIT).from(TENANT)
                .where(TENANT.TENANT_ID.eq(tenant.value()))
                .fetchOptional(TENANT.RATE_LIMIT);
    }

    /** Sets the tenant's own limit, or clears it with null; true when the tenant's row was updated. */
    public boolean setOverride(DSLContext dsl, TenantId tenant, Integer unitsPerMinute) {
        return dsl.update(TENANT)
                .set(TENANT.RATE_LIMIT, unitsPerMinute)
                .where(TENANT.TENANT_ID.eq(tenant.value()))
                .execute() == 1;
    }
}
