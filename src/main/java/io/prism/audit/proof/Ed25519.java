package io.prism.audit.proof;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 (RFC 8032) on the JDK's provider, with keys in the raw 32-byte forms that signed notes use: the private
 * key as its seed, the public key as the encoded point.
 *
 * <p>The JDK has no call that derives the public key from a seed. Its key pair generator, though, makes the
 * private key by drawing exactly 32 bytes from the {@link SecureRandom} it is given and computes the public key
 * from them, so a generator fed a random source that returns the seed yields that seed's public key.
 * {@link #publicKeyOf(byte[])} checks that the generated private key is the seed, so a JDK that draws the key
 * differently fails loudly rather than producing a wrong key.
 */
final class Ed25519 {

    /** The length of a seed and of a public key. */
    static final int KEY_SIZE = 32;

    /** The length of a signature. */
    static final int SIGNATURE_SIZE = 64;

    private static final String ALGORITHM = "Ed25519";

    /** The DER SubjectPublicKeyInfo header for an Ed25519 key, RFC 8410 §4; the raw public key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    /** The JDK private key for a 32-byte seed. */
    static PrivateKey privateKey(byte[] seed) {
        requireKeySize(seed, "an Ed25519 private key seed");
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK rejected an Ed25519 seed", e);
        }
    }

    /** The 32-byte public key of a 32-byte seed, derived by the JDK's key pair generator as described above. */
    static byte[] publicKeyOf(byte[] seed) {
        requireKeySize(seed, "an Ed25519 private key seed");
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not generate an Ed25519 key pair", e);
        }
        byte[] generatedSeed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
        if (!Arrays.equals(generatedSeed, seed)) {
            throw new IllegalStateException("this JDK's Ed25519 key pair generator did not take the seed given");
        }
        return rawPublicKey(pair.getPublic());
    }

    /** The JDK public key for a raw 32-byte public key. */
    static PublicKey publicKey(byte[] raw) {
        requireKeySize(raw, "an Ed25519 public key");
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(NoteText.concat(X509_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the JDK rejected the Ed25519 public key", e);
        }
    }

    /** The 64-byte signature of {@code message}; Ed25519 signing is deterministic. */
    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not make an Ed25519 signature", e);
        }
    }

    /** Whether {@code signature} is a valid signature of {@code message}; false for a malformed signature. */
    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        byte[] prefix = Arrays.copyOf(encoded, Math.min(encoded.length, X509_PREFIX.length));
        if (encoded.length != X509_PREFIX.length + KEY_SIZE || !Arrays.equals(prefix, X509_PREFIX)) {
            throw new IllegalStateException("the JDK encoded an Ed25519 public key unexpectedly");
        }
        return NoteText.tail(encoded, X509_PREFIX.length);
    }

    private static void requireKeySize(byte[] key, String what) {
        if (key == null || key.length != KEY_SIZE) {
            throw new IllegalArgumentException(what + " must be " + KEY_SIZE + " bytes, not "
                    + (key == null ? "null" : key.length + " bytes"));
        }
    }

    /** A random source whose every draw is the seed: the key pair generator draws once, for the private key. */
    private static final class SeedRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("the Ed25519 key pair generator asked for " + bytes.length
                        + " random bytes, not a " + seed.length + "-byte seed");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
