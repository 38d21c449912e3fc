package io.prism.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The run catalog cache over HTTP against PostgreSQL: a repeated run reads no catalog rows, and a change to the
 * material, its cutting data, the tool or the machine (committed by another transaction, announced by the database's
 * change notices) is seen by the next runs; a cached entry is never seen by another tenant.
 */
class RunCatalogCacheTest extends CalculationTest {

    private static final String RUN = "query($in: SpeedFeedInput!) { speedFeed(input: $in) { result { cuttingSpeed "
            + "specificCuttingForce spindleSpeed } meta { calculationId } } }";

    private int statementsOf(Runnable request) {
        int before = statements.get();
        request.run();
        return statements.get() - before;
    }

    /** Waits (at most 5 s) until {@code value} differs from {@code old}: a change notice travels asynchronously. */
    private static double changed(double old, Supplier<Double> value) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        double now = value.get();
        while (now == old && System.nanoTime() < end) {
            Thread.sleep(20);
            now = value.get();
        }
        return now;
    }

    private JsonNode run(TenantKey t, OwnCatalog c) {
        return ok(t.key(), RUN, Map.of("in", sideMilling(c))).path("speedFeed");
    }

    @Test
    void shouldReadNoCatalogRowsForARepeatedRunAndStillStoreIt() {
        TenantKey t = newTenant("cache tenant");
        OwnCatalog c = ownCatalog(t);
        int first = statementsOf(() -> run(t, c));
        int second = statementsOf(() -> run(t, c));
        // the first run opens a read transaction (its prelude) to read the rows (one statement) and the cutting data
        // (another); the second has no read transaction: the write's prelude, the insert and the audit event's three
        // (the key was looked up when the catalog was made, and is cached since)
        assertThat(second).as("first run %d statements, second %d", first, second).isEqualTo(5);
        assertThat(first).isEqualTo(second + 3);
        assertThat(storedCalculations(t)).isEqualTo(2);
        System.out.printf("Run catalog cache: a first speedFeed runs %d SQL statements, a repeated one %d%n", first,
                second);
    }

    @Test
    void shouldSeeEveryChangeOfTheRunsRowsInTheNextRuns() throws InterruptedException {
        TenantKey t = newTenant("cache change tenant");
        OwnCatalog c = ownCatalog(t);
        double kc = run(t, c).path("result").path("specificCuttingForce").asDouble();
        run(t, c);
        ok(t.key(), "mutation($id: ID!) { updateMaterial(input: {id: $id, kc11: 2500}) { material { id } } }",
                Map.of("id", c.materialId()));
        double kcAfter = changed(kc, () -> run(t, c).path("result").path("specificCuttingForce").asDouble());
        assertThat(kcAfter).as("kc after the material's kc1.1 went from 1775 to 2500").isGreaterThan(kc * 1.3);

        double vc = run(t, c).path("result").path("cuttingSpeed").asDouble();
        ok(t.key(), "mutation($m: ID!) { setCuttingData(input: {materialId: $m, toolMaterial: CARBIDE, operation: "
                + "MILLING, cuttingSpeedMinMPerMin: 60, cuttingSpeedMaxMPerMin: 80, feedPerToothMinMm: 0.04, "
                + "feedPerToothMaxMm: 0.09, source: \"slower\"}) { cuttingData { id } } }",
                Map.of("m", c.materialId()));
        double vcAfter = changed(vc, () -> run(t, c).path("result").path("cuttingSpeed").asDouble());
        assertThat(vcAfter).as("cutting speed after the cutting data went to 60–80 m/min").isLessThanOrEqualTo(80);

        double n = run(t, c).path("result").path("spindleSpeed").asDouble();
        ok(t.key(), "mutation($id: ID!) { updateMachine(input: {id: $id, maxRpm: 2000, "
                + "torqueCurve: [{rpm: 500, torqueNm: 95}, {rpm: 2000, torqueNm: 60}]}) { machine { id } } }",
                Map.of("id", c.machineId()));
        double nAfter = changed(n, () -> run(t, c).path("result").path("spindleSpeed").asDouble());
        assertThat(nAfter).as("spindle speed after the machine's limit went to 2000 rev/min")
                .isLessThanOrEqualTo(2000);

        ok(t.key(), "mutation($id: ID!) { deleteTool(input: {id: $id}) { deletedId } }", Map.of("id", c.toolId()));
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Response r = graphql(t.key(), RUN, Map.of("in", sideMilling(c)));
        while (r.errorCode() == null && System.nanoTime() < end) {
            Thread.sleep(20);
            r = graphql(t.key(), RUN, Map.of("in", sideMilling(c)));
        }
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
        assertThat(r.errors().path(0).path("extensions").path("field").toString()).contains("toolId");
    }

    @Test
    void shouldNeverServeOneTenantsCachedRowsToAnother() {
        TenantKey owner = newTenant("cache owner");
        TenantKey other = newTenant("cache other");
        OwnCatalog c = ownCatalog(owner);
        run(owner, c);
        run(owner, c);
        Response r = graphql(other.key(), RUN, Map.of("in", sideMilling(c)));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
        assertThat(storedCalculations(other)).isZero();
    }

    @Test
    void shouldComputeOnTheChangedRowRightAfterTheChangeOnTheSameReplica() {
        TenantKey t = newTenant("cache write-through tenant");
        OwnCatalog c = ownCatalog(t);
        run(t, c);
        for (int kc = 1800; kc < 1900; kc += 20) {
            ok(t.key(), "mutation($id: ID!, $kc: Float) { updateMaterial(input: {id: $id, kc11: $kc}) "
                    + "{ material { id } } }", Map.of("id", c.materialId(), "kc", kc));
            JsonNode lineage = ok(t.key(), "query($id: ID!) { calculation(id: $id) { lineage { reads { resource "
                    + "version } } } }", Map.of("id", run(t, c).path("meta").path("calculationId").asString()))
                    .path("calculation").path("lineage");
            int version = lineage.path("reads").valueStream()
                    .filter(r -> r.path("resource").asString().equals("MATERIAL")).findFirst().orElseThrow()
                    .path("version").asInt();
            assertThat(version).as("the run right after change %d read the changed row", kc)
                    .isEqualTo(2 + (kc - 1800) / 20);
        }
    }
}
