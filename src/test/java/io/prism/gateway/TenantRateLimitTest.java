package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's limit as the API shows it (tier figures, an ENTERPRISE tenant's own override) and the operator's
 * {@code setTenantRateLimit}, over HTTP: who may call it, what it checks, and that it stores only what it should.
 */
class TenantRateLimitTest extends LimitedTenants {

    private static final String SET = "mutation($t: ID!, $u: Int) { setTenantRateLimit(input: {tenantId: $t, "
            + "unitsPerMinute: $u}) { tenant { id tier rateLimit rateLimitOverride } } }";

    private static Map<String, Object> vars(String tenantId, Integer units) {
        Map<String, Object> v = new HashMap<>();
        v.put("t", tenantId);
        v.put("u", units);
        return v;
    }

    @Test
    void shouldShowEachTiersLimitOnTheTenant() {
        TenantKey free = tenantOfTier("limit free tenant", "FREE");
        JsonNode tenant = ok(free.key(), "{ me { tenant { tier rateLimit rateLimitOverride } } }").path("me")
                .path("tenant");
        assertThat(tenant.path("rateLimit").asInt()).isEqualTo(100);
        assertThat(tenant.path("rateLimitOverride").isNull()).isTrue();
        JsonNode enterprise = ok(ADMIN_KEY, "mutation { createTenant(input: {name: \"limit enterprise default\", "
                + "tier: ENTERPRISE}) { tenant { tier rateLimit } } }").path("createTenant").path("tenant");
        assertThat(enterprise.path("rateLimit").asInt()).isEqualTo(10_000);
        // the shared test context lifts the PRO figure (IntegrationTest); the default is pinned by
        // RateLimitPropertiesTest
        TenantKey pro = newTenant("limit pro tenant", "READ");
        assertThat(ok(pro.key(), "{ me { tenant { rateLimit } } }").path("me").path("tenant").path("rateLimit")
                .asInt()).isEqualTo(1_000_000);
    }

    @Test
    void shouldSetAndClearAnEnterpriseTenantsOwnLimit() {
        String id = tenantOfTier("limit enterprise tenant", "ENTERPRISE").tenantId();
        JsonNode set = ok(ADMIN_KEY, SET, vars(id, 5000)).path("setTenantRateLimit").path("tenant");
        assertThat(set.path("rateLimit").asInt()).isEqualTo(5000);
        assertThat(set.path("rateLimitOverride").asInt()).isEqualTo(5000);
        assertThat(sqlCount("SELECT rate_limit FROM tenant WHERE tenant_id = '" + id + "'")).isEqualTo(5000);
        JsonNode cleared = ok(ADMIN_KEY, SET, vars(id, null)).path("setTenantRateLimit").path("tenant");
        assertThat(cleared.path("rateLimit").asInt()).isEqualTo(10000);
        assertThat(cleared.path("rateLimitOverride").isNull()).isTrue();
        assertThat(sqlCount("SELECT count(*) FROM tenant WHERE tenant_id = '" + id + "' AND rate_limit IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAnOverrideForFreeAndProTenantsAndStoreNothing() {
        TenantKey pro = newTenant("no override pro tenant", "READ");
        Response r = graphql(ADMIN_KEY, SET, vars(pro.tenantId(), 5000));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.unitsPerMinute");
        assertThat(r.errors().path(0).path("message").asString()).contains("ENTERPRISE", "PRO");
        assertThat(sqlCount("SELECT count(*) FROM tenant WHERE tenant_id = '" + pro.tenantId()
                + "' AND rate_limit IS NOT NULL")).isZero();
    }

    @Test
    void shouldCheckTheFigureTheTenantAndTheCaller() {
        String id = tenantOfTier("checked enterprise tenant", "ENTERPRISE").tenantId();
        for (int bad : List.of(0, -5, 100_000_001)) {
            Response r = graphql(ADMIN_KEY, SET, vars(id, bad));
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
            assertThat(r.errors().path(0).path("extensions").path("field").asString())
                    .isEqualTo("input.unitsPerMinute");
        }
        Response global = graphql(ADMIN_KEY, SET, vars("00000000-0000-0000-0000-000000000000", 5000));
        assertThat(global.errorCode()).as(global.raw()).isEqualTo("BAD_USER_INPUT");
        Response unknown = graphql(ADMIN_KEY, SET, vars("6f1d8c7a-0000-4000-8000-000000000001", 5000));
        assertThat(unknown.errorCode()).as(unknown.raw()).isEqualTo("NOT_FOUND");
        TenantKey tenant = newTenant("not an operator tenant", "READ", "WRITE", "CALC");
        Response forbidden = graphql(tenant.key(), SET, vars(tenant.tenantId(), 5000));
        assertThat(forbidden.errorCode()).as(forbidden.raw()).isEqualTo("FORBIDDEN");
        assertThat(sqlCount("SELECT count(*) FROM tenant WHERE tenant_id = '" + id
                + "' AND rate_limit IS NOT NULL")).isZero();
    }
}
