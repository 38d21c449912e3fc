package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * More concurrent calculations than pooled connections: each speedFeed reads the catalog and then writes its
 * history row, and a request never holds two connections at once, so the pool cannot drain and every request
 * answers promptly.
 */
class ConcurrentCalculationsTest extends CalculationTest {

    private static final int REQUESTS = 40;
    private static final int PARALLEL = 24; // more than the pool's 10 connections

    @Test
    void shouldAnswerEveryConcurrentCalculationWithoutExhaustingThePool() throws Exception {
        TenantKey t = newTenant("concurrency");
        OwnCatalog catalog = ownCatalog(t);
        Map<String, Object> vars = Map.of("in", sideMilling(catalog));
        long before = storedCalculations(t);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(pool.submit(() -> graphql(t.key(), SPEED_FEED, vars)));
            }
            for (Future<Response> f : answers) {
                Response r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.errorCode()).as(r.raw()).isNull();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            // a drained pool shows up as 5 s connection timeouts; 40 small calculations take well under that
            assertThat(millis).as("wall time for %d calculations", REQUESTS).isLessThan(20_000);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedCalculations(t)).isEqualTo(before + REQUESTS);
    }
}
