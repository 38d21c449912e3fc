package io.prism.service;

import java.util.HashMap;
import java.util.Map;
import io.prism.data.AccountRepository;
import io.prism.data.Database;
import io.prism.data.RateLimitRepository;
import io.prism.data.TenantRow;
import io.prism.error.PrismException;
import io.prism.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The platform operator's setting of an ENTERPRISE tenant's own rate limit. FREE and PRO tenants always have their
 * tier's figure, so only an ENTERPRISE tenant takes a figure of its own.
 */
@Service
public class TenantRateLimitService {

    /** The largest limit the operator may set, in cost units per minute. */
    public static final int MAX_UNITS_PER_MINUTE = 100_000_000;

    private final AccountRepository accounts;
    private final RateLimitRepository limits;
    private final Database database;
    private final ApplicationEventPublisher events;

    public TenantRateLimitService(AccountRepository accounts, RateLimitRepository limits, Database database,
                                  ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.limits = limits;
        this.database = database;
        this.events = events;
    }

    /** Sets ({@code unitsPerMinute}) or clears (null) the tenant's own limit and returns the tenant. */
    public TenantRow setRateLimit(RequestContext ctx, String tenantId, Integer unitsPerMinute) {
        AccountService.requireOperator(ctx);
        TenantId tenant = new TenantId(Checks.id(tenantId, "input.tenantId"));
        if (tenant.isGlobal()) {
            throw PrismException.badInput("the shared catalog tenant has no rate limit", "input", "tenantId");
        }
        Checks.range(unitsPerMinute, 1, MAX_UNITS_PER_MINUTE, "input.unitsPerMinute");
        TenantRow row = ctx.writeIn(tenant, dsl -> {
            TenantRow t = accounts.findTenant(dsl, tenant)
                    .orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
            if (unitsPerMinute != null && !t.tier().equals("ENTERPRISE")) {
                throw PrismException.badInput("only an ENTERPRISE tenant has a rate limit of its own; tenant "
                        + tenantId + " is " + t.tier() + " and has its tier's limit", "input", "unitsPerMinute");
            }
            Integer before = limits.findOverride(dsl, tenant).orElse(null);
            limits.setOverride(dsl, tenant, unitsPerMinute);
            ctx.audit("tenant.setRateLimit", "Tenant", tenant.value(), rateLimit(before), rateLimit(unitsPerMinute));
            return t;
        });
        events.publishEvent(new TenantRateLimitChanged(tenant));
        return row;
    }

    /** A tenant's own rate limit as its audit events show it. */
    private static Map<String, Object> rateLimit(Integer unitsPerMinute) {
        Map<String, Object> state = new HashMap<>();
        state.put("unitsPerMinute", unitsPerMinute);
        return state;
    }
}
