package io.prism.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.prism.audit.AuditEvent;
import io.prism.audit.AuditTrail;
import io.prism.data.CalculationRepository;
import io.prism.data.CalculationRow;
import io.prism.data.Database;
import io.prism.support.CalculationTest;
import io.prism.support.TestDatabase;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Group commit of the calculation history against PostgreSQL. The history table is locked (SHARE mode, as a slow
 * disk or a long transaction would hold the writer) while runs queue up behind a first one, so what the writer
 * takes next is known: every waiting run, one transaction per tenant.
 */
class HistoryWriterTest extends CalculationTest {

    private static final String CALCULATION_ID = "query($id: ID!) { calculation(id: $id) { id kind } }";

    @Autowired
    private MeterRegistry registry;
    @Autowired
    private Database database;
    @Autowired
    private CalculationRepository calculations;
    @Autowired
    private AuditTrail audit;

    /** The registry of the writers a test makes for itself (the service's writer reports to {@link #registry}). */
    private final SimpleMeterRegistry own = new SimpleMeterRegistry();
    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(24);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldStoreWaitingRunsOfTwoTenantsInOneTransactionEachAndAnswerOnlyOnceCommitted() throws Exception {
        TenantKey a = newTenant("group commit a");
        TenantKey b = newTenant("group commit b");
        Map<String, Object> runA = Map.of("in", sideMilling(ownCatalog(a)));
        Map<String, Object> runB = Map.of("in", sideMilling(ownCatalog(b)));
        DistributionSummary batches = registry.get("prism.history.batch.rows").summary();
        long transactionsBefore = batches.count();
        double rowsBefore = batches.totalAmount();
        long storedA = storedCalculations(a);
        long storedB = storedCalculations(b);

        List<Future<Response>> answersA = new ArrayList<>();
        List<Future<Response>> answersB = new ArrayList<>();
        try (Connection lock = lockedHistory()) {
            answersA.add(pool.submit(() -> graphql(a.key(), SPEED_FEED, runA)));
            awaitValue(() -> lockWaits(), 1, "the first run's insert waits for the lock");
            for (int i = 0; i < 10; i++) {
                answersA.add(pool.submit(() -> graphql(a.key(), SPEED_FEED, runA)));
                answersB.add(pool.submit(() -> graphql(b.key(), SPEED_FEED, runB)));
            }
            awaitValue(() -> registry.get("prism.history.waiting").gauge().value(), 20, "20 runs wait");
            for (Future<Response> f : answersA) {
                assertThat(f.isDone()).as("no answer leaves before its history is committed").isFalse();
            }
            lock.rollback();
        }
        List<String> idsA = calculationIds(answersA);
        List<String> idsB = calculationIds(answersB);

        assertThat(batches.count() - transactionsBefore).as("transactions: the first run, then one per tenant")
                .isEqualTo(3);
        assertThat(batches.totalAmount() - rowsBefore).isEqualTo(21);
        assertThat(batches.max()).isGreaterThanOrEqualTo(10);
        assertThat(storedCalculations(a)).isEqualTo(storedA + 11);
        assertThat(storedCalculations(b)).isEqualTo(storedB + 10);
        assertThat(sqlCount("SELECT count(*) FROM calculation WHERE tenant_id = '" + a.tenantId()
                + "' AND envelope -> 'meta' ->> 'calculationId' = calculation_id::text")).isEqualTo(storedA + 11);
        for (String id : idsA) {
            assertThat(ok(a.key(), CALCULATION_ID, Map.of("id", id)).path("calculation").path("id").asString())
                    .isEqualTo(id);
            assertThat(graphql(b.key(), CALCULATION_ID, Map.of("id", id)).errorCode()).isEqualTo("NOT_FOUND");
        }
        for (String id : idsB) {
            assertThat(graphql(a.key(), CALCULATION_ID, Map.of("id", id)).errorCode()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void shouldFailOnlyTheBadRunOfAGroupAndStoreTheOthers() throws Exception {
        TenantKey t = newTenant("group commit failure");
        RequestContext ctx = context(t);
        HistoryWriter writer = new HistoryWriter(database, calculations, audit, own);
        try (Connection lock = lockedHistory()) {
            CalculationRow first = row(t, "SPEED_FEED");
            CalculationRow good = row(t, "OPTIMIZE");
            CalculationRow bad = row(t, "NO_SUCH_KIND");
            CalculationRow alsoGood = row(t, "JOB_PLAN");
            Future<?> f0 = storeBehindLock(writer, ctx, first);
            List<Future<?>> group = new ArrayList<>();
            for (CalculationRow r : List.of(good, bad, alsoGood)) {
                group.add(pool.submit(() -> writer.store(ctx, r, event(ctx))));
            }
            awaitValue(() -> own.get("prism.history.waiting").gauge().value(), 3, "three runs wait as one group");
            lock.rollback();
            f0.get(20, TimeUnit.SECONDS);
            group.get(0).get(20, TimeUnit.SECONDS);
            group.get(2).get(20, TimeUnit.SECONDS);
            assertThatThrownBy(() -> group.get(1).get(20, TimeUnit.SECONDS))
                    .hasStackTraceContaining("calculation_kind_ck");
            for (CalculationRow r : List.of(first, good, alsoGood)) {
                assertThat(stored(r)).as(r.kind()).isEqualTo(1);
            }
            assertThat(stored(bad)).isZero();
            DistributionSummary batches = own.get("prism.history.batch.rows").summary();
            assertThat(batches.count()).as("the first run, then the two good ones each alone").isEqualTo(3);
        } finally {
            writer.stop();
        }
    }

    @Test
    void shouldStoreWhatIsWaitingWhenStoppedAndStoreLaterRunsOnTheCallersThread() throws Exception {
        TenantKey t = newTenant("group commit stop");
        RequestContext ctx = context(t);
        HistoryWriter writer = new HistoryWriter(database, calculations, audit, own);
        List<CalculationRow> rows = List.of(row(t, "SPEED_FEED"), row(t, "SPEED_FEED"), row(t, "SPEED_FEED"));
        Future<?> stop;
        try (Connection lock = lockedHistory()) {
            List<Future<?>> stores = new ArrayList<>();
            stores.add(storeBehindLock(writer, ctx, rows.get(0)));
            for (CalculationRow r : rows.subList(1, rows.size())) {
                stores.add(pool.submit(() -> writer.store(ctx, r, event(ctx))));
            }
            awaitValue(() -> own.get("prism.history.waiting").gauge().value(), 2, "two runs wait for the writer");
            stop = pool.submit(() -> {
                writer.stop();
                return null;
            });
            Thread.sleep(200);
            assertThat(stop.isDone()).as("stopping waits for the runs handed over").isFalse();
            lock.rollback();
            for (Future<?> f : stores) {
                f.get(20, TimeUnit.SECONDS);
            }
        }
        stop.get(20, TimeUnit.SECONDS);
        for (CalculationRow r : rows) {
            assertThat(stored(r)).isEqualTo(1);
        }
        CalculationRow late = row(t, "SPEED_FEED");
        writer.store(ctx, late, event(ctx));
        assertThat(stored(late)).isEqualTo(1);
    }

    /** An owner's connection holding the history table in SHARE mode (inserts wait) until it rolls back. */
    private static Connection lockedHistory() throws SQLException {
        Connection lock = TestDatabase.get().ownerConnection();
        lock.setAutoCommit(false);
        try (Statement st = lock.createStatement()) {
            st.execute("LOCK TABLE calculation IN SHARE MODE");
        }
        return lock;
    }

    /** Hands a row to the writer and returns once its insert waits for the lock: the writer is then busy. */
    private Future<?> storeBehindLock(HistoryWriter writer, RequestContext ctx, CalculationRow row)
            throws InterruptedException {
        Future<?> stored = pool.submit(() -> writer.store(ctx, row, event(ctx)));
        awaitValue(() -> lockWaits(), 1, "the first insert waits for the lock");
        return stored;
    }

    private RequestContext context(TenantKey t) {
        TenantId tenant = new TenantId(UUID.fromString(t.tenantId()));
        return new RequestContext(new Principal(tenant, "history writer test", "PRO", null, "test", Set.of(Scope.CALC),
                false, false), "history-writer-test", database, audit);
    }

    private static AuditTrail.Entry event(RequestContext ctx) {
        return ctx.entry("calculation.TEST", "Calculation", null, AuditEvent.Outcome.SUCCESS, null, null, null, null);
    }

    private static CalculationRow row(TenantKey t, String kind) {
        TenantId tenant = new TenantId(UUID.fromString(t.tenantId()));
        return new CalculationRow(UUID.randomUUID(), tenant, kind, null, null, null, List.of("milling-table-feed"),
                "test", "{\"kind\": \"" + kind + "\"}", "{}",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), null);
    }

    private long stored(CalculationRow r) {
        return sqlCount("SELECT count(*) FROM calculation WHERE calculation_id = '" + r.id() + "'");
    }

    private long lockWaits() {
        return sqlCount("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'");
    }

    private List<String> calculationIds(List<Future<Response>> answers) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Future<Response> f : answers) {
            Response r = f.get(30, TimeUnit.SECONDS);
            assertThat(r.errorCode()).as(r.raw()).isNull();
            ids.add(r.data().path("speedFeed").path("meta").path("calculationId").asString());
        }
        assertThat(ids).doesNotHaveDuplicates();
        return ids;
    }

    private static void awaitValue(DoubleSupplier value, double expected, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (value.getAsDouble() < expected) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(value.getAsDouble()).as(what).isEqualTo(expected);
    }
}
