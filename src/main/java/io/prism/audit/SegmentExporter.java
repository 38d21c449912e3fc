package io.prism.audit;

import io.prism.data.AuditQuery;
import io.prism.data.AuditRepository;
import io.prism.data.Database;
import io.prism.tenancy.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes each sealed tenant log to {@code prism.audit.segments-dir} outside the database (docs/audit-segments.md):
 * after a seal, the events up to the tenant's newest checkpoint that its segments do not hold yet, then that
 * checkpoint as a signed note beside them. A log whose segments could not be written is logged as a warning and
 * written at the next seal; the audit trail itself never waits for the files or fails because of them. One
 * process writes a directory: give each replica a directory of its own, or set the directory on one replica.
 */
@Component
public class SegmentExporter {

    private static final Logger log = LoggerFactory.getLogger(SegmentExporter.class);

    private final AuditRepository events;
    private final Database database;
    private final Path root;
    private final Set<TenantId> failed = ConcurrentHashMap.newKeySet();

    public SegmentExporter(AuditRepository events, Database database, AuditProperties properties) {
        this.events = events;
        this.database = database;
        this.root = properties.segmentsDir().isBlank() ? null : Path.of(properties.segmentsDir().trim());
    }

    /** Writes the segments of the logs just sealed and of those whose segments failed before; never throws. */
    public synchronized void afterSeal(Collection<TenantId> sealed) {
        if (root == null) {
            return;
        }
        Set<TenantId> due = new LinkedHashSet<>(sealed);
        due.addAll(failed);
        for (TenantId tenant : due) {
            exportQuietly(tenant);
        }
    }

    private void exportQuietly(TenantId tenant) {
        try {
            export(tenant);
            failed.remove(tenant);
        } catch (IOException | RuntimeException e) {
            failed.add(tenant);
            log.warn("Could not write the audit segments of tenant {} to {}; trying again at the next seal: {}",
                    tenant, root, e.toString());
        }
    }

    /** Writes the tenant's events up to its newest checkpoint that are not in its segments, then the note. */
    long export(TenantId tenant) throws IOException {
        Path dir = root.resolve(tenant.toString());
        try (SegmentWriter writer = SegmentWriter.open(dir)) {
            Optional<AuditRepository.CheckpointRow> newest = database.inTransaction(tenant, true,
                    dsl -> copy(dsl, tenant, writer));
            writer.finish();
            if (newest.isPresent()) {
                writeNote(dir, newest.get());
            }
            return writer.added();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Optional<AuditRepository.CheckpointRow> copy(DSLContext dsl, TenantId tenant, SegmentWriter writer) {
        Optional<AuditRepository.CheckpointRow> newest = events.latestCheckpoint(dsl, tenant);
        long size = newest.map(AuditRepository.CheckpointRow::treeSize).orElse(0L);
        if (writer.next() > size) {
            throw new IllegalStateException("the segments hold events up to " + (writer.next() - 1)
                    + ", beyond the newest checkpoint (" + size + " events)");
        }
        if (writer.next() < size) {
            events.stream(dsl, tenant, AuditQuery.ALL, writer.next(), s -> add(writer, s.event(), size));
        }
        return newest;
    }

    private static void add(SegmentWriter writer, AuditEvent event, long sealedSize) {
        if (event.seq() >= sealedSize) {
            return;
        }
        try {
            writer.add(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNote(Path dir, AuditRepository.CheckpointRow checkpoint) throws IOException {
        Path note = SegmentLayout.note(dir, checkpoint.treeSize());
        if (!Files.exists(note)) {
            AtomicFile.write(note, checkpoint.signedNote().getBytes(StandardCharsets.UTF_8));
        }
    }
}
