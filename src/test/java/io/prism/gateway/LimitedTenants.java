package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.generated.rest.RestRoutes;
import io.prism.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Helpers of the rate-limit tests: tenants of a chosen tier, a shared material to look up, the headers. */
abstract class LimitedTenants extends IntegrationTest {

    /**
     * The registered operation of the REST route {@code material}, sent as GraphQL: the same document through
     * either door, so the same cost.
     */
    static final String MATERIAL = RestRoutes.MATERIAL.document();

    /** Creates a tenant of {@code tier} through the operator and a key for it with READ and CALC. */
    TenantKey tenantOfTier(String name, String tier) {
        String id = ok(ADMIN_KEY, "mutation($n: String!, $t: Tier!) { createTenant(input: {name: $n, tier: $t}) "
                + "{ tenant { id } } }", Map.of("n", name, "t", tier)).path("createTenant").path("tenant")
                .path("id").asString();
        JsonNode k = ok(ADMIN_KEY, "mutation($t: ID!) { createApiKey(input: {tenantId: $t, scopes: [READ, CALC]}) "
                + "{ plainKey apiKey { id } } }", Map.of("t", id)).path("createApiKey");
        return new TenantKey(id, k.path("plainKey").asString(), k.path("apiKey").path("id").asString());
    }

    /** Id of a material of the shared catalog (looked up by the operator, who is not limited). */
    String sharedMaterial() {
        return ok(ADMIN_KEY, "{ materials(first: 1) { edges { node { id } } } }").path("materials").path("edges")
                .path(0).path("node").path("id").asString();
    }

    Response lookupByGraphQl(TenantKey t, String materialId) {
        return graphql(t.key(), MATERIAL, Map.of("id", materialId));
    }

    Response lookupByRest(TenantKey t, String materialId) {
        return get("/api/v1/material/" + materialId, "Authorization", "Bearer " + t.key());
    }

    /** A numeric header, which must be present. */
    static long header(Response r, String name) {
        String value = r.headers().firstValue(name).orElseThrow(() -> new AssertionError(name + " missing: "
                + r.headers().map() + " " + r.raw()));
        assertThat(value).as(name).matches("\\d+");
        return Long.parseLong(value);
    }

    /** Asserts the RateLimit headers and their X-RateLimit twins agree; returns {limit, remaining, reset}. */
    static long[] limitHeaders(Response r) {
        long[] figures = {header(r, "RateLimit-Limit"), header(r, "RateLimit-Remaining"),
                header(r, "RateLimit-Reset")};
        assertThat(List.of(header(r, "X-RateLimit-Limit"), header(r, "X-RateLimit-Remaining"),
                header(r, "X-RateLimit-Reset"))).as(r.headers().map().toString())
                .containsExactly(figures[0], figures[1], figures[2]);
        return figures;
    }
}
