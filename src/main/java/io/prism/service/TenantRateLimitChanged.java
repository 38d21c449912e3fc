package io.prism.service;

import io.prism.tenancy.TenantId;

/**
 * Published after the platform operator changed a tenant's own rate limit (committed), so the instance that made
 * the change forgets the figure it keeps and applies the new one at once.
 */
public record TenantRateLimitChanged(TenantId tenant) {
}
