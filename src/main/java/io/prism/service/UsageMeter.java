package io.prism.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.prism.data.Database;
import io.prism.data.UsageRepository;
import io.prism.data.UsageRepository.Counts;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Meters what each tenant runs, whichever door it came through: one count per operation with its door, whether it
 * was answered with errors, and its computed cost in units. A request only adds to a count in memory (one atomic
 * update of its tenant's hour, operation and door); every {@code prism.usage.flush-interval} a background thread adds
 * the counts to the database, one statement per tenant, and a usage report first adds its own tenant's counts. A
 * write that fails keeps its counts for the next one; a clean shutdown writes what is held.
 */
@Component
public class UsageMeter {

    /** The doors a request comes through. */
    public enum Door { GRAPHQL, REST }

    /** The longest operation name kept; longer names are cut (the column's width). */
    static final int MAX_OPERATION = 100;

    private static final Logger log = LoggerFactory.getLogger(UsageMeter.class);

    private record Key(TenantId tenant, OffsetDateTime hour, String operation, Door door) {
    }

    private record Tally(long requests, long errors, long costUnits) {
        Tally plus(Tally other) {
            return new Tally(requests + other.requests, errors + other.errors, costUnits + other.costUnits);
        }
    }

    private final Database database;
    private final UsageRepository usage;
    private final Map<Door, Counter> requests = new EnumMap<>(Door.class);
    private final Map<Door, Counter> failedRequests = new EnumMap<>(Door.class);
    private final Map<Door, Counter> units = new EnumMap<>(Door.class);
    private final ConcurrentHashMap<Key, Tally> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;

    public UsageMeter(Database database, UsageRepository usage, UsageProperties properties, MeterRegistry registry) {
        this.database = database;
        this.usage = usage;
        for (Door door : Door.values()) {
            requests.put(door, requestCounter(registry, door, "ok"));
            failedRequests.put(door, requestCounter(registry, door, "error"));
            units.put(door, Counter.builder("prism.usage.cost.units").description("Cost units metered, by door")
                    .baseUnit("units").tag("door", door.name()).register(registry));
        }
        this.writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("usage-writer")
                .daemon(true).factory());
        long interval = properties.flushInterval().toMillis();
        writer.scheduleWithFixedDelay(this::flushQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Counts one operation of {@code tenant}: its name ({@code (anonymous)} when it has none), the door, whether the
     * answer carried errors and the cost units it was charged (0 when it was refused before it ran). Memory only.
     */
    public void record(TenantId tenant, String operation, Door door, boolean failed, long costUnits) {
        String name = operation == null || operation.isBlank() ? "(anonymous)"
                : operation.length() > MAX_OPERATION ? operation.substring(0, MAX_OPERATION) : operation;
        OffsetDateTime hour = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        Tally tally = new Tally(1, failed ? 1 : 0, Math.max(0, costUnits));
        pending.merge(new Key(tenant, hour, name, door), tally, Tally::plus);
        (failed ? failedRequests : requests).get(door).increment();
        units.get(door).increment(tally.costUnits());
    }

    private static Counter requestCounter(MeterRegistry registry, Door door, String outcome) {
        return Counter.builder("prism.usage.requests").description("Operations metered, by door and outcome")
                .tag("door", door.name()).tag("outcome", outcome).register(registry);
    }

    /** Adds the counts held for {@code tenant} to the database; returns the number of rows written. */
    public int flush(TenantId tenant) {
        return write(take(k -> k.tenant().equals(tenant)));
    }

    /**
     * Adds every count held to the database, one statement per tenant; returns the number of rows written. Once the
     * database is unavailable the remaining tenants' counts are kept without trying, so a shutdown with the database
     * gone waits for one connection, not one per tenant.
     */
    public int flush() {
        return write(take(k -> true));
    }

    private Map<Key, Tally> take(Predicate<Key> which) {
        Map<Key, Tally> taken = new HashMap<>();
        for (Key key : pending.keySet()) {
            if (which.test(key)) {
                Tally tally = pending.remove(key);
                if (tally != null) {
                    taken.put(key, tally);
                }
            }
        }
        return taken;
    }

    private int write(Map<Key, Tally> taken) {
        Map<TenantId, List<Map.Entry<Key, Tally>>> byTenant = new HashMap<>();
        taken.entrySet().forEach(e -> byTenant.computeIfAbsent(e.getKey().tenant(), t -> new ArrayList<>()).add(e));
        int written = 0;
        RuntimeException failure = null;
        for (var tenant : byTenant.entrySet()) {
            List<Counts> counts = tenant.getValue().stream()
                    .map(e -> new Counts(e.getKey().hour(), e.getKey().operation(), e.getKey().door().name(),
                            e.getValue().requests(), e.getValue().errors(), e.getValue().costUnits()))
                    .toList();
            if (failure instanceof PrismException p && p.code() == ErrorCode.UNAVAILABLE) {
                // the database is unreachable: keep the rest too rather than wait for a connection per tenant
                tenant.getValue().forEach(entry -> pending.merge(entry.getKey(), entry.getValue(), Tally::plus));
                continue;
            }
            try {
                database.inTransaction(tenant.getKey(), false, dsl -> {
                    usage.add(dsl, tenant.getKey(), counts);
                    return null;
                });
                written += counts.size();
            } catch (RuntimeException e) {
                tenant.getValue().forEach(entry -> pending.merge(entry.getKey(), entry.getValue(), Tally::plus));
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return written;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not write the usage counts of {} tenant hour(s); keeping them for the next write: {}",
                    pending.size(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
        flushQuietly();
    }
}
