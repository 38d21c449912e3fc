package io.prism.data;

import static io.prism.generated.jooq.Tables.TENANT;

import io.prism.generated.jooq.tables.records.TenantRecord;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Tenants, and the two key lookups that cross tenants: authentication by the secret's hash and a key's tenant by its
 * id (both through narrow database functions). The keys themselves are in {@link ApiKeyRepository}.
 */
@Repository
public class AccountRepository {

    /**
     * A stored key as authentication sees it, with the settings of its tenant that every request enforces;
     * {@code retiresAt} ends a rotated key's overlap window.
     */
    public record KeyGrant(TenantId tenant, UUID keyId, String prefix, String tenantName, String tier,
                           List<String> scopes, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                           OffsetDateTime retiresAt, boolean trustedDocumentsOnly) {
    }

    /** Looks a key up by the hash of its secret, across tenants (through a narrow database function). */
    public Optional<KeyGrant> authenticate(DSLContext dsl, String keyHash) {
        return dsl.resultQuery("SELECT * FROM prism_authenticate({0})", DSL.val(keyHash, SQLDataType.VARCHAR))
                .fetchOptional(AccountRepository::toGrant);
    }

    /** The tenant owning a key id, or empty; used by the operator to manage a key by its id alone. */
    public Optional<TenantId> keyTenant(DSLContext dsl, UUID keyId) {
        return dsl.resultQuery("SELECT prism_api_key_tenant({0})", DSL.val(keyId))
                .fetchOptional()
                .map(r -> r.get(0, UUID.class))
                .map(TenantId::new);
    }

    public TenantRow insertTenant(DSLContext dsl, TenantId id, String name, String tier) {
        return dsl.insertInto(TENANT)
                .set(TENANT.TENANT_ID, id.value())
                .set(TENANT.NAME, name)
                .set(TENANT.TIER, tier)
                .returning()
                .fetchOne(AccountRepository::toTenant);
    }

    public Optional<TenantRow> findTenant(DSLContext dsl, TenantId id) {
        return dsl.selectFrom(TENANT)
                .where(TENANT.TENANT_ID.eq(id.value()))
                .fetchOptional(AccountRepository::toTenant);
    }

    /** Sets whether the tenant runs only trusted documents; empty when there is no such tenant. */
    public Optional<TenantRow> setTrustedDocumentsOnly(DSLContext dsl, TenantId id, boolean enabled) {
        return dsl.update(TENANT)
                .set(TENANT.TRUSTED_DOCUMENTS_ONLY, enabled)
                .where(TENANT.TENANT_ID.eq(id.value()))
                .returning()
                .fetchOptional(AccountRepository::toTenant);
    }

    private static TenantRow toTenant(TenantRecord r) {
        return new TenantRow(new TenantId(r.getTenantId()), r.getName(), r.getTier(), r.getCreatedAt(),
                r.getTrustedDocumentsOnly());
    }

    private static KeyGrant toGrant(Record r) {
        String[] scopes = r.get("scopes", String[].class);
        return new KeyGrant(new TenantId(r.get("tenant_id", UUID.class)), r.get("key_id", UUID.class),
                r.get("prefix", String.class), r.get("tenant_name", String.class), r.get("tier", String.class),
                scopes == null ? List.of() : Arrays.asList(scopes), r.get("expires_at", OffsetDateTime.class),
                r.get("revoked_at", OffsetDateTime.class), r.get("retires_at", OffsetDateTime.class),
                r.get("trusted_documents_only", Boolean.class));
    }
}
