package io.prism.service;

import io.prism.data.AccountRepository;
import io.prism.data.ApiKeyRepository;
import io.prism.data.ApiKeyRepository.NewKey;
import io.prism.data.ApiKeyRow;
import io.prism.data.Database;
import io.prism.data.Page;
import io.prism.data.PageRequest;
import io.prism.data.Pager;
import io.prism.error.PrismException;
import io.prism.tenancy.ApiKeys;
import io.prism.tenancy.KeyProperties;
import io.prism.tenancy.KeyStatus;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * The API key lifecycle: create (the secret is returned once and only its hash is stored), list, rotate with an
 * overlap window, revoke at once. Two kinds of caller manage keys. The platform operator manages any tenant's
 * keys. A tenant's key with the KEYS scope manages its own tenant's keys: it grants, and rotates keys with, only
 * scopes it holds itself, and another tenant's key or tenant is NOT_FOUND to it. ADMIN is never granted.
 */
@Service
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final AccountRepository accounts;
    private final Database database;
    private final KeyProperties properties;
    private final KeyGrantCache grants;

    public ApiKeyService(ApiKeyRepository keys, AccountRepository accounts, Database database,
                         KeyProperties properties, KeyGrantCache grants) {
        this.grants = grants;
        this.keys = keys;
        this.accounts = accounts;
        this.database = database;
        this.properties = properties;
    }

    /** A created key and its secret, which is never stored. */
    public record CreatedKey(ApiKeyRow apiKey, String plainKey) {
    }

    /** A rotation: the new key, its secret, and the old key linked to it. */
    public record RotatedKey(ApiKeyRow apiKey, String plainKey, ApiKeyRow previous) {
    }

    public CreatedKey create(RequestContext ctx, String tenantId, List<String> scopes, OffsetDateTime expiresAt,
                             String description) {
        TenantId tenant = ctx.namedTenant(tenantId, "input.tenantId", Scope.KEYS, "manages keys");
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
        requireHeld(ctx, scopes, "grant");
        if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now())) {
            throw PrismException.badInput("expiresAt must be in the future", "input", "expiresAt");
        }
        String cleanDescription = Checks.optionalText(description, "input.description", 200);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(scopes));
        String plain = ApiKeys.generate();
        ApiKeyRow row = inTenant(ctx, tenant, false, dsl -> {
            accounts.findTenant(dsl, tenant).orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
            ApiKeyRow created = keys.insert(dsl, tenant, newKey(plain, distinct, expiresAt, cleanDescription, null));
            ctx.audit("apiKey.create", "ApiKey", created.id(), null, created);
            return created;
        });
        return new CreatedKey(row, plain);
    }

    /** A page of a tenant's keys, newest first. */
    public Page<ApiKeyRow> list(RequestContext ctx, String tenantId, Integer first, String after,
                                boolean countTotal) {
        TenantId tenant = ctx.namedTenant(tenantId, "tenantId", Scope.KEYS, "manages keys");
        PageRequest page = Pager.request(first, after, countTotal);
        return inTenant(ctx, tenant, true, dsl -> {
            accounts.findTenant(dsl, tenant).orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
            return keys.list(dsl, tenant, page);
        });
    }

    /** One key; NOT_FOUND when it does not exist or the caller may not see it. */
    public ApiKeyRow get(RequestContext ctx, String keyId) {
        UUID id = Checks.id(keyId, "id");
        TenantId owner = ownerOf(ctx, id, keyId);
        return inTenant(ctx, owner, true, dsl -> keys.find(dsl, owner, id, false))
                .orElseThrow(() -> notFound(keyId));
    }

    /**
     * Issues a new key with the old one's scopes, description and expiry. The old key keeps working for
     * {@code overlapSeconds} (null: the configured default; 0: it stops at once), then authentication refuses it.
     * The old row is locked while this runs, so two rotations of one key cannot both succeed.
     */
    public RotatedKey rotate(RequestContext ctx, String keyId, Integer overlapSeconds) {
        UUID id = Checks.id(keyId, "id");
        Duration overlap = overlap(overlapSeconds);
        TenantId owner = ownerOf(ctx, id, keyId);
        String plain = ApiKeys.generate();
        RotatedKey rotated = inTenant(ctx, owner, false, dsl -> {
            ApiKeyRow old = keys.find(dsl, owner, id, true).orElseThrow(() -> notFound(keyId));
            OffsetDateTime now = OffsetDateTime.now();
            requireRotatable(old, now);
            requireHeld(ctx, old.scopes(), "rotate a key with");
            ApiKeyRow fresh = keys.insert(dsl, owner, newKey(plain, old.scopes(), old.expiresAt(),
                    old.description(), old.id()));
            ApiKeyRow previous = keys.markReplaced(dsl, owner, id, fresh.id(), now.plus(overlap));
            ctx.audit("apiKey.create", "ApiKey", fresh.id(), null, fresh);
            ctx.audit("apiKey.rotate", "ApiKey", id, old, previous);
            return new RotatedKey(fresh, plain, previous);
        });
        grants.forget(id);
        return rotated;
    }

    /** Revokes a key at once: every replica drops the key's cached grant when the revocation commits. */
    public ApiKeyRow revoke(RequestContext ctx, String keyId) {
        UUID id = Checks.id(keyId, "id");
        TenantId owner = ownerOf(ctx, id, keyId);
        ApiKeyRow revoked = inTenant(ctx, owner, false, dsl -> {
            ApiKeyRow before = keys.find(dsl, owner, id, true).orElseThrow(() -> notFound(keyId));
            ApiKeyRow after = keys.revoke(dsl, owner, id).orElseThrow(() -> notFound(keyId));
            ctx.audit("apiKey.revoke", "ApiKey", id, before, after);
            return after;
        });
        grants.forget(id);
        return revoked;
    }

    private Duration overlap(Integer overlapSeconds) {
        if (overlapSeconds == null) {
            return properties.rotationOverlap();
        }
        Checks.range(overlapSeconds, 0, (int) properties.maxRotationOverlap().toSeconds(), "overlapSeconds");
        return Duration.ofSeconds(overlapSeconds);
    }

    /** The tenant of a key the caller names by id: looked up across tenants for the operator only. */
    private TenantId ownerOf(RequestContext ctx, UUID keyId, String rawId) {
        if (requireKeyManager(ctx)) {
            return database.withoutTenant(dsl -> accounts.keyTenant(dsl, keyId))
                    .orElseThrow(() -> notFound(rawId));
        }
        return ctx.tenant();
    }

    /** True for the platform operator; otherwise the key must hold KEYS (FORBIDDEN if not). */
    private static boolean requireKeyManager(RequestContext ctx) {
        Principal p = ctx.principal();
        if (p.operator()) {
            ctx.require(Scope.ADMIN);
            return true;
        }
        ctx.require(Scope.KEYS);
        return false;
    }

    /** A tenant's key may hand out only scopes it holds; the operator any but ADMIN. */
    private static void requireHeld(RequestContext ctx, List<String> scopes, String verb) {
        Principal p = ctx.principal();
        if (p.operator()) {
            return;
        }
        List<String> lacking = scopes.stream().filter(s -> !p.has(Scope.valueOf(s))).sorted().toList();
        if (!lacking.isEmpty()) {
            throw PrismException.forbidden("This key cannot " + verb + " scopes it does not hold itself: "
                    + String.join(", ", lacking));
        }
    }

    private static void requireRotatable(ApiKeyRow key, OffsetDateTime now) {
        KeyStatus status = KeyStatus.of(key.revokedAt(), key.expiresAt(), key.retiresAt(), now);
        String reason = switch (status) {
            case ACTIVE -> null;
            case REVOKED -> " is revoked and cannot be rotated; create a new key instead";
            case EXPIRED -> " has expired and cannot be rotated; create a new key instead";
            case ROTATING, RETIRED -> " was already rotated (replaced by " + key.replacedById()
                    + "); rotate its replacement instead";
        };
        if (reason != null) {
            throw PrismException.badInput("API key " + key.id() + reason, "id");
        }
    }

    /**
     * Runs in the caller's own request transactions, or in the named tenant's for the operator; a write is audited
     * in the tenant's log ({@link RequestContext#writeIn}).
     */
    private <T> T inTenant(RequestContext ctx, TenantId tenant, boolean readOnly, Function<DSLContext, T> work) {
        if (!readOnly) {
            return ctx.writeIn(tenant, work);
        }
        return tenant.equals(ctx.tenant()) ? ctx.read(work) : database.inTransaction(tenant, true, work);
    }

    private static NewKey newKey(String plain, List<String> scopes, OffsetDateTime expiresAt, String description,
                                 UUID rotatedFrom) {
        return new NewKey(ApiKeys.displayPrefix(plain), ApiKeys.hash(plain), scopes, expiresAt, description,
                rotatedFrom);
    }

    private static PrismException notFound(String keyId) {
        return PrismException.notFound("API key", keyId);
    }
}
