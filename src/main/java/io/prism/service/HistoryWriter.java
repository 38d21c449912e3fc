package io.prism.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.prism.audit.AuditTrail;
import io.prism.data.CalculationRepository;
import io.prism.data.CalculationRow;
import io.prism.data.Database;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores calculation runs in their tenants' history with group commit. A run hands its row over and waits until
 * the transaction holding it has committed, so its answer never leaves before its history is durable, exactly as
 * with a transaction of its own. One writer thread takes every row waiting at that moment (up to
 * {@link CalculationRepository#MAX_INSERT_ROWS}) and stores each tenant's rows with one multi-row insert in one
 * transaction under that tenant's row level security, with each run's audit event appended to the tenant's audit
 * log in the same transaction. Under load many runs share one transaction, one insert and
 * one WAL flush, which costs PostgreSQL and the service far less than a transaction per run; with one run waiting
 * it is a transaction of its own as before.
 *
 * <p>A run whose request was cancelled (it passed its time limit and was answered) is left out; one cancelled
 * while its insert ran rolls its group back, and the group is stored again without it. A group that fails for a
 * reason other than an unavailable database is stored row by row, so one bad row fails only its own run.
 */
@Component
class HistoryWriter {

    private static final Logger log = LoggerFactory.getLogger(HistoryWriter.class);

    private final Database database;
    private final CalculationRepository calculations;
    private final AuditTrail audit;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final DistributionSummary batchRows;
    private final Thread writer;
    private boolean stopping;

    /** A row waiting to be stored, the cancellation signal of its request, and its completion. */
    private record Pending(TenantId tenant, CalculationRow row, AuditTrail.Entry event, BooleanSupplier cancelled,
                           CompletableFuture<Void> stored) {
    }

    /** Rolls a group back because a run in it was cancelled while its insert ran. */
    private static final class CancelledDuringInsert extends RuntimeException {
        CancelledDuringInsert() {
            super(null, null, false, false);
        }
    }

    HistoryWriter(Database database, CalculationRepository calculations, AuditTrail audit, MeterRegistry registry) {
        this.database = database;
        this.calculations = calculations;
        this.audit = audit;
        this.batchRows = DistributionSummary.builder("prism.history.batch.rows")
                .description("Calculation runs stored by one transaction of the history writer")
                .publishPercentiles(0.5, 0.99).register(registry);
        Gauge.builder("prism.history.waiting", queue, BlockingQueue::size)
                .description("Calculation runs waiting for the history writer").register(registry);
        this.writer = Thread.ofPlatform().name("prism-history-writer").daemon().unstarted(this::writeUntilStopped);
        this.writer.start();
    }

    /**
     * Stores a run of the request's tenant, with its audit event, and returns once both are committed. Fails as the transaction failed
     * (UNAVAILABLE when the database is), or UNAVAILABLE when the request was cancelled, and then nothing of the
     * run is stored.
     */
    void store(RequestContext ctx, CalculationRow row, AuditTrail.Entry event) {
        ctx.closeReads();
        Pending pending = new Pending(ctx.tenant(), row, event, ctx::isCancelled, new CompletableFuture<>());
        boolean queued;
        synchronized (this) {
            queued = !stopping && queue.add(pending);
        }
        if (!queued) {
            write(List.of(pending));
        }
        try {
            pending.stored().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>(CalculationRepository.MAX_INSERT_ROWS);
        while (true) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    synchronized (this) {
                        if (stopping && queue.isEmpty()) {
                            return;
                        }
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, CalculationRepository.MAX_INSERT_ROWS - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("The history writer failed on a batch of {} runs", batch.size(), e);
                batch.forEach(p -> p.stored().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Stores a batch: each tenant's rows in a transaction of their own. */
    private void write(List<Pending> batch) {
        Map<TenantId, List<Pending>> byTenant = new LinkedHashMap<>();
        for (Pending p : batch) {
            byTenant.computeIfAbsent(p.tenant(), t -> new ArrayList<>()).add(p);
        }
        byTenant.forEach(this::writeGroup);
    }

    private void writeGroup(TenantId tenant, List<Pending> group) {
        List<Pending> live = new ArrayList<>(group.size());
        for (Pending p : group) {
            if (p.cancelled().getAsBoolean()) {
                p.stored().completeExceptionally(RequestContext.cancelledError());
            } else {
                live.add(p);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        try {
            database.inTransaction(tenant, false, dsl -> {
                calculations.insert(dsl, tenant, live.stream().map(Pending::row).toList());
                audit.append(dsl, tenant, live.stream().map(Pending::event).toList());
                if (live.stream().anyMatch(p -> p.cancelled().getAsBoolean())) {
                    throw new CancelledDuringInsert();
                }
                return null;
            });
        } catch (CancelledDuringInsert e) {
            writeGroup(tenant, live);
            return;
        } catch (RuntimeException e) {
            if (live.size() > 1 && !(e instanceof PrismException p && p.code() == ErrorCode.UNAVAILABLE)) {
                live.forEach(p -> writeGroup(tenant, List.of(p)));
            } else {
                live.forEach(p -> p.stored().completeExceptionally(e));
            }
            return;
        }
        batchRows.record(live.size());
        live.forEach(p -> p.stored().complete(null));
    }

    /** Stores what is waiting, then stops; a run handed over later is stored by its own request thread. */
    @PreDestroy
    void stop() throws InterruptedException {
        synchronized (this) {
            stopping = true;
        }
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }
}
