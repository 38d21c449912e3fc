package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The shapes used to overload a GraphQL server (deep, wide, alias bombs, fragment bombs, oversized documents) are
 * rejected cheaply: with BAD_USER_INPUT naming the limit that stopped them, no SQL statement besides the key lookup,
 * and a median round trip over HTTP, after warm-up, under 100 ms (or, when the machine is so busy that a trivial
 * {@code { __typename }} round trip, measured alongside, takes more than 20 ms, under five of those). Each case
 * prints its timings (the "rejection times" figures of docs/query-cost.md) to the test output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryAttackTest extends IntegrationTest {

    private static final int WARM_UP = 3;
    private static final int TRIES = 15;
    private static final double MEDIAN_BOUND_MS = 100;
    /** On a busy machine a trivial round trip is slow too: the bound stretches to this many of them. */
    private static final double BUSY_FACTOR = 5;

    private TenantKey t;

    @BeforeAll
    void tenant() {
        t = newTenant("attacker", "READ");
    }

    @Test
    void shouldRejectADeepQueryOnTheDepthLimit() {
        // 60 nested ofType: under the parser's nesting safeguard, over the depth limit of 15
        attack("deep (60 levels)", "depth", "{ __type(name: \"Query\") { " + "ofType { ".repeat(60) + "name"
                + " }".repeat(60) + " } }");
    }

    @Test
    void shouldRejectAVeryDeepQueryInTheParser() {
        // 1,000 nested selections: the parser stops at 500 nested grammar rules (graphql-java's safeguard)
        attack("very deep (1,000 levels)", null, "{ __type(name: \"Query\") { " + "ofType { ".repeat(1_000) + "name"
                + " }".repeat(1_000) + " } }");
    }

    @Test
    void shouldRejectAWideQueryOnTheRootFieldAndAliasLimits() {
        // 400 aliased root lookups: 4,000 tokens, parsed and validated, then over both limits
        attack("wide (400 root fields)", "aliases", repeat(400, i -> "m" + i + ": material(id: \"" + i + "\") { id }"));
    }

    @Test
    void shouldRejectAliasBombs() {
        // 5,000 distinct aliases: 78 kB, refused before parsing
        attack("alias bomb (5,000 aliases)", "documentBytes", repeat(5_000, i -> "a" + i + ": __typename"));
        // 5,000 times the same alias in 65,000 bytes: the parser stops at 5,000 tokens
        attack("alias bomb (5,000, one name)", "tokens", repeat(5_000, i -> "a:__typename"));
        // 1,600 aliases under every parser limit: validated, then over the alias limit
        attack("alias bomb (1,600 aliases)", "aliases", "{ me " + repeat(1_600, i -> "k" + i + ": keyId") + " }");
    }

    @Test
    void shouldRejectAFragmentBombOnItsExpandedRootFields() {
        // 2^30 expanded root fields from a 1 kB document: measured in linear time
        attack("fragment bomb (2^30 fields)", "rootFields", CostCalculatorTest.fragmentBomb(30));
    }

    @Test
    void shouldRejectAnOversizedDocumentBeforeParsingIt() {
        // Over the 64 KiB document limit but under the 1 MiB body limit, which refuses larger bodies (HTTP 413)
        // before they are read or authenticated (HttpHygieneTest).
        attack("oversized (512 KiB)", "documentBytes", "{ me { keyId } }\n# " + "x".repeat(512 * 1024));
    }

    /**
     * Sends {@code query} {@value #WARM_UP} times to warm up, then {@value #TRIES} times measured; asserts each
     * answer is BAD_USER_INPUT with {@code limit} first (null for a syntax error from the parser's own safeguards)
     * and no SQL besides the key lookup, prints the timings and asserts the median. A trivial request is timed
     * before each try, so that the two see the same load.
     */
    private void attack(String name, String limit, String query) {
        graphql(t.key(), "{ __typename }");
        int before = statements.get();
        graphql(t.key(), "{ __typename }");
        int authentication = statements.get() - before;
        String body = JSON.writeValueAsString(Map.of("query", query));
        String trivial = JSON.writeValueAsString(Map.of("query", "{ __typename }"));
        List<Long> micros = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < WARM_UP + TRIES; i++) {
            long start = System.nanoTime();
            postRaw("/api/v1/graphql", t.key(), trivial);
            long trivialElapsed = (System.nanoTime() - start) / 1_000;
            before = statements.get();
            start = System.nanoTime();
            Response r = postRaw("/api/v1/graphql", t.key(), body);
            long elapsed = (System.nanoTime() - start) / 1_000;
            assertThat(statements.get() - before).as(name + ": SQL besides the key lookup").isEqualTo(authentication);
            JsonNode ext = r.errors().path(0).path("extensions");
            assertThat(ext.path("code").asString()).as(name).isEqualTo("BAD_USER_INPUT");
            assertThat(r.body().has("data")).as(name).isFalse();
            if (limit != null) {
                assertThat(ext.path("limit").asString()).as(name).isEqualTo(limit);
            }
            if (i >= WARM_UP) {
                micros.add(elapsed);
                baseline.add(trivialElapsed);
            }
        }
        micros.sort(null);
        baseline.sort(null);
        double median = micros.get(micros.size() / 2) / 1000.0;
        System.out.printf(Locale.ROOT, "rejection time %-30s %8d bytes  limit %-13s median %6.1f ms  min %6.1f ms  "
                        + "max %6.1f ms  ({ __typename } median %5.1f ms; %d tries after %d warm-up)%n", name,
                query.length(), limit == null ? "parser" : limit, median, micros.getFirst() / 1000.0,
                micros.getLast() / 1000.0, baseline.get(TRIES / 2) / 1000.0, TRIES, WARM_UP);
        double trivialMedian = baseline.get(TRIES / 2) / 1000.0;
        assertThat(median).as(name + ": median ms")
                .isLessThan(Math.max(MEDIAN_BOUND_MS, BUSY_FACTOR * trivialMedian));
    }

    private static String repeat(int n, IntFunction<String> item) {
        StringBuilder b = new StringBuilder("{ ");
        for (int i = 0; i < n; i++) {
            b.append(item.apply(i)).append(' ');
        }
        return b.append('}').toString();
    }
}
