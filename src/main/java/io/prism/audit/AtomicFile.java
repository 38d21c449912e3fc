package io.prism.audit;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file replaced all at once: the new content goes to a temporary file in the target's directory, is forced to
 * the disk ({@link FileChannel#force}), then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE},
 * and the directory is forced too where the platform allows. A reader sees the old file or the new one, never a
 * part; a crash before {@link #commit} leaves the old file and at most a temporary file, whose name starts with a
 * dot and ends with {@value #TEMP_SUFFIX}. Not thread-safe.
 */
public final class AtomicFile implements Closeable {

    /** How the name of a temporary file ends. */
    public static final String TEMP_SUFFIX = ".tmp";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Starts the new content of {@code target}; nothing changes there until {@link #commit}. */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        byte[] nonce = new byte[6];
        RANDOM.nextBytes(nonce);
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + HexFormat.of().formatHex(nonce)
                + TEMP_SUFFIX);
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicFile(absolute, temp, channel);
    }

    /** Replaces {@code target} by {@code content} at once. */
    public static void write(Path target, byte[] content) throws IOException {
        try (AtomicFile file = create(target)) {
            file.write(content);
            file.commit();
        }
    }

    /** Appends bytes to the new content. */
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    /** Appends one byte to the new content. */
    public void write(int b) throws IOException {
        out.write(b);
    }

    /** Appends the whole of {@code source} to the new content (to extend a file, start with the file itself). */
    public void copyFrom(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            in.transferTo(out);
        }
    }

    /** Forces the new content to the disk and moves it over the target, then forces the directory. */
    public void commit() throws IOException {
        out.flush();
        channel.force(true);
        out.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
        syncDirectory(target.getParent());
    }

    /** Drops the new content unless it was committed; the target stays as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Forces a directory's entries to the disk, so a move into it survives a crash. Some platforms cannot open a
     * directory as a channel or force one (Windows); there the move is as durable as the platform makes it.
     */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not available on this platform: nothing more can be done
        }
    }
}
