package io.prism.audit;

import io.prism.audit.proof.NoteVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The command {@code java -jar prism.jar audit verify --segments DIR --public-key FILE}: verifies the sealed
 * segments under DIR (docs/audit-segments.md) with the verifier key in FILE ({@code name+keyid+base64key}, what
 * {@code auditPublicKey} answers), with no database and no Spring context. Prints one line per tenant directory,
 * OK with its counts or BROKEN with the first broken event, file or note and why, then a summary. The exit code
 * is {@value #VALID} when every log verifies, {@value #TAMPERED} when one does not, and {@value #ERROR} for a
 * usage error or a file that cannot be read.
 */
public final class OfflineVerifier {

    /** Every log verifies. */
    public static final int VALID = 0;
    /** At least one log does not verify. */
    public static final int TAMPERED = 1;
    /** Wrong arguments, or a file that cannot be read. */
    public static final int ERROR = 2;

    static final String USAGE = "usage: java -jar prism.jar audit verify --segments DIR --public-key FILE";

    private OfflineVerifier() {
    }

    /** The options of {@code audit verify}. */
    record Options(Path segments, Path publicKey) {

        static Options parse(String[] args) {
            if (args.length != 5 || !args[0].equals("verify")) {
                throw new IllegalArgumentException("expected: verify --segments DIR --public-key FILE");
            }
            Path segments = null;
            Path publicKey = null;
            for (int i = 1; i < args.length; i += 2) {
                switch (args[i]) {
                    case "--segments" -> segments = Path.of(args[i + 1]);
                    case "--public-key" -> publicKey = Path.of(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (segments == null || publicKey == null) {
                throw new IllegalArgumentException("both --segments and --public-key are needed");
            }
            return new Options(segments, publicKey);
        }
    }

    /** Runs {@code audit} with the arguments that follow it, printing to {@code out}; returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        Options options;
        NoteVerifier key;
        List<Path> tenants;
        try {
            options = Options.parse(args);
            key = NoteVerifier.fromVerifierKey(Files.readString(options.publicKey(), StandardCharsets.UTF_8).trim());
            tenants = tenantDirectories(options.segments());
        } catch (IllegalArgumentException | IOException e) {
            out.println("audit verify: " + (e instanceof IOException ? "cannot read " : "") + e.getMessage());
            out.println(USAGE);
            return ERROR;
        }
        if (tenants.isEmpty()) {
            out.println("audit verify: no tenant directory in " + options.segments());
            return ERROR;
        }
        return verifyAll(tenants, key, out);
    }

    private static int verifyAll(List<Path> tenants, NoteVerifier key, PrintStream out) {
        int broken = 0;
        int unreadable = 0;
        for (Path dir : tenants) {
            try {
                SegmentVerifier.Outcome outcome = SegmentVerifier.verify(dir, key);
                out.println(outcome.line());
                broken += outcome.valid() ? 0 : 1;
            } catch (IOException | RuntimeException e) {
                out.println(dir.getFileName() + " ERROR: cannot read its segments: " + e);
                unreadable++;
            }
        }
        out.println(tenants.size() + " tenant log(s): " + (tenants.size() - broken - unreadable) + " valid, "
                + broken + " broken, " + unreadable + " unreadable");
        return broken > 0 ? TAMPERED : unreadable > 0 ? ERROR : VALID;
    }

    /** The directories under {@code root} named by a tenant id, in name order. */
    private static List<Path> tenantDirectories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("--segments " + root + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).filter(p -> isTenantId(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static boolean isTenantId(String name) {
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
