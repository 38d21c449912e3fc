package io.prism.tenancy;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of one request: its tenant and the key it used.
 *
 * @param keyId    the key's id, or {@code null} for the operator's bootstrap key
 * @param operator true for the platform operator's bootstrap key ({@code PRISM_ADMIN_KEY})
 */
public record Principal(TenantId tenant, String tenantName, String tier, UUID keyId, String keyPrefix,
                        Set<Scope> scopes, boolean operator) {

    public Principal {
        scopes = Set.copyOf(scopes);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
