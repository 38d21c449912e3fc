package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Rate limits over HTTP on both doors, with the in-memory buckets and the default tiers: one tenant bucket charged
 * by GraphQL and REST alike, the headers, refusals with 429 and Retry-After that is right, a noisy tenant
 * throttled while another keeps full service, nothing run for a refused calculation, and the endpoints that are
 * never limited. Costs come from the cost model and are read off the headers, never assumed.
 */
class RateLimitHttpTest extends LimitedTenants {

    private static final int FREE = 100;

    /** The units one material lookup costs, read from a fresh FREE tenant's first answer. */
    private long lookupCost(String material) {
        Response first = lookupByGraphQl(tenantOfTier("cost probe tenant", "FREE"), material);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        long[] figures = limitHeaders(first);
        assertThat(figures[0]).isEqualTo(FREE);
        return FREE - figures[1];
    }

    @Test
    void shouldChargeOneTenantBucketThroughBothDoors() {
        String material = sharedMaterial();
        TenantKey t = tenantOfTier("both doors tenant", "FREE");
        Response graph = lookupByGraphQl(t, material);
        Response rest = lookupByRest(t, material);
        assertThat(graph.status()).as(graph.raw()).isEqualTo(200);
        assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
        long[] g = limitHeaders(graph);
        long[] r = limitHeaders(rest);
        long cost = FREE - g[1];
        assertThat(cost).as("a lookup costs at least one unit").isPositive();
        assertThat(g[0]).isEqualTo(FREE);
        assertThat(r[0]).isEqualTo(FREE);
        // the REST route runs the same registered operation: the same cost, from the same bucket (give or take a
        // refilled unit)
        assertThat(r[1]).isBetween(FREE - 2 * cost, FREE - 2 * cost + 1);
        assertThat(g[2]).as("seconds until full again").isBetween(1L, 60L);
        System.out.printf("Both doors: a material lookup costs %d units; remaining %d after GraphQL, %d after REST%n",
                cost, g[1], r[1]);
    }

