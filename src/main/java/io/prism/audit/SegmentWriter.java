package io.prism.audit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Appends a tenant's events to its segments (see {@link SegmentLayout}), after the last event already there: each
 * segment it touches is written whole to a new file that replaces the old one at once ({@link AtomicFile}), the
 * newest segment with its old lines first when more events of its hour come. What was exported is read from the
 * files themselves (the last line of the newest segment), so no other record of progress is kept.
 */
final class SegmentWriter implements Closeable {

    private final Path dir;
    private final long first;
    private String newestHour;
    private long next;
    private AtomicFile open;
    private String openHour;

    private SegmentWriter(Path dir, long first, String newestHour) {
        this.dir = dir;
        this.first = first;
        this.next = first;
        this.newestHour = newestHour;
    }

    /** A writer for the tenant directory, which it creates when needed. */
    static SegmentWriter open(Path tenantDir) throws IOException {
        Files.createDirectories(tenantDir);
        List<Path> segments = SegmentLayout.segments(tenantDir);
        if (segments.isEmpty()) {
            return new SegmentWriter(tenantDir, 0, null);
        }
        Path newest = segments.getLast();
        byte[] last = SegmentLines.last(newest);
        if (last == null) {
            throw new IOException(newest + " has no events");
        }
        long seq;
        try {
            seq = AuditEventParser.parse(last).seq();
        } catch (IllegalArgumentException e) {
            throw new IOException("the last line of " + newest + " is not an event: " + e.getMessage());
        }
        return new SegmentWriter(tenantDir, seq + 1, SegmentLayout.hourOf(newest));
    }

    /** The first event that is not in the segments yet: the next {@link #add} must give it. */
    long next() {
        return next;
    }

    /** The number of events added. */
    long added() {
        return next - first;
    }

    /** Adds the next event of the log to the segment of its hour. */
    void add(AuditEvent event) throws IOException {
        if (event.seq() != next) {
            throw new IllegalStateException("event " + event.seq() + " given where event " + next + " is next");
        }
        String hour = hourOf(event);
        if (!hour.equals(openHour)) {
            finish();
            begin(hour);
        }
        open.write(event.canonical());
        open.write('\n');
        next++;
    }

    /** The event's own hour, or the newest segment's when that is later: the files stay in log order. */
    private String hourOf(AuditEvent event) {
        String own = SegmentLayout.hour(event.occurredAt());
        return newestHour != null && own.compareTo(newestHour) < 0 ? newestHour : own;
    }

    private void begin(String hour) throws IOException {
        Path target = SegmentLayout.segment(dir, hour);
        open = AtomicFile.create(target);
        if (Files.exists(target)) {
            open.copyFrom(target);
        }
        openHour = hour;
        newestHour = hour;
    }

    /** Puts the segment being written in place of the old one. */
    void finish() throws IOException {
        if (open != null) {
            open.commit();
            open = null;
            openHour = null;
        }
    }

    /** Drops a segment that was not finished; the file on disk stays as it was. */
    @Override
    public void close() throws IOException {
        if (open != null) {
            open.close();
        }
    }
}
