package io.prism.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;

/**
 * Verifies notes signed by one Ed25519 key (C2SP signed-note, "Signatures"). Signature lines by other keys are
 * ignored, as the specification requires, even when they share the name or the key ID (but not both).
 */
public final class NoteVerifier {

    private final String name;
    private final int keyId;
    private final byte[] publicKey;
    private final PublicKey key;

    private NoteVerifier(String name, int keyId, byte[] publicKey) {
        this.name = name;
        this.keyId = keyId;
        this.publicKey = publicKey.clone();
        this.key = Ed25519.publicKey(publicKey);
    }

    /**
     * Reads a verifier key in the standard form {@code <name>+<hex key ID>+base64(0x01 || public key)}; the key ID
     * must be the one computed from the name and the key.
     *
     * @param verifierKey the verifier key string
     * @return the verifier
     * @throws IllegalArgumentException if the string is malformed, not Ed25519, or its key ID does not match
     */
    public static NoteVerifier fromVerifierKey(String verifierKey) {
        KeyString parsed = KeyString.parse(verifierKey, "the verifier key");
        parsed.requireKeyIdOf(parsed.key(), "the verifier key");
        return new NoteVerifier(parsed.name(), parsed.keyId(), parsed.key());
    }

    /**
     * Creates the verifier of an Ed25519 public key.
     *
     * @param name the key name
     * @param publicKey the 32-byte public key
     * @return the verifier; {@link #verifierKey()} gives its key string
     * @throws IllegalArgumentException if the name is not a valid key name or the key is not 32 bytes
     */
    public static NoteVerifier fromPublicKey(String name, byte[] publicKey) {
        return new NoteVerifier(name, SignedNote.keyId(name, publicKey), publicKey);
    }

    /**
     * Verifies a signed note: every signature line with this key's name and key ID must verify, and there must be
     * at least one.
     *
     * @param note the whole signed note
     * @return the note's text, which may be trusted now
     * @throws NoteVerificationException if the note is malformed ({@code MALFORMED_NOTE}), has no signature by this
     *     key ({@code UNKNOWN_KEY}), or has a signature by this key that does not verify ({@code BAD_SIGNATURE})
     */
    public String verify(String note) {
        SignedNote parsed = parse(note);
        List<SignedNote.Signature> ours = parsed.signatures().stream()
                .filter(s -> s.keyName().equals(name) && s.keyId() == keyId)
                .toList();
        if (ours.isEmpty()) {
            throw new NoteVerificationException(NoteVerificationException.Reason.UNKNOWN_KEY,
                    "the note has no signature by the key " + this, null);
        }
        byte[] message = parsed.text().getBytes(StandardCharsets.UTF_8);
        for (SignedNote.Signature signature : ours) {
            if (!Ed25519.verify(key, message, signature.bytes())) {
                throw new NoteVerificationException(NoteVerificationException.Reason.BAD_SIGNATURE,
                        "the signature by the key " + this + " does not verify", null);
            }
        }
        return parsed.text();
    }

    /** The key name. */
    public String name() {
        return name;
    }

    /** The key ID's 32 bits. */
    public int keyId() {
        return keyId;
    }

    /** The 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The verifier key string, {@code <name>+<hex key ID>+base64(0x01 || public key)}. */
    public String verifierKey() {
        return KeyString.format(name, keyId, publicKey);
    }

    /** The verifier key string. */
    @Override
    public String toString() {
        return verifierKey();
    }

    private static SignedNote parse(String note) {
        try {
            return SignedNote.parse(note);
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException(NoteVerificationException.Reason.MALFORMED_NOTE,
                    "the note is malformed: " + e.getMessage(), e);
        }
    }
}
