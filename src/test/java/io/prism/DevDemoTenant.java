package io.prism;

import io.prism.audit.AuditEvent;
import io.prism.audit.AuditTrail;
import io.prism.data.AccountRepository;
import io.prism.data.ApiKeyRepository;
import io.prism.data.ApiKeyRow;
import io.prism.data.Database;
import io.prism.tenancy.ApiKeys;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The local run's demo tenant, "Demo machine shop", and its key {@value #KEY} with READ, WRITE, CALC and AUDIT, so the
 * README's catalog queries and calculations answer on {@code ./mvnw spring-boot:test-run} as written. Created at
 * start-up when missing (a restart finds both and changes nothing). A bean of the {@code dev} profile only, which
 * {@link DevPrismApplication} turns on; it lives in the test sources, so the production jar has neither the class
 * nor the key.
 */
@Component
@Profile(DevPrismApplication.DEV_PROFILE)
public class DevDemoTenant implements ApplicationRunner {

    /** The demo tenant's key; it works only in a database this class has set up. */
    public static final String KEY = "prism_local_demo_tenant_key";
    /** The demo tenant's fixed id. */
    public static final TenantId TENANT = new TenantId(UUID.fromString("de40de40-0000-4000-8000-000000000001"));
    public static final String NAME = "Demo machine shop";
    public static final List<Scope> SCOPES = List.of(Scope.READ, Scope.WRITE, Scope.CALC, Scope.AUDIT);

    private static final Logger log = LoggerFactory.getLogger(DevDemoTenant.class);

    private final Database database;
    private final AccountRepository accounts;
    private final ApiKeyRepository keys;
    private final AuditTrail audit;

    public DevDemoTenant(Database database, AccountRepository accounts, ApiKeyRepository keys, AuditTrail audit) {
        this.database = database;
        this.accounts = accounts;
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** Creates the demo tenant and its key where they are missing; true when it created either. */
    public boolean ensure() {
        String hash = ApiKeys.hash(KEY);
        Optional<AccountRepository.KeyGrant> existing = database.withoutTenant(dsl -> accounts.authenticate(dsl, hash));
        boolean created = database.inTransaction(TENANT, false, dsl -> {
            boolean tenantMissing = accounts.findTenant(dsl, TENANT).isEmpty();
            List<AuditTrail.Entry> events = new ArrayList<>();
            if (tenantMissing) {
                accounts.insertTenant(dsl, TENANT, NAME, "PRO");
                events.add(system("tenant.create", "Tenant", TENANT.value().toString()));
            }
            if (existing.isEmpty()) {
                ApiKeyRow key = keys.insert(dsl, TENANT, new ApiKeyRepository.NewKey(ApiKeys.displayPrefix(KEY),
                        hash, SCOPES.stream().map(Scope::name).toList(), null, "Local demo key of the dev run", null));
                events.add(system("apiKey.create", "ApiKey", key.id().toString()));
            }
            audit.append(dsl, TENANT, events);
            return tenantMissing || existing.isEmpty();
        });
        if (created) {
            log.info("Local demo tenant '{}' ({}) with key {} ({})", NAME, TENANT, KEY, SCOPES);
        } else if (existing.get().revokedAt() != null) {
            log.warn("The local demo tenant key {} was revoked; delete .prism/pgdata to start over", KEY);
        }
        return created;
    }

    private static AuditTrail.Entry system(String action, String resourceType, String resourceId) {
        return new AuditTrail.Entry(AuditEvent.Actor.SYSTEM, action, resourceType, resourceId,
                AuditEvent.Outcome.SUCCESS, null, null, null, "dev run set-up", null, null, null, null, null);
    }
}
