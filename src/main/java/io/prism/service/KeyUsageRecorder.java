package io.prism.service;

import io.prism.data.ApiKeyRepository;
import io.prism.data.ApiKeyRepository.KeyUse;
import io.prism.data.Database;
import io.prism.tenancy.KeyProperties;
import io.prism.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records when each API key was last used without a write on the request path. A request only notes its key's
 * time in memory (the latest per key wins); every {@code prism.keys.last-used-interval} a background thread writes
 * all noted keys in one statement. So each replica writes a key at most once per interval however busy it is, and
 * {@code lastUsedAt} trails the latest request by at most that interval. A replica that dies without shutting down
 * loses at most its last interval; a clean shutdown writes what is noted.
 */
@Component
public class KeyUsageRecorder {

    private static final Logger log = LoggerFactory.getLogger(KeyUsageRecorder.class);

    private final Database database;
    private final ApiKeyRepository keys;
    private final ConcurrentHashMap<UUID, KeyUse> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;

    public KeyUsageRecorder(Database database, ApiKeyRepository keys, KeyProperties properties) {
        this.database = database;
        this.keys = keys;
        this.writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("key-usage-writer")
                .daemon(true).factory());
        long interval = properties.lastUsedInterval().toMillis();
        writer.scheduleWithFixedDelay(this::writeQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Notes that the key authenticated a request now; memory only. */
    public void used(TenantId tenant, UUID keyId) {
        pending.put(keyId, new KeyUse(tenant, keyId, OffsetDateTime.now()));
    }

    /**
     * Writes every noted use in one statement and returns the number of keys whose time moved forward. Uses noted
     * meanwhile wait for the next write; if the database cannot be reached, the batch is kept for the next one.
     */
    public int write() {
        if (pending.isEmpty()) {
            return 0;
        }
        List<KeyUse> batch = new ArrayList<>(pending.size());
        for (UUID keyId : pending.keySet()) {
            KeyUse use = pending.remove(keyId);
            if (use != null) {
                batch.add(use);
            }
        }
        try {
            return database.inTransaction(TenantId.GLOBAL, false, dsl -> keys.touch(dsl, batch));
        } catch (RuntimeException e) {
            batch.forEach(use -> pending.putIfAbsent(use.keyId(), use));
            throw e;
        }
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            log.warn("Could not record when {} API key(s) were last used: {}", pending.size(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
        writeQuietly();
    }
}
