package io.prism.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Signs notes in the C2SP signed-note format with an Ed25519 key: the text, a blank line, and a signature line
 * {@code — name base64(key id || signature)}. The key id is the first four bytes of SHA-256(name || 0x0A || 0x01 ||
 * public key).
 */
public final class NoteSigner {

    private final String name;
    private final PrivateKey key;
    private final byte[] publicKey;
    private final byte[] keyId;

    /** A signer with the Ed25519 key whose 32-byte private seed is {@code seed}. */
    public NoteSigner(String name, byte[] seed) {
        NoteVerifier.checkName(name);
        if (seed == null || seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 private key seed has 32 bytes");
        }
        KeyPair pair = keyPair(seed);
        this.name = name;
        this.key = pair.getPrivate();
        byte[] encoded = pair.getPublic().getEncoded();
        this.publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        this.keyId = NoteVerifier.keyId(name, publicKey);
    }

    /** Reads a private key string {@code PRIVATE+KEY+name+hexid+base64(0x01 || seed)}. */
    public static NoteSigner fromPrivateKeyString(String encoded) {
        String[] parts = encoded.split("\\+", 5);
        if (parts.length != 5 || !parts[0].equals("PRIVATE") || !parts[1].equals("KEY")) {
            throw new IllegalArgumentException("a note signing key has the form PRIVATE+KEY+name+keyid+key");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(parts[4]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the note signing key is not base64");
        }
        if (raw.length != 33 || raw[0] != 1) {
            throw new IllegalArgumentException("the note signing key is not an Ed25519 key");
        }
        NoteSigner signer = new NoteSigner(parts[2], Arrays.copyOfRange(raw, 1, 33));
        if (!NoteVerifier.hex(signer.keyId).equals(parts[3])) {
            throw new IllegalArgumentException("the note signing key's id does not match its key");
        }
        return signer;
    }

    /** The private key string of {@code seed} under {@code name}, as {@link #fromPrivateKeyString} reads it. */
    public static String privateKeyString(String name, byte[] seed) {
        NoteSigner signer = new NoteSigner(name, seed);
        byte[] raw = new byte[33];
        raw[0] = 1;
        System.arraycopy(seed, 0, raw, 1, 32);
        return "PRIVATE+KEY+" + name + "+" + NoteVerifier.hex(signer.keyId) + "+"
                + Base64.getEncoder().encodeToString(raw);
    }

    public String name() {
        return name;
    }

    /** The verifier key {@code name+hexid+base64(0x01 || public key)}. */
    public String verifierKey() {
        return NoteVerifier.verifierKey(name, publicKey);
    }

    /** The note: {@code text} (which ends with a newline), a blank line and this key's signature line. */
    public String sign(String text) {
        if (text == null || !text.endsWith("\n")) {
            throw new IllegalArgumentException("a note's text ends with a newline");
        }
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(key);
            ed.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] sig = ed.sign();
            byte[] line = new byte[4 + sig.length];
            System.arraycopy(keyId, 0, line, 0, 4);
            System.arraycopy(sig, 0, line, 4, sig.length);
            return text + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * The key pair of an Ed25519 seed: the JDK derives an Ed25519 key pair from the 32 bytes its random source
     * gives (RFC 8032 §5.1.5), so a source that gives exactly the seed yields the seed's pair.
     */
    private static KeyPair keyPair(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }
}
