package io.prism.audit.proof;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A transparency-log checkpoint, the note text of C2SP tlog-checkpoint ("Note text"): the log's origin, the tree
 * size and the RFC 9162 root hash of the tree of that size, one per line. The body is what a {@link NoteSigner}
 * signs.
 *
 * <p>The specification allows optional extension lines after the root hash; this log writes none, and
 * {@link #parse(String)} rejects them along with anything else that is not exactly the three lines.
 *
 * @param origin the log's identity, non-empty, with no control characters (so no newline)
 * @param treeSize the number of leaves, at least 0
 * @param rootHash the 32-byte root hash of the tree of {@code treeSize} leaves; copied in and out
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {

    private static final Pattern TREE_SIZE = Pattern.compile("0|[1-9][0-9]*");

    /**
     * Checks and copies the fields.
     *
     * @throws IllegalArgumentException if the origin is empty or has a control character, the size is negative or
     *     the root hash is not 32 bytes
     */
    public Checkpoint {
        requireOrigin(origin);
        if (treeSize < 0) {
            throw new IllegalArgumentException("the tree size must be at least 0, not " + treeSize);
        }
        rootHash = MerkleTree.requireHash(rootHash, "the root hash").clone();
    }

    /**
     * Reads a checkpoint body strictly: exactly three lines, each ended by a newline; the size in decimal without
     * sign or leading zeros ({@code 0} for the empty tree); the root hash in canonical base64 of 32 bytes.
     *
     * @param body the note text
     * @return the checkpoint
     * @throws IllegalArgumentException naming the first rule the body breaks
     */
    public static Checkpoint parse(String body) {
        if (body == null || !body.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint body must end with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length != 3) {
            throw new IllegalArgumentException("a checkpoint body has exactly 3 lines (origin, tree size, root "
                    + "hash), not " + lines.length);
        }
        requireOrigin(lines[0]);
        return new Checkpoint(lines[0], parseTreeSize(lines[1]), parseRootHash(lines[2]));
    }

    /** The note text: {@code origin + "\n" + treeSize + "\n" + base64(rootHash) + "\n"}. */
    public String body() {
        return origin + "\n" + treeSize + "\n" + NoteText.base64(rootHash) + "\n";
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** Checkpoints are equal when their bodies are: the body is a one-to-one encoding of the three fields. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && body().equals(that.body());
    }

    @Override
    public int hashCode() {
        return body().hashCode();
    }

    @Override
    public String toString() {
        return "Checkpoint[origin=" + origin + ", treeSize=" + treeSize + ", rootHash="
                + HexFormat.of().formatHex(rootHash) + "]";
    }

    private static void requireOrigin(String origin) {
        if (origin == null || origin.isEmpty()) {
            throw new IllegalArgumentException("the checkpoint origin must be non-empty");
        }
        if (origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the checkpoint origin must be a single line");
        }
        NoteText.requireNoteCharacters(origin, "the checkpoint origin");
    }

    private static long parseTreeSize(String line) {
        if (!TREE_SIZE.matcher(line).matches()) {
            throw new IllegalArgumentException("the tree size line \"" + line
                    + "\" is not a decimal number without sign or leading zeros");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the tree size " + line + " is beyond " + Long.MAX_VALUE, e);
        }
    }

    private static byte[] parseRootHash(String line) {
        byte[] hash = NoteText.decodeBase64(line, "the root hash line");
        return MerkleTree.requireHash(hash, "the root hash");
    }
}
