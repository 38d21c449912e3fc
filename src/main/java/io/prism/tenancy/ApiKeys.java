package io.prism.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API key format, generation and hashing. A key is {@code prism_live_} followed by 32 characters of base-62
 * (about 190 bits of randomness). The first 8 random characters form the readable prefix shown in listings;
 * the database stores only the SHA-256 hash of the whole key.
 */
public final class ApiKeys {

    public static final String PREFIX = "prism_live_";
    private static final int RANDOM_LENGTH = 32;
    /** How many random characters of a key its readable prefix shows. */
    public static final int SHOWN_LENGTH = 8;
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    /** Any printable bearer token within a sane length; the format check proper happens on lookup. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-.~+/=]{16,200}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new random key. */
    public static String generate() {
        StringBuilder key = new StringBuilder(PREFIX.length() + RANDOM_LENGTH).append(PREFIX);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }

    /** The readable part of a key: its fixed prefix and first random characters. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(key.length(), PREFIX.length() + SHOWN_LENGTH));
    }

    /** True when the string can be a bearer token at all. */
    public static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** Lower-case hex SHA-256 of the key, the only form in which keys are stored. */
    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    /** Compares two secrets in time independent of where they differ. */
    public static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(sha256(a), sha256(b));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
