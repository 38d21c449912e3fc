package io.prism.service;

import io.prism.config.PrismProperties;
import io.prism.data.AccountRepository;
import io.prism.data.Database;
import io.prism.data.TenantRow;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.ApiKeys;
import io.prism.tenancy.KeyStatus;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Authentication and the platform operator's administration of tenants. Keys are stored only as hashes; their
 * lifecycle is {@link ApiKeyService}'s.
 */
@Service
public class AccountService {

    private static final Set<Scope> OPERATOR_SCOPES = EnumSet.of(Scope.READ, Scope.ADMIN);

    private final AccountRepository accounts;
    private final Database database;
    private final KeyUsageRecorder usage;
    private final KeyGrantCache grants;
    private final String adminKey;

    public AccountService(AccountRepository accounts, Database database, KeyUsageRecorder usage,
                          KeyGrantCache grants, PrismProperties properties) {
        this.accounts = accounts;
        this.database = database;
        this.usage = usage;
        this.grants = grants;
        this.adminKey = properties.adminKey();
    }

    /**
     * The principal of a bearer token, or UNAUTHENTICATED naming why (unknown, revoked, expired, or rotated and
     * past its overlap window). A key's grant is read in one statement and then kept in {@link KeyGrantCache}, which
     * every replica empties of a key as soon as the key or its tenant changes; its status is judged on every call.
     * A success only notes the key's use in memory (see {@link KeyUsageRecorder}).
     */
    public Principal authenticate(String token) {
        if (!ApiKeys.wellFormed(token)) {
            throw unauthenticated("The API key is malformed");
        }
        if (!adminKey.isEmpty() && ApiKeys.sameSecret(token, adminKey)) {
            return new Principal(TenantId.GLOBAL, "PRISM platform operator", "ENTERPRISE", null, "operator",
                    OPERATOR_SCOPES, true, false);
        }
        String hash = ApiKeys.hash(token);
        AccountRepository.KeyGrant grant = grants.get(hash,
                        () -> database.withoutTenant(dsl -> accounts.authenticate(dsl, hash)))
                .orElseThrow(() -> unauthenticated("The API key is not valid"));
        switch (KeyStatus.of(grant.revokedAt(), grant.expiresAt(), grant.retiresAt(), OffsetDateTime.now())) {
            case REVOKED -> throw unauthenticated("The API key has been revoked");
            case EXPIRED -> throw unauthenticated("The API key has expired");
            case RETIRED -> throw unauthenticated("The API key was rotated and its overlap window ended at "
                    + grant.retiresAt().toInstant() + "; use the key that replaced it");
            case ACTIVE, ROTATING -> usage.used(grant.tenant(), grant.keyId());
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        grant.scopes().forEach(s -> scopes.add(Scope.valueOf(s)));
        return new Principal(grant.tenant(), grant.tenantName(), grant.tier(), grant.keyId(), grant.prefix(), scopes,
                false, grant.trustedDocumentsOnly());
    }

    /** The caller's tenant. */
    public TenantRow tenantOf(RequestContext ctx) {
        return ctx.read(dsl -> accounts.findTenant(dsl, ctx.tenant()))
                .orElseThrow(() -> PrismException.notFound("Tenant", ctx.tenant().toString()));
    }

    public TenantRow createTenant(RequestContext ctx, String name, String tier) {
        requireOperator(ctx);
        String cleanName = Checks.text(name, "input.name", 200);
        TenantId id = new TenantId(UUID.randomUUID());
        return ctx.writeIn(id, dsl -> {
            TenantRow created = accounts.insertTenant(dsl, id, cleanName, tier);
            ctx.audit("tenant.create", "Tenant", id.value(), null, created);
            return created;
        });
    }

    /**
     * Turns the tenant's trusted-documents setting on or off. It takes effect with the tenant's next request, since
     * every replica drops the tenant's cached key grants when the change commits.
     */
    public TenantRow setTrustedDocumentsOnly(RequestContext ctx, String tenantId, boolean enabled) {
        requireOperator(ctx);
        TenantId tenant = new TenantId(Checks.id(tenantId, "input.tenantId"));
        if (tenant.isGlobal()) {
            throw PrismException.badInput("the shared catalog tenant has no API of its own to restrict", "input",
                    "tenantId");
        }
        TenantRow row = ctx.writeIn(tenant, dsl -> {
            TenantRow before = accounts.findTenant(dsl, tenant)
                    .orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
            TenantRow after = accounts.setTrustedDocumentsOnly(dsl, tenant, enabled)
                    .orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
            ctx.audit("tenant.setTrustedDocumentsOnly", "Tenant", tenant.value(), before, after);
            return after;
        });
        grants.forget(tenant.value());
        return row;
    }

    static void requireOperator(RequestContext ctx) {
        ctx.require(Scope.ADMIN);
        if (!ctx.principal().operator()) {
            throw PrismException.forbidden("Only the platform operator may administer tenants");
        }
    }

    private static PrismException unauthenticated(String message) {
        return new PrismException(ErrorCode.UNAUTHENTICATED, message, List.of());
    }
}
