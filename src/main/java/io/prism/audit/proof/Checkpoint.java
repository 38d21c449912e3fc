package io.prism.audit.proof;

import java.util.Base64;

/**
 * The body of a C2SP tlog-checkpoint: the log's origin line, its size in decimal and its RFC 9162 root hash in
 * base64, each on a line of its own. Parsing is strict: no extension lines, no leading zeros, a 32-byte hash.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("a checkpoint's origin is one non-empty line");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("a checkpoint's tree size is not negative");
        }
        if (rootHash == null || rootHash.length != 32) {
            throw new IllegalArgumentException("a checkpoint's root hash has 32 bytes");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The checkpoint text that is signed. */
    public String body() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /** Reads a checkpoint body as {@link #body} writes it. */
    public static Checkpoint parse(String body) {
        if (body == null || !body.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint ends with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length != 3) {
            throw new IllegalArgumentException("a checkpoint has three lines, not " + lines.length);
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("a checkpoint's size is a decimal number without leading zeros");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a checkpoint's root hash is not base64");
        }
        if (!Base64.getEncoder().encodeToString(root).equals(lines[2])) {
            throw new IllegalArgumentException("a checkpoint's root hash is not canonical base64");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
    }
}
