package io.prism.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs notes with an Ed25519 key (C2SP signed-note, "Ed25519 signatures"). The key is a name and a 32-byte seed,
 * the RFC 8032 private key; the public key and the key ID are derived from them.
 */
public final class NoteSigner {

    private static final String PRIVATE_KEY_PREFIX = "PRIVATE+KEY+";

    private final PrivateKey privateKey;
    private final NoteVerifier verifier;

    /**
     * Creates a signer.
     *
     * @param name the key name: non-empty, with no space and no plus sign
     * @param seed the 32-byte Ed25519 private key
     * @throws IllegalArgumentException if the name is not a valid key name or the seed is not 32 bytes
     */
    public NoteSigner(String name, byte[] seed) {
        SignedNote.requireKeyName(name);
        this.privateKey = Ed25519.privateKey(seed);
        this.verifier = NoteVerifier.fromPublicKey(name, Ed25519.publicKeyOf(seed));
    }

    /**
     * Reads a signer key in the form of golang.org/x/mod/sumdb/note:
     * {@code PRIVATE+KEY+<name>+<hex key ID>+base64(0x01 || seed)}. The key ID must be the one computed from the
     * name and the public key of the seed.
     *
     * @param key the private key string
     * @return the signer
     * @throws IllegalArgumentException if the string is malformed, not Ed25519, or its key ID does not match
     */
    public static NoteSigner fromPrivateKeyString(String key) {
        if (key == null || !key.startsWith(PRIVATE_KEY_PREFIX)) {
            throw new IllegalArgumentException("a private key string starts with " + PRIVATE_KEY_PREFIX);
        }
        KeyString parsed = KeyString.parse(key.substring(PRIVATE_KEY_PREFIX.length()), "the private key");
        NoteSigner signer = new NoteSigner(parsed.name(), parsed.key());
        parsed.requireKeyIdOf(signer.publicKey(), "the private key");
        return signer;
    }

    /**
     * The private key string of a seed under a name, as {@link #fromPrivateKeyString} reads it: {@code
     * PRIVATE+KEY+<name>+<hex key ID>+base64(0x01 || seed)}.
     *
     * @param name the key name
     * @param seed the 32-byte Ed25519 private key
     * @return the private key string; a secret
     */
    public static String privateKeyString(String name, byte[] seed) {
        NoteSigner signer = new NoteSigner(name, seed);
        return PRIVATE_KEY_PREFIX + KeyString.format(name, signer.keyId(), seed);
    }

    /**
     * Signs a text: the result is the text, a blank line and this key's signature line,
     * {@code text + "\n" + "— " + name + " " + base64(keyId || signature) + "\n"}.
     *
     * @param text the text, ending in a newline, valid for a note ({@link SignedNote#requireText(String)})
     * @return the signed note
     * @throws IllegalArgumentException if the text cannot be the text of a note
     */
    public String sign(String text) {
        SignedNote.requireText(text);
        byte[] signature = Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        SignedNote.Signature line = new SignedNote.Signature(verifier.name(), verifier.keyId(), signature);
        return new SignedNote(text, List.of(line)).format();
    }

    /** The key name. */
    public String name() {
        return verifier.name();
    }

    /** The key ID's 32 bits. */
    public int keyId() {
        return verifier.keyId();
    }

    /** The 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return verifier.publicKey();
    }

    /** The verifier key string, {@code <name>+<hex key ID>+base64(0x01 || public key)}. */
    public String verifierKey() {
        return verifier.verifierKey();
    }

    /** The verifier of this signer's signatures. */
    public NoteVerifier verifier() {
        return verifier;
    }

    /** The name and key ID, never the key. */
    @Override
    public String toString() {
        return "NoteSigner[" + name() + "+" + HexFormat.of().toHexDigits(keyId()) + "]";
    }
}
