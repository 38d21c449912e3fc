package io.prism.audit.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The leaf hashes of a Merkle tree in log order: the hash at index {@code i} is
 * {@link MerkleTree#leafHash(byte[]) MerkleTree.leafHash} of the log's entry {@code i} (RFC 9162 §2.1.1).
 *
 * <p>{@link MerkleTree} reads the leaves only through this interface, one index at a time and in ascending order
 * within each subtree, so an implementation may be backed by memory, a database table or a file.
 */
public interface LeafHashes {

    /** The number of leaf hashes available, at least 0. */
    long size();

    /**
     * The leaf hash at {@code index}, a 32-byte SHA-256 hash.
     *
     * @param index from 0 to {@link #size()} - 1
     * @return the hash; the caller must not rely on being able to change the implementation's copy through it
     */
    byte[] get(long index);

    /**
     * Leaf hashes held in memory. The list and its arrays are copied, so later changes to them are not seen.
     *
     * @param hashes the leaf hashes in log order, each 32 bytes
     * @return the leaf hashes; {@link #get(long)} returns a fresh copy each time
     * @throws IllegalArgumentException if a hash is not 32 bytes long
     */
    static LeafHashes of(List<byte[]> hashes) {
        List<byte[]> copies = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            copies.add(MerkleTree.requireHash(hash, "leaf hash " + copies.size()).clone());
        }
        return new LeafHashes() {
            @Override
            public long size() {
                return copies.size();
            }

            @Override
            public byte[] get(long index) {
                return copies.get(Math.toIntExact(Objects.checkIndex(index, copies.size()))).clone();
            }
        };
    }
}
