package io.prism.audit.proof;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A signed note of C2SP signed-note ("Format"): a text ending in a newline, a blank line, and one or more signature
 * lines {@code — <key name> base64(key ID || signature)}, each ended by a newline; the em dash is U+2014.
 *
 * <p>This type is the note's syntax only: it holds signatures without knowing whether they verify. Signing and
 * verification with Ed25519 keys (signature type {@code 0x01}) are {@link NoteSigner} and {@link NoteVerifier}.
 *
 * @param text the signed text, ending in a newline; the separating blank line is not part of it
 * @param signatures the signature lines in note order, 1 to {@link #MAX_SIGNATURES}
 */
public record SignedNote(String text, List<Signature> signatures) {

    /** The signature type identifier byte of Ed25519 (C2SP signed-note, "Signature types"). */
    public static final byte ED25519 = 0x01;

    /**
     * The most signature lines {@link #parse(String)} accepts. C2SP signed-note asks verifiers to bound the number
     * and to accept at least 16.
     */
    public static final int MAX_SIGNATURES = 100;

    private static final String SIGNATURE_PREFIX = "\u2014 ";

    /**
     * Checks the text and copies the signatures.
     *
     * @throws IllegalArgumentException if the text breaks {@link #requireText(String)} or the number of
     *     signatures is not 1 to {@link #MAX_SIGNATURES}
     */
    public SignedNote {
        requireText(text);
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a signed note has 1 to " + MAX_SIGNATURES + " signatures, not "
                    + signatures.size());
        }
    }

    /**
     * Reads a signed note: the text runs to the last blank line, and every line after it must be a signature line.
     * Nothing is verified.
     *
     * @param note the whole note
     * @return the note's text and signatures
     * @throws IllegalArgumentException naming the first rule of the format the note breaks
     */
    public static SignedNote parse(String note) {
        if (note == null) {
            throw new IllegalArgumentException("the note is null");
        }
        NoteText.requireNoteCharacters(note, "the note");
        int blankLine = note.lastIndexOf("\n\n");
        if (blankLine < 0) {
            throw new IllegalArgumentException("the note has no blank line between its text and its signatures");
        }
        String block = note.substring(blankLine + 2);
        if (!block.endsWith("\n")) {
            throw new IllegalArgumentException("the note's last line must be a signature line ended by a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new IllegalArgumentException("the note has more than " + MAX_SIGNATURES + " signature lines");
        }
        List<Signature> signatures = new ArrayList<>(lines.length);
        for (String line : lines) {
            signatures.add(Signature.parseLine(line));
        }
        return new SignedNote(note.substring(0, blankLine + 1), signatures);
    }

    /** The whole note: the text, the blank line and the signature lines. */
    public String format() {
        StringBuilder note = new StringBuilder(text).append('\n');
        for (Signature signature : signatures) {
            note.append(signature.line());
        }
        return note.toString();
    }

    /**
     * Checks that {@code text} can be the text of a note: it ends in a newline and, like the whole note, is valid
     * UTF-8 with no ASCII control characters other than newline.
     *
     * @throws IllegalArgumentException saying which rule the text breaks
     */
    public static void requireText(String text) {
        if (text == null || !text.endsWith("\n")) {
            throw new IllegalArgumentException("the text of a note must end with a newline");
        }
        NoteText.requireNoteCharacters(text, "the text of a note");
    }

    /**
     * Checks a key name: non-empty, with no Unicode space and no plus (C2SP signed-note, "Format"), and no
     * control character.
     *
     * @throws IllegalArgumentException saying which rule the name breaks
     */
    public static void requireKeyName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a key name must be non-empty");
        }
        if (name.codePoints().anyMatch(c -> c == '+' || isUnicodeSpace(c))) {
            throw new IllegalArgumentException("the key name \"" + name + "\" has a space or a plus sign");
        }
        NoteText.requireNoteCharacters(name, "the key name");
    }

    /**
     * The key ID of an Ed25519 key (C2SP signed-note, "Ed25519 signatures"): the first four bytes, big-endian, of
     * {@code SHA-256(key name || 0x0A || 0x01 || public key)}.
     *
     * @param name the key name
     * @param publicKey the 32-byte Ed25519 public key
     * @return the key ID's 32 bits (an unsigned value; {@link HexFormat#toHexDigits(int)} prints it)
     */
    public static int keyId(String name, byte[] publicKey) {
        requireKeyName(name);
        if (publicKey == null || publicKey.length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key must be " + Ed25519.KEY_SIZE + " bytes");
        }
        byte[] input = NoteText.concat(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', ED25519}, publicKey);
        return ByteBuffer.wrap(MerkleTree.sha256().digest(input)).getInt();
    }

    private static boolean isUnicodeSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /**
     * One signature line (C2SP signed-note, "Signatures").
     *
     * @param keyName the name of the key that signed
     * @param keyId the key ID's 32 bits
     * @param bytes the signature proper, after the key ID; copied in and out
     */
    public record Signature(String keyName, int keyId, byte[] bytes) {

        /**
         * Checks the name and copies the signature.
         *
         * @throws IllegalArgumentException if the name is not a valid key name or the signature is empty
         */
        public Signature {
            requireKeyName(keyName);
            if (bytes == null || bytes.length == 0) {
                throw new IllegalArgumentException("the signature by " + keyName + " is empty");
            }
            bytes = bytes.clone();
        }

        /** The line: {@code "— " + keyName + " " + base64(keyId || bytes) + "\n"}. */
        public String line() {
            byte[] id = ByteBuffer.allocate(Integer.BYTES).putInt(keyId).array();
            return SIGNATURE_PREFIX + keyName + " " + NoteText.base64(NoteText.concat(id, bytes)) + "\n";
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** Signatures are equal when their lines are: the line is a one-to-one encoding of the three fields. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Signature that && line().equals(that.line());
        }

        @Override
        public int hashCode() {
            return line().hashCode();
        }

        @Override
        public String toString() {
            return "Signature[keyName=" + keyName + ", keyId=" + HexFormat.of().toHexDigits(keyId) + ", bytes="
                    + NoteText.base64(bytes) + "]";
        }

        /** Reads a signature line without its newline. */
        static Signature parseLine(String line) {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new IllegalArgumentException("the signature line \"" + line
                        + "\" does not start with an em dash (U+2014) and a space");
            }
            String rest = line.substring(SIGNATURE_PREFIX.length());
            int space = rest.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("the signature line \"" + line
                        + "\" has no space between the key name and the signature");
            }
            String name = rest.substring(0, space);
            byte[] decoded = NoteText.decodeBase64(rest.substring(space + 1), "the signature by " + name);
            if (decoded.length <= Integer.BYTES) {
                throw new IllegalArgumentException("the signature by " + name
                        + " is too short to hold a 4-byte key ID and a signature");
            }
            int keyId = ByteBuffer.wrap(decoded).getInt();
            return new Signature(name, keyId, NoteText.tail(decoded, Integer.BYTES));
        }
    }
}
