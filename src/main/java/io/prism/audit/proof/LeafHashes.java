package io.prism.audit.proof;

import java.util.List;

/** The leaf hashes of a Merkle tree, by index; a caller may back them by memory, a file or a database. */
public interface LeafHashes {

    long size();

    byte[] get(long index);

    /** The leaf hashes held by {@code hashes}. */
    static LeafHashes of(List<byte[]> hashes) {
        return new LeafHashes() {
            @Override
            public long size() {
                return hashes.size();
            }

            @Override
            public byte[] get(long index) {
                return hashes.get(Math.toIntExact(index));
            }
        };
    }
}
