package io.prism.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a segment line by line as bytes, each without its {@code \n}. A file whose end is not a newline ends
 * inside a line: it was cut short, which {@link IncompleteLine} reports.
 */
final class SegmentLines implements Closeable {

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private long number;

    /** The last line of a segment does not end with a newline. */
    static final class IncompleteLine extends IOException {

        private final long lineNumber;

        IncompleteLine(long lineNumber) {
            super("line " + lineNumber + " has no newline at its end (the file was cut short)");
            this.lineNumber = lineNumber;
        }

        long lineNumber() {
            return lineNumber;
        }
    }

    SegmentLines(Path file) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    /** The next line, or null after the last. */
    byte[] next() throws IOException {
        line.reset();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                number++;
                return line.toByteArray();
            }
            line.write(b);
        }
        if (line.size() > 0) {
            throw new IncompleteLine(number + 1);
        }
        return null;
    }

    /** The number of the line {@link #next} returned last, from 1. */
    long number() {
        return number;
    }

    /** The last line of a segment, or null when it has none. */
    static byte[] last(Path file) throws IOException {
        try (SegmentLines lines = new SegmentLines(file)) {
            byte[] last = null;
            for (byte[] l = lines.next(); l != null; l = lines.next()) {
                last = l;
            }
            return last;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
