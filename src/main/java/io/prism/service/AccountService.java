package io.prism.service;

import io.prism.config.PrismProperties;
import io.prism.data.AccountRepository;
import io.prism.data.ApiKeyRow;
import io.prism.data.Database;
import io.prism.data.TenantRow;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.ApiKeys;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Authentication and the platform operator's administration of tenants and keys. Keys are stored only as
 * hashes; the secret of a new key leaves the service once, in the answer to {@link #createApiKey}.
 */
@Service
public class AccountService {

    private static final Set<Scope> OPERATOR_SCOPES = EnumSet.of(Scope.READ, Scope.ADMIN);

    private final AccountRepository accounts;
    private final Database database;
    private final String adminKey;

    public AccountService(AccountRepository accounts, Database database, PrismProperties properties) {
        this.accounts = accounts;
        this.database = database;
        this.adminKey = properties.adminKey();
    }

    /**
     * The principal of a bearer token, or UNAUTHENTICATED naming why (unknown, revoked or expired). Each call
     * reads the key afresh, so a revocation takes effect on the next request.
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
        AccountRepository.KeyGrant grant = database.withoutTenant(dsl -> accounts.authenticate(dsl, hash))
                .orElseThrow(() -> unauthenticated("The API key is not valid"));
        if (grant.revokedAt() != null) {
            throw unauthenticated("The API key has been revoked");
        }
        if (grant.expiresAt() != null && !grant.expiresAt().isAfter(OffsetDateTime.now())) {
            throw unauthenticated("The API key has expired");
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
        return database.inTransaction(id, false, dsl -> accounts.insertTenant(dsl, id, cleanName, tier));
    }

    /**
     * Turns the tenant's trusted-documents setting on or off. It takes effect with the tenant's next request, since
     * authentication reads it afresh with the key.
     */
    public TenantRow setTrustedDocumentsOnly(RequestContext ctx, String tenantId, boolean enabled) {
        requireOperator(ctx);
        TenantId tenant = new TenantId(Checks.id(tenantId, "input.tenantId"));
        if (tenant.isGlobal()) {
            throw PrismException.badInput("the shared catalog tenant has no API of its own to restrict", "input",
                    "tenantId");
        }
        return database.inTransaction(tenant, false, dsl -> accounts.setTrustedDocumentsOnly(dsl, tenant, enabled))
                .orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
    }

    /** A created key and its secret, which is never stored. */
    public record CreatedKey(ApiKeyRow apiKey, String plainKey) {
    }

    public CreatedKey createApiKey(RequestContext ctx, String tenantId, List<String> scopes, OffsetDateTime expiresAt,
                                   String description) {
        requireOperator(ctx);
        TenantId tenant = new TenantId(Checks.id(tenantId, "input.tenantId"));
        if (tenant.isGlobal()) {
            throw PrismException.badInput("keys cannot be issued for the shared catalog tenant", "input",
                    "tenantId");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw PrismException.badInput("scopes must name at least one scope", "input", "scopes");
        }
        if (scopes.contains(Scope.ADMIN.name())) {
            throw PrismException.badInput("the ADMIN scope is reserved to the platform operator's key", "input",
                    "scopes");
        }
        if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now())) {
            throw PrismException.badInput("expiresAt must be in the future", "input", "expiresAt");
        }
        String cleanDescription = Checks.optionalText(description, "input.description", 200);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(scopes));
        String plain = ApiKeys.generate();
        ApiKeyRow row = database.inTransaction(tenant, false, dsl -> {
            accounts.findTenant(dsl, tenant).orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
            return accounts.insertKey(dsl, tenant, ApiKeys.displayPrefix(plain), ApiKeys.hash(plain), distinct,
                    expiresAt, cleanDescription);
        });
        return new CreatedKey(row, plain);
    }

    public ApiKeyRow revokeApiKey(RequestContext ctx, String keyId) {
        requireOperator(ctx);
        UUID id = Checks.id(keyId, "id");
        TenantId owner = database.withoutTenant(dsl -> accounts.keyTenant(dsl, id))
                .orElseThrow(() -> PrismException.notFound("API key", keyId));
        return database.inTransaction(owner, false, dsl -> accounts.revokeKey(dsl, owner, id))
                .orElseThrow(() -> PrismException.notFound("API key", keyId));
    }

    static void requireOperator(RequestContext ctx) {
        ctx.require(Scope.ADMIN);
        if (!ctx.principal().operator()) {
            throw PrismException.forbidden("Only the platform operator may administer tenants and keys");
        }
    }

    private static PrismException unauthenticated(String message) {
        return new PrismException(ErrorCode.UNAUTHENTICATED, message, List.of());
    }
}
