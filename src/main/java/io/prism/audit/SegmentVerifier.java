package io.prism.audit;

import io.prism.audit.proof.Checkpoint;
import io.prism.audit.proof.MerkleTree;
import io.prism.audit.proof.NoteVerifier;
import io.prism.data.AuditRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Verifies one tenant directory of segments with no database: reads the segments in order, parses each line back
 * into an event and gives it to a {@link LogVerifier} with the hashes of the line's own bytes, so a line that is
 * not exactly the canonical form of the event it holds fails as a changed event; then checks the newest checkpoint
 * note against the verifier key and the root of the events read. The newest note must cover every event read.
 */
final class SegmentVerifier {

    /** The verdict on one tenant directory: valid or not, and the line to print. */
    record Outcome(boolean valid, String line) {
    }

    private final Path dir;
    private final String tenant;
    private final NoteVerifier key;
    private LogVerifier log;
    private int segments;

    private SegmentVerifier(Path dir, NoteVerifier key) {
        this.dir = dir;
        this.tenant = dir.getFileName().toString();
        this.key = key;
    }

    /** Verifies the tenant directory {@code dir} (named by the tenant's id). */
    static Outcome verify(Path dir, NoteVerifier key) throws IOException {
        return new SegmentVerifier(dir, key).run();
    }

    private Outcome run() throws IOException {
        List<SegmentLayout.Note> notes = SegmentLayout.notes(dir);
        if (notes.isEmpty()) {
            return broken("no checkpoint note (checkpoint-<size>.note) seals its segments");
        }
        SegmentLayout.Note newest = notes.getLast();
        String note = new String(Files.readAllBytes(newest.path()), StandardCharsets.UTF_8);
        String origin = origin(note);
        if (origin == null || !origin.endsWith("/" + tenant)) {
            return broken(name(newest.path()) + ": not a checkpoint of this tenant's log");
        }
        log = new LogVerifier(origin, key, 0, AuditEvent.NO_PREVIOUS);
        for (Path segment : SegmentLayout.segments(dir)) {
            Outcome failure = read(segment);
            if (failure != null) {
                return failure;
            }
        }
        return sealed(newest, note);
    }

    /** The origin line of a note's checkpoint, before its signature is checked; null when it has none. */
    private static String origin(String note) {
        int end = note.lastIndexOf("\n\n");
        try {
            return end < 0 ? null : Checkpoint.parse(note.substring(0, end + 1)).origin();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Outcome read(Path segment) throws IOException {
        segments++;
        try (SegmentLines lines = new SegmentLines(segment)) {
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                String problem = accept(segment, line);
                if (problem != null) {
                    return broken(name(segment) + " line " + lines.number() + ": " + problem);
                }
            }
            return null;
        } catch (SegmentLines.IncompleteLine e) {
            return broken(name(segment) + " " + e.getMessage() + ", after event " + (events() - 1));
        }
    }

    /** Gives the line's event to the log verifier; returns why it fails, or null. */
    private String accept(Path segment, byte[] line) {
        AuditEvent event;
        try {
            event = AuditEventParser.parse(line);
        } catch (IllegalArgumentException e) {
            return "not an audit event: " + e.getMessage();
        }
        if (!event.tenant().toString().equals(tenant)) {
            return "event " + event.seq() + " belongs to the log of tenant " + event.tenant();
        }
        if (SegmentLayout.hour(event.occurredAt()).compareTo(SegmentLayout.hourOf(segment)) > 0) {
            return "event " + event.seq() + " happened after the hour of its segment";
        }
        log.accept(new AuditRepository.Stored(event, Digests.sha256(line), MerkleTree.leafHash(line)));
        return log.failed() ? log.result(events()).failure().reason() : null;
    }

    private Outcome sealed(SegmentLayout.Note newest, String note) {
        log.checkpoint(newest.treeSize(), note, false);
        LogVerifier.Result result = log.result(events());
        if (!result.valid()) {
            return broken(name(newest.path()) + ": " + result.failure().reason());
        }
        if (events() > newest.treeSize()) {
            return broken("events " + newest.treeSize() + " to " + (events() - 1) + " are after the newest "
                    + "checkpoint (" + name(newest.path()) + "): nothing seals them");
        }
        return new Outcome(true, tenant + " OK: " + events() + " events in " + segments + " segment"
                + (segments == 1 ? "" : "s") + ", sealed by " + name(newest.path()));
    }

    private long events() {
        return log.result(0).eventsChecked();
    }

    private Outcome broken(String why) {
        return new Outcome(false, tenant + " BROKEN: " + why);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
