package io.prism.audit.proof;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Merkle Tree Hash of RFC 9162 §2.1 with SHA-256, and its inclusion and consistency proofs.
 *
 * <p>A tree is given by its leaf hashes ({@link LeafHashes}); a tree of size {@code n} is made of the first
 * {@code n} of them, so one sequence of leaves serves every size the log has had. Subtree hashes are computed
 * left to right with a stack of at most 64 pending subtree roots: O(n) hashing and O(log n) memory, and a proof
 * computes each subtree root it needs exactly once, so a proof costs O(n) hashing as well.
 *
 * <p>Generators reject bad arguments with an {@link IllegalArgumentException}; verifiers follow the algorithms of
 * RFC 9162 §2.1.3.2 and §2.1.4.2 step by step and answer {@code false}, never an exception, to a malformed proof.
 */
public final class MerkleTree {

    /** The length in bytes of every hash here: SHA-256. */
    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /**
     * The hash of a leaf, RFC 9162 §2.1.1: {@code SHA-256(0x00 || entry)}.
     *
     * @param entry the log entry's bytes, possibly empty
     * @return the 32-byte leaf hash
     */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest sha = sha256();
        sha.update(LEAF_PREFIX);
        return sha.digest(entry);
    }

    /**
     * The hash of an interior node, RFC 9162 §2.1.1: {@code SHA-256(0x01 || left || right)}.
     *
     * @param left the hash of the left child
     * @param right the hash of the right child
     * @return the 32-byte node hash
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        return node(sha256(), left, right);
    }

    /** The hash of the empty tree, RFC 9162 §2.1.1: {@code MTH({}) = SHA-256()}, the hash of the empty string. */
    public static byte[] emptyRootHash() {
        return sha256().digest();
    }

    /**
     * The Merkle Tree Hash {@code MTH(D[n])} of the first {@code n} leaves, RFC 9162 §2.1.1.
     *
     * @param leaves the leaf hashes
     * @param n the tree size, from 0 to {@code leaves.size()}
     * @return the 32-byte root hash; for {@code n = 0}, {@link #emptyRootHash()}
     * @throws IllegalArgumentException if {@code n} is negative or beyond the leaves
     */
    public static byte[] rootHash(LeafHashes leaves, long n) {
        requireTreeSize(leaves, n, "tree size");
        return subtreeHash(leaves, 0, n, sha256());
    }

    /**
     * The inclusion proof {@code PATH(index, D[treeSize])} of RFC 9162 §2.1.3.1: the sibling subtree hashes on the
     * way from the leaf to the root, the leaf's sibling first.
     *
     * @param leaves the leaf hashes
     * @param index the leaf's index, from 0 to {@code treeSize - 1}
     * @param treeSize the size of the tree the proof is for, at most {@code leaves.size()}
     * @return the proof, an unmodifiable list of 32-byte hashes; empty for a tree of one leaf
     * @throws IllegalArgumentException if the tree size is beyond the leaves or the index is not in the tree
     */
    public static List<byte[]> inclusionProof(LeafHashes leaves, long index, long treeSize) {
        requireTreeSize(leaves, treeSize, "tree size");
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException(
                    "leaf index " + index + " is not in a tree of size " + treeSize + " (0 <= index < size)");
        }
        MessageDigest sha = sha256();
        List<byte[]> rootSideFirst = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        while (end - start > 1) {
            long split = start + largestPowerOfTwoBelow(end - start);
            if (index < split) {
                rootSideFirst.add(subtreeHash(leaves, split, end, sha));
                end = split;
            } else {
                rootSideFirst.add(subtreeHash(leaves, start, split, sha));
                start = split;
            }
        }
        return leafSideFirst(null, rootSideFirst);
    }

    /**
     * The consistency proof {@code PROOF(oldSize, D[newSize])} of RFC 9162 §2.1.4.1, built from SUBPROOF: the
     * hashes that prove the tree of {@code oldSize} leaves is a prefix of the tree of {@code newSize} leaves.
     *
     * <p>RFC 9162 defines the proof for {@code 0 < oldSize < newSize}; for {@code oldSize = 0} and
     * {@code oldSize = newSize} there is nothing to prove and the proof is empty (see
     * {@link #verifyConsistency(long, long, byte[], byte[], List)}).
     *
     * @param leaves the leaf hashes
     * @param oldSize the size of the earlier tree, from 0 to {@code newSize}
     * @param newSize the size of the later tree, at most {@code leaves.size()}
     * @return the proof, an unmodifiable list of 32-byte hashes
     * @throws IllegalArgumentException if the new size is beyond the leaves or the old size is not in 0..newSize
     */
    public static List<byte[]> consistencyProof(LeafHashes leaves, long oldSize, long newSize) {
        requireTreeSize(leaves, newSize, "new tree size");
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException(
                    "old tree size " + oldSize + " is not in 0.." + newSize + " (the new tree size)");
        }
        if (oldSize == 0 || oldSize == newSize) {
            return List.of();
        }
        return subproof(leaves, oldSize, newSize, sha256());
    }

    /**
     * Verifies an inclusion proof with the algorithm of RFC 9162 §2.1.3.2.
     *
     * <p>Note that the proof binds the tree size only through the shape of the leaf's path: a proof may also
     * verify for another size whose tree has the same path to that leaf. The size a root hash belongs to is
     * bound by the signed {@link Checkpoint} that carries both.
     *
     * @param index the leaf's index
     * @param treeSize the size of the tree
     * @param leafHash the leaf's hash
     * @param proof the inclusion proof, leaf side first
     * @param rootHash the tree's root hash
     * @return whether the proof shows the leaf at that index in the tree with that root; {@code false} for any
     *     malformed argument (null, a hash that is not 32 bytes, an index outside the tree)
     */
    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof,
            byte[] rootHash) {
        if (index < 0 || index >= treeSize || !isHash(leafHash) || !isHash(rootHash) || !allHashes(proof)) {
            return false;
        }
        MessageDigest sha = sha256();
        Position position = new Position(index, treeSize - 1);
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (position.isAtTop()) {
                return false;
            }
            if (position.hasLeftSibling()) {
                r = node(sha, p, r);
                position.skipLevelsWithoutRightSibling();
            } else {
                r = node(sha, r, p);
            }
            position.climb();
        }
        return position.isAtTop() && MessageDigest.isEqual(r, rootHash);
    }

    /**
     * Verifies a consistency proof with the algorithm of RFC 9162 §2.1.4.2.
     *
     * <p>Beyond the RFC's {@code 0 < oldSize < newSize}, two cases need no proof: a tree is consistent with itself
     * ({@code oldSize = newSize}, equal roots, an empty proof), and every tree is consistent with the empty tree
     * ({@code oldSize = 0}, the old root {@link #emptyRootHash()}, an empty proof).
     *
     * @param oldSize the size of the earlier tree
     * @param newSize the size of the later tree
     * @param oldRoot the earlier tree's root hash
     * @param newRoot the later tree's root hash
     * @param proof the consistency proof
     * @return whether the proof shows the earlier tree to be a prefix of the later one; {@code false} for any
     *     malformed argument (null, a hash that is not 32 bytes, sizes out of order)
     */
    public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
            List<byte[]> proof) {
        if (oldSize < 0 || oldSize > newSize || !isHash(oldRoot) || !isHash(newRoot) || !allHashes(proof)) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
        }
        if (oldSize == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, emptyRootHash());
        }
        return !proof.isEmpty() && verifyConsistencyPath(oldSize, newSize, oldRoot, newRoot, proof);
    }

    /** Steps 2 to 7 of RFC 9162 §2.1.4.2, for {@code 0 < oldSize < newSize} and a non-empty proof. */
    private static boolean verifyConsistencyPath(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
            List<byte[]> proof) {
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(oldSize) == 1) {
            path.add(oldRoot);
        }
        path.addAll(proof);
        MessageDigest sha = sha256();
        Position position = new Position(oldSize - 1, newSize - 1);
        position.skipLevelsAsRightChild();
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (position.isAtTop()) {
                return false;
            }
            if (position.hasLeftSibling()) {
                fr = node(sha, c, fr);
                sr = node(sha, c, sr);
                position.skipLevelsWithoutRightSibling();
            } else {
                sr = node(sha, sr, c);
            }
            position.climb();
        }
        return position.isAtTop() && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }

    /**
     * SUBPROOF(m, D[n], true) of RFC 9162 §2.1.4.1 for {@code 0 < m < n}, unrolled: descend from the whole tree
     * towards the subtree {@code D[start:m]}, recording the hash of the other half at each step.
     */
    private static List<byte[]> subproof(LeafHashes leaves, long m, long n, MessageDigest sha) {
        List<byte[]> rootSideFirst = new ArrayList<>();
        long start = 0;
        long end = n;
        boolean oldTreeIsKnownSubtree = true;
        while (m < end) {
            long split = start + largestPowerOfTwoBelow(end - start);
            if (m <= split) {
                rootSideFirst.add(subtreeHash(leaves, split, end, sha));
                end = split;
            } else {
                rootSideFirst.add(subtreeHash(leaves, start, split, sha));
                start = split;
                oldTreeIsKnownSubtree = false;
            }
        }
        byte[] innermost = oldTreeIsKnownSubtree ? null : subtreeHash(leaves, start, end, sha);
        return leafSideFirst(innermost, rootSideFirst);
    }

    /** The proof in the RFC's order: the innermost hash (if any), then the recorded hashes from the leaves up. */
    private static List<byte[]> leafSideFirst(byte[] innermost, List<byte[]> rootSideFirst) {
        List<byte[]> proof = new ArrayList<>(rootSideFirst.size() + 1);
        if (innermost != null) {
            proof.add(innermost);
        }
        Collections.reverse(rootSideFirst);
        proof.addAll(rootSideFirst);
        return Collections.unmodifiableList(proof);
    }

    /**
     * {@code MTH(D[start:end])}: the leaves are pushed one by one, and after each push the two top entries are
     * merged while they cover equal numbers of leaves (one merge per trailing zero bit of the count so far). The
     * stack then holds the perfect subtrees of the range, largest first, and folding it from the top gives the
     * RFC's split at the largest power of two below the size.
     */
    private static byte[] subtreeHash(LeafHashes leaves, long start, long end, MessageDigest sha) {
        if (start == end) {
            return sha.digest();
        }
        byte[][] stack = new byte[Long.SIZE][];
        int depth = 0;
        for (long count = 1; count <= end - start; count++) {
            byte[] hash = leaf(leaves, start + count - 1);
            for (long pending = count; (pending & 1) == 0; pending >>>= 1) {
                hash = node(sha, stack[--depth], hash);
            }
            stack[depth++] = hash;
        }
        byte[] root = stack[--depth];
        while (depth > 0) {
            root = node(sha, stack[--depth], root);
        }
        return root;
    }

    private static byte[] leaf(LeafHashes leaves, long index) {
        byte[] hash = leaves.get(index);
        if (!isHash(hash)) {
            throw new IllegalStateException("leaf hash " + index + " is not a " + HASH_SIZE + "-byte hash");
        }
        return hash;
    }

    private static byte[] node(MessageDigest sha, byte[] left, byte[] right) {
        sha.update(NODE_PREFIX);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** The k of RFC 9162 §2.1.1: the largest power of two smaller than {@code n}, for {@code n >= 2}. */
    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireTreeSize(LeafHashes leaves, long size, String what) {
        if (size < 0 || size > leaves.size()) {
            throw new IllegalArgumentException(
                    what + " " + size + " is not in 0.." + leaves.size() + " (the number of leaf hashes)");
        }
    }

    /**
     * Checks that {@code hash} is a SHA-256 hash.
     *
     * @throws IllegalArgumentException naming {@code what} if it is null or not 32 bytes long
     */
    static byte[] requireHash(byte[] hash, String what) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException(what + " must be " + HASH_SIZE + " bytes, not "
                    + (hash == null ? "null" : hash.length + " bytes"));
        }
        return hash;
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == HASH_SIZE;
    }

    private static boolean allHashes(List<byte[]> proof) {
        if (proof == null) {
            return false;
        }
        for (byte[] hash : proof) {
            if (!isHash(hash)) {
                return false;
            }
        }
        return true;
    }

    /** A new SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * The pair (fn, sn) of the verification algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2: the index of the node
     * computed so far and the index of the last node, on the current level of the tree.
     */
    private static final class Position {

        private long fn;
        private long sn;

        Position(long fn, long sn) {
            this.fn = fn;
            this.sn = sn;
        }

        /** sn = 0: the node computed so far is the root; a further proof hash is one too many. */
        boolean isAtTop() {
            return sn == 0;
        }

        /** "If LSB(fn) is set, or if fn is equal to sn": the next proof hash goes on the left. */
        boolean hasLeftSibling() {
            return (fn & 1) == 1 || fn == sn;
        }

        /** "Right-shift both fn and sn equally until either LSB(fn) is set or fn is 0." */
        void skipLevelsWithoutRightSibling() {
            while (fn != 0 && (fn & 1) == 0) {
                climb();
            }
        }

        /** Step 4 of §2.1.4.2: "right-shift both fn and sn equally until LSB(fn) is not set". */
        void skipLevelsAsRightChild() {
            while ((fn & 1) == 1) {
                climb();
            }
        }

        /** "Right-shift both fn and sn one time." */
        void climb() {
            fn >>= 1;
            sn >>= 1;
        }
    }
}