    @Test
    void shouldRefuseBothDoorsWith429RetryAfterAndTheSameCode() throws Exception {
        String material = sharedMaterial();
        TenantKey t = tenantOfTier("refused tenant", "FREE");
        Response last = lookupByGraphQl(t, material);
        for (int i = 0; i < 3 * FREE && last.status() == 200; i++) {
            last = i % 2 == 0 ? lookupByRest(t, material) : lookupByGraphQl(t, material);
        }
        Response rest = lookupByRest(t, material);
        Response graph = lookupByGraphQl(t, material);

        assertThat(rest.status()).as(rest.raw()).isEqualTo(429);
        assertThat(rest.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = rest.body();
        assertThat(problem.path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("limit").asLong()).isEqualTo(FREE);
        assertThat(problem.path("bucket").asString()).isEqualTo("tenant");
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(header(rest, "Retry-After"));
        assertRefusalHeaders(rest);

        assertThat(graph.status()).as(graph.raw()).isEqualTo(429);
        assertThat(graph.errorCode()).isEqualTo("RATE_LIMITED");
        JsonNode ext = graph.errors().path(0).path("extensions");
        assertThat(ext.path("limit").asLong()).isEqualTo(FREE);
        assertThat(ext.path("retryAfterSeconds").asLong()).isEqualTo(header(graph, "Retry-After"));
        assertThat(ext.path("correlationId").asString()).isNotBlank();
        assertThat(graph.data().path("material").isMissingNode() || graph.data().path("material").isNull()).isTrue();
        assertRefusalHeaders(graph);

        // Retry-After is right: after waiting that long the same request runs
        long wait = header(graph, "Retry-After");
        Thread.sleep(wait * 1000 + 100);
        Response again = lookupByGraphQl(t, material);
        assertThat(again.status()).as("after Retry-After = " + wait + " s: " + again.raw()).isEqualTo(200);
        System.out.printf("Refusal: Retry-After %d s, then admitted with %d units remaining%n", wait,
                limitHeaders(again)[1]);
    }

    /** A refusal's headers: the limit, fewer units left than the operation costs, and a Retry-After that fits. */
    private static void assertRefusalHeaders(Response r) {
        long[] f = limitHeaders(r);
        long retryAfter = header(r, "Retry-After");
        assertThat(f[0]).isEqualTo(FREE);
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(f[2]).as("full refill is no sooner than the next operation").isGreaterThanOrEqualTo(retryAfter);
        JsonNode figures = r.body().has("errors") ? r.errors().path(0).path("extensions") : r.body();
        long cost = figures.path("cost").asLong();
        assertThat(f[1]).isLessThan(cost);
        // one unit comes back every 60 / limit seconds
        long expected = (long) Math.ceil((cost - f[1]) * 60.0 / FREE);
        assertThat(retryAfter).isBetween(Math.max(1, expected - 1), expected + 1);
    }

    @Test
    void shouldThrottleANoisyTenantAtThreeTimesItsLimitWhileAnotherKeepsFullService() throws Exception {
        String material = sharedMaterial();
        long cost = lookupCost(material);
        TenantKey noisy = tenantOfTier("noisy tenant", "FREE");
        TenantKey quiet = tenantOfTier("quiet tenant", "FREE");
        int burst = (int) Math.ceil(3.0 * FREE / cost);
        int normal = (int) Math.max(2, Math.min(10, FREE / 2 / cost));

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Response>> noisyAnswers = new ArrayList<>();
        try {
            for (int i = 0; i < burst; i++) {
                boolean rest = i % 2 == 0;
                noisyAnswers.add(pool.submit(() -> rest ? lookupByRest(noisy, material)
                        : lookupByGraphQl(noisy, material)));
            }
            List<Response> quietAnswers = new ArrayList<>();
            for (int i = 0; i < normal; i++) {
                quietAnswers.add(i % 2 == 0 ? lookupByGraphQl(quiet, material) : lookupByRest(quiet, material));
                Thread.sleep(50);
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Response> f : noisyAnswers) {
                Response r = f.get();
                statuses.merge(r.status(), 1, Integer::sum);
                limitHeaders(r);
                if (r.status() == 429) {
                    assertRefusalHeaders(r);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int admitted = statuses.getOrDefault(200, 0);
            int refused = statuses.getOrDefault(429, 0);
            System.out.printf("Noisy neighbour: lookups cost %d units; noisy tenant sent %d (%d units, 3x its limit) "
                            + "in %.1f s: %d admitted, %d refused with 429; quiet tenant sent %d: statuses %s%n",
                    cost, burst, burst * cost, seconds, admitted, refused, normal,
                    quietAnswers.stream().map(Response::status).toList());
            assertThat(statuses.keySet()).as(statuses.toString()).containsOnly(200, 429);
            // a full bucket, plus what refilled while the burst ran
            long refilled = (long) Math.ceil(seconds * FREE / 60.0);
            assertThat(admitted * cost).as("units admitted").isBetween(FREE - cost + 1, FREE + refilled);
            assertThat(refused).isGreaterThanOrEqualTo(burst - (int) ((FREE + refilled) / cost));
            for (Response r : quietAnswers) {
                assertThat(r.status()).as(r.raw()).isEqualTo(200);
                assertThat(limitHeaders(r)[0]).isEqualTo(FREE);
            }
            assertThat(limitHeaders(quietAnswers.getLast())[1]).as("the quiet tenant's own bucket")
                    .isGreaterThanOrEqualTo(FREE - normal * cost);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRunNothingAndStoreNothingForARefusedCalculation() {
        JsonNode catalog = ok(ADMIN_KEY, "{ materials(first: 1, filter: {isoGroups: [P]}) { edges { node { id } } } "
                + "tools(first: 1, filter: {types: [FLAT_END_MILL]}) { edges { node { id } } } }");
        Map<String, Object> input = Map.of("materialId", catalog.path("materials").path("edges").path(0)
                        .path("node").path("id").asString(),
                "toolId", catalog.path("tools").path("edges").path(0).path("node").path("id").asString(),
                "operation", "SIDE_MILLING", "apMm", 2, "aeMm", 1, "stickOutMm", 30, "flutes", 4);
        TenantKey t = tenantOfTier("refused calculation tenant", "FREE");
        String query = "query($in: SpeedFeedInput!) { speedFeed(input: $in) { meta { calculationId } } }";
        Response r = graphql(t.key(), query, Map.of("in", input));
        int runs = 0;
        while (r.status() == 200 && runs < 3 * FREE) {
            assertThat(r.errors().isMissingNode() || r.errors().isEmpty()).as(r.raw()).isTrue();
            runs++;
            r = runs % 2 == 0 ? graphql(t.key(), query, Map.of("in", input))
                    : postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(input));
        }
        assertThat(r.status()).as(r.raw()).isEqualTo(429);
        long stored = sqlCount("SELECT count(*) FROM calculation WHERE tenant_id = '" + t.tenantId() + "'");
        assertThat(stored).as("one stored calculation per admitted run").isEqualTo(runs);
        for (int i = 0; i < 3; i++) {
            Response refused = postRaw("/api/v1/speed-feed", t.key(), JSON.writeValueAsString(input));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(429);
        }
        assertThat(sqlCount("SELECT count(*) FROM calculation WHERE tenant_id = '" + t.tenantId() + "'"))
                .isEqualTo(stored);
        long calcCost = FREE - limitHeaders(graphql(tenantOfTier("calc cost tenant", "FREE").key(), query,
                Map.of("in", input)))[1];
        System.out.printf("Refused calculation: a speedFeed costs %d units, %d ran before the FREE limit; "
                + "refused runs stored nothing%n", calcCost, runs);
        assertThat(calcCost).as("a calculation costs more than a lookup").isGreaterThan(lookupCost(
                sharedMaterial()));
    }

    @Test
    void shouldChargeNothingForOperationsRefusedBeforeTheyRan() {
        String material = sharedMaterial();
        long cost = lookupCost(material);
        TenantKey t = tenantOfTier("refusals tenant", "FREE");
        String auth = "Bearer " + t.key();

        // a page over the maximum of 100: 1,000 units, ten times the FREE limit, if it were charged
        Response restPage = get("/api/v1/materials?first=1000", "Authorization", auth);
        assertThat(restPage.status()).as(restPage.raw()).isEqualTo(400);
        assertThat(restPage.body().path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(restPage.headers().firstValue("Query-Cost")).hasValue("1000");
        assertThat(limitHeaders(restPage)[1]).as("the refusal's own headers: nothing charged").isEqualTo(FREE);
        assertThat(limitHeaders(restPage)[2]).isZero();
        Response graphPage = graphql(t.key(), "query OversizedPage { materials(first: 1000) { edges { node { id } } "
                + "} }");
        assertThat(graphPage.errorCode()).as(graphPage.raw()).isEqualTo("BAD_USER_INPUT");
        // a write without the WRITE scope, and a calculation with an invalid id
        Response forbidden = graphql(t.key(), "mutation ForbiddenWrite { createMaterial(input: {name: \"x\", "
                + "isoGroup: P, materialClass: \"steel\", source: \"s\", verified: false}) { material { id } } }");
        assertThat(forbidden.errorCode()).as(forbidden.raw()).isEqualTo("FORBIDDEN");
        Response badInput = graphql(t.key(), "query BadCalculation { speedFeed(input: {materialId: \"not-an-id\", "
                + "toolId: \"not-an-id\", operation: SIDE_MILLING, apMm: 2, aeMm: 1, stickOutMm: 30}) { result "
                + "{ spindleSpeed } } }");
        assertThat(badInput.errorCode()).as(badInput.raw()).isEqualTo("BAD_USER_INPUT");
        // refused before an operation existed, as before: variables of the wrong type, a query over a limit
        assertThat(graphql(t.key(), MATERIAL, Map.of("id", List.of(1, 2))).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(graphql(t.key(), "{ materials(first: 50000) { edges { node { id } } } }").errorCode())
                .isEqualTo("BAD_USER_INPUT");
        for (Response r : List.of(graphPage, forbidden, badInput)) {
            assertThat(limitHeaders(r)[1]).as(r.raw()).isEqualTo(FREE);
        }

        // a document whose one root field ran and whose other was refused: only the one that ran is charged
        Response mixed = graphql(t.key(), "query Mixed($id: ID!) { material(id: $id) { id } materials(first: 1000) "
                + "{ edges { node { id } } } }", Map.of("id", material));
        assertThat(mixed.errorCode()).as(mixed.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(limitHeaders(mixed)[1]).as("material(id) { id } costs 1").isEqualTo(FREE - 1);

        Response normal = lookupByGraphQl(t, material);
        assertThat(normal.status()).as(normal.raw()).isEqualTo(200);
        assertThat(limitHeaders(normal)[1]).as("only the lookups were charged").isBetween(FREE - 1 - cost, FREE - cost);

        // the usage meter counts the refusals as requests with errors and no cost units
        JsonNode usage = ok(t.key(), "query($f: DateTime!, $t: DateTime!) { usage(from: $f, to: $t) { costUnits "
                + "operations { operation door requests errors costUnits } } }", Map.of("f",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(), "t",
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString())).path("usage");
        Map<String, JsonNode> byName = new HashMap<>();
        usage.path("operations").forEach(o -> byName.put(o.path("operation").asString() + "/"
                + o.path("door").asString(), o));
        for (String refused : List.of("Materials/REST", "OversizedPage/GRAPHQL", "ForbiddenWrite/GRAPHQL",
                "BadCalculation/GRAPHQL")) {
            JsonNode o = byName.get(refused);
            assertThat(o).as(refused + " in " + usage).isNotNull();
            assertThat(o.path("errors").asLong()).as(refused).isEqualTo(1);
            assertThat(o.path("costUnits").asLong()).as(refused).isZero();
        }
        assertThat(byName.get("Mixed/GRAPHQL").path("costUnits").asLong()).isEqualTo(1);
        assertThat(usage.path("costUnits").asLong()).as(usage.toString()).isEqualTo(1 + cost);
    }

    @Test
    void shouldNeverLimitHealthMetricsOrTheOperator() {
        String material = sharedMaterial();
        TenantKey t = tenantOfTier("spent tenant", "FREE");
        Response r = lookupByGraphQl(t, material);
        for (int i = 0; i < 3 * FREE && r.status() == 200; i++) {
            r = lookupByGraphQl(t, material);
        }
        assertThat(r.status()).as(r.raw()).isEqualTo(429);
        for (int i = 0; i < 2 * FREE; i++) {
            Response health = get("/actuator/health", "Authorization", "Bearer " + t.key());
            assertThat(health.status()).as(health.raw()).isEqualTo(200);
            assertThat(health.headers().firstValue("RateLimit-Limit")).isEmpty();
        }
        Response metrics = get("/actuator/prometheus", "Authorization", "Bearer " + t.key());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("RateLimit-Limit")).isEmpty();
        assertThat(metrics.raw()).contains("prism_rate_limit_units_total{outcome=\"refused\",tier=\"FREE\"}")
                .contains("prism_rate_limit_units_total{outcome=\"allowed\",tier=\"FREE\"}");
        Response operator = graphql(ADMIN_KEY, MATERIAL, Map.of("id", material));
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.headers().firstValue("RateLimit-Limit")).isEmpty();
    }

    @Test
    void shouldApplyAnEnterpriseTenantsOwnLimitAtOnce() {
        String material = sharedMaterial();
        TenantKey t = tenantOfTier("enterprise limit tenant", "ENTERPRISE");
        assertThat(limitHeaders(lookupByGraphQl(t, material))[0]).isEqualTo(10_000);
        ok(ADMIN_KEY, "mutation($t: ID!) { setTenantRateLimit(input: {tenantId: $t, unitsPerMinute: 250}) "
                + "{ tenant { rateLimit } } }", Map.of("t", t.tenantId()));
        long[] figures = limitHeaders(lookupByRest(t, material));
        assertThat(figures[0]).isEqualTo(250);
        assertThat(figures[1]).as("a new limit starts a full bucket").isGreaterThan(200);
    }
}
