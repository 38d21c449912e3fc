package io.prism.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Verifies C2SP signed notes by one Ed25519 key, given as a verifier key {@code name+hexid+base64(0x01 ||
 * public key)}: a note verifies when one of its signature lines names this key and its signature covers the
 * note's text.
 */
public final class NoteVerifier {

    /** DER prefix of an X.509 SubjectPublicKeyInfo of an Ed25519 key (RFC 8410). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final String name;
    private final byte[] keyId;
    private final PublicKey key;

    private NoteVerifier(String name, byte[] keyId, PublicKey key) {
        this.name = name;
        this.keyId = keyId;
        this.key = key;
    }

    /** The verifier of a verifier key string. */
    public static NoteVerifier of(String verifierKey) {
        String[] parts = verifierKey == null ? new String[0] : verifierKey.trim().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key has the form name+keyid+key");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the verifier key is not base64");
        }
        if (raw.length != 33 || raw[0] != 1) {
            throw new IllegalArgumentException("the verifier key is not an Ed25519 key");
        }
        byte[] publicKey = Arrays.copyOfRange(raw, 1, 33);
        byte[] id = keyId(parts[0], publicKey);
        if (!hex(id).equals(parts[1])) {
            throw new IllegalArgumentException("the verifier key's id does not match its key");
        }
        try {
            byte[] der = new byte[X509_PREFIX.length + 32];
            System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
            System.arraycopy(publicKey, 0, der, X509_PREFIX.length, 32);
            return new NoteVerifier(parts[0], id,
                    KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the verifier key is not a valid Ed25519 key");
        }
    }

    /**
     * The text of {@code note} when a signature line by this key verifies over it; otherwise an
     * IllegalArgumentException saying why.
     */
    public String verify(String note) {
        if (note == null) {
            throw new IllegalArgumentException("no note");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("the note has no signature block");
        }
        String text = note.substring(0, split + 1);
        String prefix = "\u2014 " + name + " ";
        boolean ours = false;
        for (String line : note.substring(split + 2, note.length() - 1).split("\n", -1)) {
            if (!line.startsWith("\u2014 ")) {
                throw new IllegalArgumentException("the note has a malformed signature line");
            }
            if (!line.startsWith(prefix)) {
                continue;
            }
            byte[] sig;
            try {
                sig = Base64.getDecoder().decode(line.substring(prefix.length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the note's signature is not base64");
            }
            if (sig.length != 68 || !Arrays.equals(Arrays.copyOf(sig, 4), keyId)) {
                continue;
            }
            ours = true;
            if (valid(text, Arrays.copyOfRange(sig, 4, 68))) {
                return text;
            }
        }
        throw new IllegalArgumentException(ours ? "the note's signature by " + name + " is not valid"
                : "the note carries no signature by " + name);
    }

    private boolean valid(String text, byte[] sig) {
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(key);
            ed.update(text.getBytes(StandardCharsets.UTF_8));
            return ed.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String verifierKey(String name, byte[] publicKey) {
        byte[] raw = new byte[33];
        raw[0] = 1;
        System.arraycopy(publicKey, 0, raw, 1, 32);
        return name + "+" + hex(keyId(name, publicKey)) + "+" + Base64.getEncoder().encodeToString(raw);
    }

    /** The first four bytes of SHA-256(name || 0x0A || 0x01 || public key). */
    static byte[] keyId(String name, byte[] publicKey) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update((byte) 1);
            sha.update(publicKey);
            return Arrays.copyOf(sha.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] id) {
        return HexFormat.of().formatHex(id);
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains("+") || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a note key name is non-empty, without '+' or white space");
        }
    }
}
