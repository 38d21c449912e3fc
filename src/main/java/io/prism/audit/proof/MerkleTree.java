package io.prism.audit.proof;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 §2.1 Merkle tree hashing with SHA-256: leaf and node hashes, the tree hash of the first n leaves, audit
 * paths (inclusion proofs, §2.1.3) and consistency proofs (§2.1.4), and the verification of both. Each proof
 * hashes every leaf once (one pass per subtree it needs); verification never throws on a malformed proof.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** SHA-256(0x00 || entry), RFC 9162 §2.1.1. */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        sha.update(entry);
        return sha.digest();
    }

    /** SHA-256(0x01 || left || right), RFC 9162 §2.1.1. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** MTH of the first {@code n} leaves; SHA-256 of nothing for the empty tree. */
    public static byte[] rootHash(LeafHashes leaves, long n) {
        checkSize(leaves, n);
        return n == 0 ? sha256().digest() : subtree(leaves, 0, n);
    }

    /** MTH(D[from:to]) for {@code to > from}: a stack of pending subtree roots, one per bit of the count. */
    static byte[] subtree(LeafHashes leaves, long from, long to) {
        byte[][] stack = new byte[65][];
        long[] sizes = new long[65];
        int top = 0;
        for (long i = from; i < to; i++) {
            stack[top] = leaves.get(i);
            sizes[top++] = 1;
            while (top > 1 && sizes[top - 1] == sizes[top - 2]) {
                stack[top - 2] = nodeHash(stack[top - 2], stack[top - 1]);
                sizes[top - 2] *= 2;
                top--;
            }
        }
        byte[] root = stack[--top];
        while (top > 0) {
            root = nodeHash(stack[--top], root);
        }
        return root;
    }

    /** PATH(index, D[0:treeSize]), RFC 9162 §2.1.3.1: the sibling hashes from the leaf up. */
    public static List<byte[]> inclusionProof(LeafHashes leaves, long index, long treeSize) {
        checkSize(leaves, treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is not in a tree of " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        path(leaves, index, 0, treeSize, path);
        return path;
    }

    private static void path(LeafHashes leaves, long m, long from, long to, List<byte[]> out) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /** PROOF(oldSize, D[0:newSize]), RFC 9162 §2.1.4.1. */
    public static List<byte[]> consistencyProof(LeafHashes leaves, long oldSize, long newSize) {
        checkSize(leaves, newSize);
        if (oldSize < 1 || oldSize > newSize) {
            throw new IllegalArgumentException("a consistency proof needs 0 < old size (" + oldSize
                    + ") <= new size (" + newSize + ")");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leaves, oldSize, 0, newSize, true, proof);
        return proof;
    }

    private static void subproof(LeafHashes leaves, long m, long from, long to, boolean whole, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                out.add(subtree(leaves, from, to));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /** RFC 9162 §2.1.3.2. */
    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof,
                                          byte[] rootHash) {
        if (index < 0 || index >= treeSize || leafHash == null || rootHash == null || proof == null) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0 || p == null) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, rootHash);
    }

    /** RFC 9162 §2.1.4.2. */
    public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
                                            List<byte[]> proof) {
        if (oldSize < 1 || oldSize > newSize || oldRoot == null || newRoot == null || proof == null
                || proof.contains(null)) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(oldSize) == 1) {
            path.addFirst(oldRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot);
    }

    private static void checkSize(LeafHashes leaves, long n) {
        if (n < 0 || n > leaves.size()) {
            throw new IllegalArgumentException("a tree of " + n + " leaves from " + leaves.size() + " leaf hashes");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
