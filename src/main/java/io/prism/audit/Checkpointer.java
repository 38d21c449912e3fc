package io.prism.audit;

import io.prism.audit.proof.Checkpoint;
import io.prism.audit.proof.LeafHashes;
import io.prism.audit.proof.MerkleTree;
import io.prism.audit.proof.NoteSigner;
import io.prism.data.AuditRepository;
import io.prism.data.Database;
import io.prism.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals every tenant's audit log with a signed checkpoint: the RFC 9162 Merkle tree hash of all its events, as a
 * C2SP checkpoint signed with the configured Ed25519 key, every {@code prism.audit.checkpoint-interval} and as soon
 * as {@code prism.audit.checkpoint-every} events were appended. Replicas may seal the same log at once: the same
 * events give the same root and Ed25519 gives the same signature, and a checkpoint of a size already stored is
 * kept once. After each round the logs it sealed are written to their segments outside the database, when
 * {@code prism.audit.segments-dir} is set ({@link SegmentExporter}).
 */
@Component
public class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final AuditRepository events;
    private final Database database;
    private final AuditProperties properties;
    private final NoteSigner signer;
    private final SegmentExporter segments;
    private final AtomicLong appended = new AtomicLong();
    private final ScheduledExecutorService sealer;

    public Checkpointer(AuditRepository events, Database database, AuditProperties properties,
                        SegmentExporter segments) {
        this.events = events;
        this.database = database;
        this.properties = properties;
        this.segments = segments;
        this.signer = signer(properties.signingKey());
        this.sealer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-checkpointer")
                .daemon(true).factory());
        long interval = properties.checkpointInterval().toMillis();
        sealer.scheduleWithFixedDelay(this::sealQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private static NoteSigner signer(String configured) {
        if (!configured.isBlank()) {
            return NoteSigner.fromPrivateKeyString(configured.trim());
        }
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        NoteSigner made = new NoteSigner("prism-audit-unconfigured", seed);
        log.warn("prism.audit.signing-key is not set: audit checkpoints are signed with a key made at start-up "
                + "(verifier key {}), which no later run holds; set a key of your own (docs/audit.md)",
                made.verifierKey());
        return made;
    }

    /** The verifier key of this service's checkpoint signatures. */
    public String verifierKey() {
        return signer.verifierKey();
    }

    /** The origin line of a tenant's checkpoints. */
    public String origin(TenantId tenant) {
        return properties.origin() + "/" + tenant.value();
    }

    /** Counts appended events; a log that reached {@code checkpoint-every} new events is sealed at once. */
    void appended(int count) {
        if (appended.addAndGet(count) >= properties.checkpointEvery()) {
            appended.set(0);
            sealer.execute(this::sealQuietly);
        }
    }

    /**
     * Seals every log with events after its newest checkpoint, then writes the sealed logs to their segments
     * (those sealed before a failure too); returns the number of checkpoints made.
     */
    public int sealAll() {
        List<AuditRepository.Unsealed> open = database.withoutTenant(events::unsealed);
        List<TenantId> sealed = new ArrayList<>(open.size());
        try {
            for (AuditRepository.Unsealed log : open) {
                seal(log.tenant(), log.size());
                sealed.add(log.tenant());
            }
        } finally {
            segments.afterSeal(sealed);
        }
        return open.size();
    }

    /** Signs a checkpoint of the tenant's first {@code size} events and stores it. */
    public AuditRepository.CheckpointRow seal(TenantId tenant, long size) {
        return database.inTransaction(tenant, false, dsl -> {
            List<byte[]> leaves = events.leafHashes(dsl, tenant, 0, size);
            if (leaves.size() != size) {
                throw new IllegalStateException("the audit log of tenant " + tenant + " holds " + leaves.size()
                        + " events where its head says " + size);
            }
            byte[] root = MerkleTree.rootHash(LeafHashes.of(leaves), size);
            String note = signer.sign(new Checkpoint(origin(tenant), size, root).body());
            AuditRepository.CheckpointRow row = new AuditRepository.CheckpointRow(tenant, size, root, note,
                    signer.name(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            events.insertCheckpoint(dsl, row);
            return row;
        });
    }

    private void sealQuietly() {
        try {
            sealAll();
        } catch (RuntimeException e) {
            log.warn("Could not seal the audit logs; trying again in {}: {}", properties.checkpointInterval(),
                    e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sealer.shutdown();
        sealer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
