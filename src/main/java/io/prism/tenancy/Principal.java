package io.prism.tenancy;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of one request: its tenant and the key it used, with the tenant settings that are
 * enforced on every request (so enforcing them costs no query of its own).
 *
 * @param keyId                the key's id, or {@code null} for the operator's bootstrap key
 * @param operator             true for the platform operator's bootstrap key ({@code PRISM_ADMIN_KEY})
 * @param trustedDocumentsOnly the tenant's GraphQL requests may run only registered operations
 */
public record Principal(TenantId tenant, String tenantName, String tier, UUID keyId, String keyPrefix,
                        Set<Scope> scopes, boolean operator, boolean trustedDocumentsOnly) {

    public Principal {
        scopes = Set.copyOf(scopes);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
