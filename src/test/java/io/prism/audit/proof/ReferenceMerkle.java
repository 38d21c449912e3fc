package io.prism.audit.proof;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1 written down as literally as possible, for comparison with {@link MerkleTree}: MTH, PATH, PROOF and
 * SUBPROOF recurse over sublists of the entries exactly as the definitions read, recomputing everything. It shares
 * no code with the production class, not even the leaf hash.
 */
final class ReferenceMerkle {

    private ReferenceMerkle() {
    }

    /** MTH(D[n]), §2.1.1. */
    static byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[] {0x00}, d.get(0));
        }
        int k = k(n);
        return sha256(new byte[] {0x01}, mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    /** PATH(m, D[n]), §2.1.3.1. */
    static List<byte[]> path(int m, List<byte[]> d) {
        int n = d.size();
        if (n == 1) {
            return List.of();
        }
        int k = k(n);
        if (m < k) {
            return append(path(m, d.subList(0, k)), mth(d.subList(k, n)));
        }
        return append(path(m - k, d.subList(k, n)), mth(d.subList(0, k)));
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true), §2.1.4.1, for 0 &lt; m &lt; n. */
    static List<byte[]> proof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        if (m == n) {
            return b ? List.of() : List.of(mth(d));
        }
        int k = k(n);
        if (m <= k) {
            return append(subproof(m, d.subList(0, k), b), mth(d.subList(k, n)));
        }
        return append(subproof(m - k, d.subList(k, n), false), mth(d.subList(0, k)));
    }

    /**
     * The shape of PATH(m, D[n]): for each proof hash, leaf side first, whether it is the left ({@code L}) or the
     * right ({@code R}) sibling. The verification of §2.1.3.2 combines the hashes by this shape alone, so a proof
     * verifies for any (m, n) of the same shape.
     */
    static String pathShape(int m, int n) {
        if (n == 1) {
            return "";
        }
        int k = k(n);
        return m < k ? pathShape(m, k) + "R" : pathShape(m - k, n - k) + "L";
    }

    /**
     * The shape of PROOF(m, D[n]): {@code =} where the old root itself starts the path (b still true) or
     * {@code S} where the proof's first hash is an old subtree, then {@code L} and {@code R} as in
     * {@link #pathShape(int, int)}. The verification of §2.1.4.2 is determined by this shape.
     */
    static String proofShape(int m, int n) {
        return subproofShape(m, n, true);
    }

    private static String subproofShape(int m, int n, boolean b) {
        if (m == n) {
            return b ? "=" : "S";
        }
        int k = k(n);
        return m <= k ? subproofShape(m, k, b) + "R" : subproofShape(m - k, n - k, false) + "L";
    }

    /** The largest power of two smaller than n, found the slow way. */
    private static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static List<byte[]> append(List<byte[]> list, byte[] hash) {
        List<byte[]> result = new ArrayList<>(list);
        result.add(hash);
        return result;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
