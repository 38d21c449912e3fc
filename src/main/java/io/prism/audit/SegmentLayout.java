package io.prism.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where sealed segments live (docs/audit-segments.md): under the segments directory, one directory per tenant,
 * named by its id; in it one JSON Lines file per UTC hour, {@code yyyy-MM-dd'T'HH.jsonl}, whose lines are the
 * canonical forms of the events in log order, and the tenant's checkpoints as signed notes,
 * {@code checkpoint-<treeSize>.note}. An event is written to the file of its hour, or to the newest file when
 * that is of a later hour (clocks of replicas may differ a little), so the files in name order hold the log in
 * order. Both the exporter and the offline verifier read the layout here.
 */
final class SegmentLayout {

    static final String SEGMENT_SUFFIX = ".jsonl";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH");
    private static final Pattern SEGMENT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2})\\.jsonl");
    private static final Pattern NOTE = Pattern.compile("checkpoint-(0|[1-9]\\d{0,17})\\.note");

    /** A checkpoint note in a tenant directory, with the tree size its name gives. */
    record Note(long treeSize, Path path) {
    }

    private SegmentLayout() {
    }

    /** The UTC hour of a time, as segment names write it. */
    static String hour(OffsetDateTime at) {
        return HOUR.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The segment of an hour in a tenant directory. */
    static Path segment(Path tenantDir, String hour) {
        return tenantDir.resolve(hour + SEGMENT_SUFFIX);
    }

    /** The hour a segment's name gives. */
    static String hourOf(Path segment) {
        String name = segment.getFileName().toString();
        return name.substring(0, name.length() - SEGMENT_SUFFIX.length());
    }

    /** The note of a checkpoint of {@code treeSize} events in a tenant directory. */
    static Path note(Path tenantDir, long treeSize) {
        return tenantDir.resolve("checkpoint-" + treeSize + ".note");
    }

    /** The segments of a tenant directory, oldest hour first. */
    static List<Path> segments(Path tenantDir) throws IOException {
        try (Stream<Path> files = Files.list(tenantDir)) {
            return files.filter(p -> SEGMENT.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    /** The checkpoint notes of a tenant directory, smallest tree first. */
    static List<Note> notes(Path tenantDir) throws IOException {
        try (Stream<Path> files = Files.list(tenantDir)) {
            return files.map(SegmentLayout::asNote).filter(n -> n != null)
                    .sorted(Comparator.comparingLong(Note::treeSize)).toList();
        }
    }

    private static Note asNote(Path file) {
        Matcher m = NOTE.matcher(file.getFileName().toString());
        return m.matches() ? new Note(Long.parseLong(m.group(1)), file) : null;
    }
}
