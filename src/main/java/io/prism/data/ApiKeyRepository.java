package io.prism.data;

import static io.prism.generated.jooq.Tables.API_KEY;

import io.prism.generated.jooq.tables.records.ApiKeyRecord;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * A tenant's API keys: issued, listed, rotated and revoked within the tenant's transaction; the secret's hash is
 * written once and never read back. The one cross-tenant statement is {@link #touch}, through a narrow database
 * function.
 */
@Repository
public class ApiKeyRepository {

    /** What a new key stores: its readable prefix, the hash of its secret and what it grants. */
    public record NewKey(String prefix, String hash, List<String> scopes, OffsetDateTime expiresAt,
                         String description, UUID rotatedFrom) {
    }

    /** One key's latest use, to be recorded. */
    public record KeyUse(TenantId tenant, UUID keyId, OffsetDateTime usedAt) {
    }

    public ApiKeyRow insert(DSLContext dsl, TenantId tenant, NewKey key) {
        return dsl.insertInto(API_KEY)
                .set(API_KEY.TENANT_ID, tenant.value())
                .set(API_KEY.KEY_ID, UUID.randomUUID())
                .set(API_KEY.PREFIX, key.prefix())
                .set(API_KEY.KEY_HASH, key.hash())
                .set(API_KEY.SCOPES, key.scopes().toArray(String[]::new))
                .set(API_KEY.EXPIRES_AT, key.expiresAt())
                .set(API_KEY.DESCRIPTION, key.description())
                .set(API_KEY.ROTATED_FROM, key.rotatedFrom())
                .returning()
                .fetchOne(ApiKeyRepository::toRow);
    }

    /** The tenant's key; with {@code lock}, its row stays locked until the transaction ends. */
    public Optional<ApiKeyRow> find(DSLContext dsl, TenantId tenant, UUID keyId, boolean lock) {
        var query = dsl.selectFrom(API_KEY)
                .where(API_KEY.TENANT_ID.eq(tenant.value()))
                .and(API_KEY.KEY_ID.eq(keyId));
        return (lock ? query.forUpdate() : query).fetchOptional(ApiKeyRepository::toRow);
    }

    /** A page of the tenant's keys, newest first. */
    public Page<ApiKeyRow> list(DSLContext dsl, TenantId tenant, PageRequest page) {
        return Pager.newestFirst(dsl, API_KEY, API_KEY.TENANT_ID.eq(tenant.value()), API_KEY.CREATED_AT,
                API_KEY.KEY_ID, page, ApiKeyRepository::toRow, ApiKeyRow::createdAt, ApiKeyRow::id);
    }

    /** Marks the tenant's key revoked (keeping the first revocation time); empty when it has no such key. */
    public Optional<ApiKeyRow> revoke(DSLContext dsl, TenantId tenant, UUID keyId) {
        return dsl.update(API_KEY)
                .set(API_KEY.REVOKED_AT, DSL.coalesce(API_KEY.REVOKED_AT, DSL.currentOffsetDateTime()))
                .where(API_KEY.TENANT_ID.eq(tenant.value()))
                .and(API_KEY.KEY_ID.eq(keyId))
                .returning()
                .fetchOptional(ApiKeyRepository::toRow);
    }

    /** Links a key to the key that replaced it; it keeps working until {@code retiresAt}. */
    public ApiKeyRow markReplaced(DSLContext dsl, TenantId tenant, UUID keyId, UUID replacedBy,
                                  OffsetDateTime retiresAt) {
        return dsl.update(API_KEY)
                .set(API_KEY.REPLACED_BY, replacedBy)
                .set(API_KEY.RETIRES_AT, retiresAt)
                .where(API_KEY.TENANT_ID.eq(tenant.value()))
                .and(API_KEY.KEY_ID.eq(keyId))
                .returning()
                .fetchOne(ApiKeyRepository::toRow);
    }

    /**
     * Records when keys of any tenants were last used, in one statement; a time older than the stored one is
     * ignored. Returns the number of keys whose time moved.
     */
    public int touch(DSLContext dsl, List<KeyUse> uses) {
        UUID[] tenants = uses.stream().map(u -> u.tenant().value()).toArray(UUID[]::new);
        UUID[] keys = uses.stream().map(KeyUse::keyId).toArray(UUID[]::new);
        OffsetDateTime[] times = uses.stream().map(KeyUse::usedAt).toArray(OffsetDateTime[]::new);
        return dsl.resultQuery("SELECT prism_touch_api_keys({0}, {1}, {2})",
                        DSL.val(tenants, SQLDataType.UUID.array()), DSL.val(keys, SQLDataType.UUID.array()),
                        DSL.val(times, SQLDataType.TIMESTAMPWITHTIMEZONE.array()))
                .fetchSingle()
                .get(0, Integer.class);
    }

    private static ApiKeyRow toRow(ApiKeyRecord r) {
        return new ApiKeyRow(r.getKeyId(), new TenantId(r.getTenantId()), r.getPrefix(), Arrays.asList(r.getScopes()),
                r.getDescription(), r.getCreatedAt(), r.getExpiresAt(), r.getRevokedAt(), r.getLastUsedAt(),
                r.getRotatedFrom(), r.getReplacedBy(), r.getRetiresAt());
    }
}
