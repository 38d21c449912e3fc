package io.prism.audit.proof;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The text form of a signed-note key, {@code <name>+<key ID as 8 lowercase hex digits>+base64(0x01 || key)}, as
 * golang.org/x/mod/sumdb/note writes verifier keys (with the public key) and, after {@code PRIVATE+KEY+}, signer
 * keys (with the private seed). Only Ed25519 keys are read.
 *
 * @param name the key name
 * @param keyId the key ID's 32 bits, as written; the caller checks it against the key
 * @param key the 32-byte key after the signature type byte
 */
record KeyString(String name, int keyId, byte[] key) {

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}");

    /**
     * Reads a key string. The name cannot contain a plus sign, so the first two plus signs end the name and the
     * key ID; the base64 part may contain plus signs of its own.
     *
     * @param text the key string
     * @param what what the string is, for messages ("the verifier key")
     * @throws IllegalArgumentException naming the part that is malformed
     */
    static KeyString parse(String text, String what) {
        String[] parts = text == null ? new String[0] : text.split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException(what + " is not of the form <name>+<hex key ID>+<base64 key>");
        }
        SignedNote.requireKeyName(parts[0]);
        if (!KEY_ID.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException(what + " has the key ID \"" + parts[1]
                    + "\", not 8 lowercase hexadecimal digits");
        }
        byte[] typedKey = NoteText.decodeBase64(parts[2], what + "'s key");
        if (typedKey.length != 1 + Ed25519.KEY_SIZE || typedKey[0] != SignedNote.ED25519) {
            throw new IllegalArgumentException(what + " is not an Ed25519 key (type byte 0x01 and "
                    + Ed25519.KEY_SIZE + " key bytes)");
        }
        return new KeyString(parts[0], HexFormat.fromHexDigits(parts[1]), NoteText.tail(typedKey, 1));
    }

    /**
     * Writes the key string of an Ed25519 key.
     *
     * @param name the key name
     * @param keyId the key ID
     * @param key the 32-byte key
     * @return {@code name + "+" + hex8(keyId) + "+" + base64(0x01 || key)}
     */
    static String format(String name, int keyId, byte[] key) {
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+"
                + NoteText.base64(NoteText.concat(new byte[] {SignedNote.ED25519}, key));
    }

    /**
     * Checks that the written key ID is the one computed for the key.
     *
     * @param publicKey the public key the ID is computed from (the key itself, or the one derived from a seed)
     * @param what what the string is, for messages
     * @throws IllegalArgumentException if they differ
     */
    void requireKeyIdOf(byte[] publicKey, String what) {
        int expected = SignedNote.keyId(name, publicKey);
        if (expected != keyId) {
            throw new IllegalArgumentException(what + " has the key ID " + HexFormat.of().toHexDigits(keyId)
                    + ", but its name and key give " + HexFormat.of().toHexDigits(expected));
        }
    }
}
