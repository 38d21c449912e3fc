package io.prism.audit;

import io.prism.audit.canonical.JsonCanonicalizer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import tools.jackson.databind.JsonNode;

/** SHA-256, the one digest of the audit trail. */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Lower-case hex of the SHA-256 of {@code json}'s RFC 8785 canonical form; null for null. */
    public static String canonicalHex(JsonNode json) {
        return json == null ? null : JsonCanonicalizer.sha256Hex(json);
    }
}
