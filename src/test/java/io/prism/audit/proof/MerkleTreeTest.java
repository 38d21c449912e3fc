package io.prism.audit.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link MerkleTree} against RFC 9162 §2.1: the recursive definitions (transcribed in {@link ReferenceMerkle}) for
 * every tree of up to 70 leaves, the §2.1.5 example, the Certificate Transparency test vectors, tampering, malformed
 * input and the cost on a million leaves.
 */
class MerkleTreeTest {

    private static final int MAX_N = 70;
    private static final int SIZES = MAX_N + 3;
    private static final List<byte[]> ENTRIES = IntStream.range(0, SIZES)
            .mapToObj(i -> ("entry " + i).getBytes(StandardCharsets.UTF_8))
            .toList();
    private static final LeafHashes LEAVES = LeafHashes.of(ENTRIES.stream().map(MerkleTree::leafHash).toList());
    private static final byte[][] ROOTS = IntStream.range(0, SIZES)
            .mapToObj(n -> MerkleTree.rootHash(LEAVES, n))
            .toArray(byte[][]::new);
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void shouldHashLeavesAndNodesWithTheirDomainSeparationPrefixes() {
        byte[] left = sha256("left".getBytes(StandardCharsets.UTF_8));
        byte[] right = sha256("right".getBytes(StandardCharsets.UTF_8));

        assertThat(MerkleTree.leafHash(new byte[] {7, 8})).isEqualTo(sha256(new byte[] {0x00, 7, 8}));
        assertThat(MerkleTree.nodeHash(left, right)).isEqualTo(sha256(concat(new byte[] {0x01}, left, right)));
    }

    @Test
    void shouldGiveTheEmptyTreeTheHashOfTheEmptyString() {
        String sha256OfNothing = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        assertThat(HEX.formatHex(MerkleTree.rootHash(LeafHashes.of(List.of()), 0))).isEqualTo(sha256OfNothing);
        assertThat(HEX.formatHex(MerkleTree.rootHash(LEAVES, 0))).isEqualTo(sha256OfNothing);
        assertThat(HEX.formatHex(MerkleTree.emptyRootHash())).isEqualTo(sha256OfNothing);
    }

    @Test
    void shouldMatchTheCertificateTransparencyTestVectors() {
        LeafHashes leaves = LeafHashes.of(List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f").stream().map(h -> MerkleTree.leafHash(HEX.parseHex(h))).toList());
        List<String> roots = List.of("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        String leaf1 = "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7";
        String leaf4 = "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b";
        String nodes2To4 = "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e";
        String nodes4To8 = "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4";
        String nodes6To8 = "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0";

        assertThat(IntStream.rangeClosed(0, 8).mapToObj(n -> HEX.formatHex(MerkleTree.rootHash(leaves, n))))
                .containsExactlyElementsOf(roots);
        assertThat(hex(MerkleTree.inclusionProof(leaves, 0, 8))).containsExactly(leaf1, nodes2To4, nodes4To8);
        assertThat(hex(MerkleTree.inclusionProof(leaves, 5, 8))).containsExactly(leaf4, nodes6To8, roots.get(4));
        assertThat(hex(MerkleTree.consistencyProof(leaves, 2, 8))).containsExactly(nodes2To4, nodes4To8);
        assertThat(hex(MerkleTree.consistencyProof(leaves, 2, 5))).containsExactly(nodes2To4, leaf4);
    }

    @Test
    void shouldComputeTheRootOfEverySmallTreeAsTheRecursiveDefinitionDoes() {
        List<String> failures = new ArrayList<>();
        for (int n = 0; n <= MAX_N; n++) {
            if (!Arrays.equals(ROOTS[n], ReferenceMerkle.mth(ENTRIES.subList(0, n)))) {
                failures.add("MTH(D[" + n + "])");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldBuildEveryInclusionProofOfSmallTreesAsTheRecursiveDefinitionDoes() {
        assertThat(failing(MerkleTreeTest::forEveryInclusionProof, "PATH",
                (m, n, proof) -> hex(proof).equals(hex(ReferenceMerkle.path(m, ENTRIES.subList(0, n)))))).isEmpty();
    }

    @Test
    void shouldBuildEveryConsistencyProofOfSmallTreesAsTheRecursiveDefinitionDoes() {
        assertThat(failing(MerkleTreeTest::forEveryConsistencyProof, "PROOF",
                (m, n, proof) -> hex(proof).equals(hex(ReferenceMerkle.proof(m, ENTRIES.subList(0, n)))))).isEmpty();
    }

    @Test
    void shouldGiveAnEmptyConsistencyProofFromTheEmptyTreeAndFromATreeToItself() {
        for (int n = 0; n <= MAX_N; n++) {
            assertThat(MerkleTree.consistencyProof(LEAVES, 0, n)).isEmpty();
            assertThat(MerkleTree.consistencyProof(LEAVES, n, n)).isEmpty();
        }
    }

    @Test
    void shouldVerifyEveryInclusionProofOfSmallTrees() {
        assertThat(failing(MerkleTreeTest::forEveryInclusionProof, "PATH",
                (m, n, proof) -> MerkleTree.verifyInclusion(m, n, LEAVES.get(m), proof, ROOTS[n]))).isEmpty();
    }

    @Test
    void shouldVerifyEveryConsistencyProofOfSmallTrees() {
        List<String> failures = new ArrayList<>();
        for (int n = 0; n <= MAX_N; n++) {
            for (int m = 0; m <= n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(LEAVES, m, n);
                if (!MerkleTree.verifyConsistency(m, n, ROOTS[m], ROOTS[n], proof)) {
                    failures.add("PROOF(" + m + ", D[" + n + "])");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRejectAnInclusionProofWithAnyByteOfTheProofTheLeafOrTheRootFlipped() {
        List<String> failures = new ArrayList<>();
        forEveryInclusionProof((m, n, proof) -> {
            byte[] leaf = LEAVES.get(m);
            forEveryFlippedProof(proof, tampered -> MerkleTree.verifyInclusion(m, n, leaf, tampered, ROOTS[n]),
                    failures, "PATH(" + m + ", D[" + n + "])");
            forEveryFlippedHash(leaf, l -> MerkleTree.verifyInclusion(m, n, l, proof, ROOTS[n]),
                    failures, "leaf " + m + " of " + n);
            forEveryFlippedHash(ROOTS[n], r -> MerkleTree.verifyInclusion(m, n, leaf, proof, r),
                    failures, "root for leaf " + m + " of " + n);
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRejectAConsistencyProofWithAnyByteOfTheProofOrOfEitherRootFlipped() {
        List<String> failures = new ArrayList<>();
        forEveryConsistencyProof((m, n, proof) -> {
            String name = "PROOF(" + m + ", D[" + n + "])";
            forEveryFlippedProof(proof, tampered -> MerkleTree.verifyConsistency(m, n, ROOTS[m], ROOTS[n], tampered),
                    failures, name);
            forEveryFlippedHash(ROOTS[m], r -> MerkleTree.verifyConsistency(m, n, r, ROOTS[n], proof),
                    failures, "old root of " + name);
            forEveryFlippedHash(ROOTS[n], r -> MerkleTree.verifyConsistency(m, n, ROOTS[m], r, proof),
                    failures, "new root of " + name);
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRejectAnInclusionProofForAnyOtherIndexInTheSameTree() {
        List<String> failures = new ArrayList<>();
        forEveryInclusionProof((m, n, proof) -> {
            for (int other = -1; other <= n; other++) {
                if (other != m && MerkleTree.verifyInclusion(other, n, LEAVES.get(m), proof, ROOTS[n])) {
                    failures.add("PATH(" + m + ", D[" + n + "]) as index " + other);
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    /**
     * An inclusion proof is a list of hashes whose sides the verifier derives from (index, size); another size that
     * gives the leaf the same path shape recomputes the same root. The size is bound by the signed checkpoint.
     */
    @Test
    void shouldAcceptAnInclusionProofForAnotherSizeOnlyWhereTheLeafHasTheSamePathShape() {
        List<String> failures = new ArrayList<>();
        forEveryInclusionProof((m, n, proof) -> {
            for (int size = 0; size < SIZES; size++) {
                boolean expected = size == n || m < size && ReferenceMerkle.pathShape(m, size)
                        .equals(ReferenceMerkle.pathShape(m, n));
                if (MerkleTree.verifyInclusion(m, size, LEAVES.get(m), proof, ROOTS[n]) != expected) {
                    failures.add("PATH(" + m + ", D[" + n + "]) as size " + size + ", expected " + expected);
                }
            }
        });
        assertThat(failures).isEmpty();
        // leaf 0 of 3 and leaf 0 of 4 both have their siblings on the right, twice
        List<byte[]> proofIn3 = MerkleTree.inclusionProof(LEAVES, 0, 3);
        assertThat(MerkleTree.verifyInclusion(0, 4, LEAVES.get(0), proofIn3, ROOTS[3])).isTrue();
        assertThat(MerkleTree.verifyInclusion(0, 5, LEAVES.get(0), proofIn3, ROOTS[3])).isFalse();
    }

    /** As for inclusion proofs: other sizes are accepted exactly where PROOF has the same shape. */
    @Test
    void shouldRejectAConsistencyProofForOtherSizesUnlessTheirProofHasTheSameShape() {
        List<String> failures = new ArrayList<>();
        forEveryConsistencyProof((m, n, proof) -> {
            String shape = ReferenceMerkle.proofShape(m, n);
            for (int oldSize = 0; oldSize <= n; oldSize++) {
                boolean expected = 0 < oldSize && oldSize < n && ReferenceMerkle.proofShape(oldSize, n).equals(shape);
                if (MerkleTree.verifyConsistency(oldSize, n, ROOTS[m], ROOTS[n], proof) != expected) {
                    failures.add("PROOF(" + m + ", D[" + n + "]) as old size " + oldSize + ", expected " + expected);
                }
            }
            for (int newSize = m; newSize < SIZES; newSize++) {
                boolean expected = m < newSize && ReferenceMerkle.proofShape(m, newSize).equals(shape);
                if (MerkleTree.verifyConsistency(m, newSize, ROOTS[m], ROOTS[n], proof) != expected) {
                    failures.add("PROOF(" + m + ", D[" + n + "]) as new size " + newSize + ", expected " + expected);
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRejectProofsWithAHashLeftOutOrAdded() {
        List<String> failures = new ArrayList<>();
        forEveryInclusionProof((m, n, proof) -> forEveryLengthChange(proof,
                p -> MerkleTree.verifyInclusion(m, n, LEAVES.get(m), p, ROOTS[n]), failures, "PATH(" + m + ", " + n));
        forEveryConsistencyProof((m, n, proof) -> forEveryLengthChange(proof,
                p -> MerkleTree.verifyConsistency(m, n, ROOTS[m], ROOTS[n], p), failures, "PROOF(" + m + ", " + n));
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerFalseToMalformedInclusionProofsWithoutThrowing() {
        List<byte[]> proof = MerkleTree.inclusionProof(LEAVES, 5, 11);
        byte[] leaf = LEAVES.get(5);
        List<byte[]> withNull = new ArrayList<>(proof);
        withNull.set(1, null);
        List<byte[]> withShortHash = new ArrayList<>(proof);
        withShortHash.set(1, Arrays.copyOf(proof.get(1), 31));

        assertThat(MerkleTree.verifyInclusion(5, 11, leaf, proof, ROOTS[11])).isTrue();
        assertThat(MerkleTree.verifyInclusion(5, 11, leaf, null, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 11, leaf, withNull, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 11, leaf, withShortHash, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 11, null, proof, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 11, Arrays.copyOf(leaf, 33), proof, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 11, leaf, proof, null)).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 11, leaf, proof, new byte[0])).isFalse();
        assertThat(MerkleTree.verifyInclusion(-5, 11, leaf, proof, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, -11, leaf, proof, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, Long.MAX_VALUE, leaf, proof, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(Long.MAX_VALUE - 1, Long.MAX_VALUE, leaf, proof, ROOTS[11])).isFalse();
        assertThat(MerkleTree.verifyInclusion(0, 1, leaf, Collections.nCopies(1000, leaf), leaf)).isFalse();
    }

    @Test
    void shouldAnswerFalseToMalformedConsistencyProofsWithoutThrowing() {
        List<byte[]> proof = MerkleTree.consistencyProof(LEAVES, 5, 11);
        List<byte[]> withNull = new ArrayList<>(proof);
        withNull.set(0, null);

        assertThat(MerkleTree.verifyConsistency(5, 11, ROOTS[5], ROOTS[11], proof)).isTrue();
        assertThat(MerkleTree.verifyConsistency(5, 11, ROOTS[5], ROOTS[11], null)).isFalse();
        assertThat(MerkleTree.verifyConsistency(5, 11, ROOTS[5], ROOTS[11], withNull)).isFalse();
        assertThat(MerkleTree.verifyConsistency(5, 11, ROOTS[5], ROOTS[11], List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(5, 11, null, ROOTS[11], proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(5, 11, ROOTS[5], new byte[31], proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(11, 5, ROOTS[11], ROOTS[5], proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(-5, 11, ROOTS[5], ROOTS[11], proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(5, Long.MAX_VALUE, ROOTS[5], ROOTS[11], proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(5, 11, ROOTS[5], ROOTS[11], Collections.nCopies(1000, ROOTS[5])))
                .isFalse();
    }

    @Test
    void shouldVerifyTheTrivialConsistencyOfTheEmptyTreeAndOfATreeWithItselfOnlyWithoutAProof() {
        assertThat(MerkleTree.verifyConsistency(0, 9, MerkleTree.emptyRootHash(), ROOTS[9], List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(0, 9, ROOTS[1], ROOTS[9], List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(0, 9, MerkleTree.emptyRootHash(), ROOTS[9], List.of(ROOTS[9])))
                .isFalse();
        assertThat(MerkleTree.verifyConsistency(9, 9, ROOTS[9], ROOTS[9], List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(9, 9, ROOTS[9], ROOTS[8], List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(9, 9, ROOTS[9], ROOTS[9], List.of(ROOTS[9]))).isFalse();
    }

    @Test
    void shouldRejectBadArgumentsWithAClearMessage() {
        long size = LEAVES.size();

        assertThatThrownBy(() -> MerkleTree.rootHash(LEAVES, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tree size -1 is not in 0.." + size + " (the number of leaf hashes)");
        assertThatThrownBy(() -> MerkleTree.rootHash(LEAVES, size + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tree size " + (size + 1));
        assertThatThrownBy(() -> MerkleTree.inclusionProof(LEAVES, 7, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leaf index 7 is not in a tree of size 7 (0 <= index < size)");
        assertThatThrownBy(() -> MerkleTree.inclusionProof(LEAVES, -1, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaf index -1");
        assertThatThrownBy(() -> MerkleTree.inclusionProof(LEAVES, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaf index 0");
        assertThatThrownBy(() -> MerkleTree.inclusionProof(LEAVES, 0, size + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tree size " + (size + 1));
        assertThatThrownBy(() -> MerkleTree.consistencyProof(LEAVES, 5, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("old tree size 5 is not in 0..4 (the new tree size)");
        assertThatThrownBy(() -> MerkleTree.consistencyProof(LEAVES, -1, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("old tree size -1");
        assertThatThrownBy(() -> MerkleTree.consistencyProof(LEAVES, 1, size + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new tree size " + (size + 1));
    }

    @Test
    void shouldCheckAndCopyLeafHashesGivenAsAList() {
        byte[] hash = MerkleTree.leafHash(new byte[] {1});
        List<byte[]> source = new ArrayList<>(List.of(hash, hash));
        LeafHashes leaves = LeafHashes.of(source);
        byte[] root = MerkleTree.rootHash(leaves, 2);

        hash[0] ^= 1;
        source.add(hash);
        leaves.get(0)[1] ^= 1;

        assertThat(leaves.size()).isEqualTo(2);
        assertThat(MerkleTree.rootHash(leaves, 2)).isEqualTo(root);
        assertThatThrownBy(() -> leaves.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> LeafHashes.of(List.of(hash, new byte[31])))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("leaf hash 1 must be 32 bytes, not 31 bytes");
    }

    @Test
    void shouldRefuseALeafHashOfTheWrongLengthFromTheLeafSource() {
        LeafHashes broken = new LeafHashes() {
            @Override
            public long size() {
                return 3;
            }

            @Override
            public byte[] get(long index) {
                return index == 2 ? new byte[20] : LEAVES.get(index);
            }
        };

        assertThat(MerkleTree.rootHash(broken, 2)).isEqualTo(ROOTS[2]);
        assertThatThrownBy(() -> MerkleTree.rootHash(broken, 3)).isInstanceOf(IllegalStateException.class)
                .hasMessage("leaf hash 2 is not a 32-byte hash");
    }

    @Test
    void shouldReadEachLeafAtMostOnceForARootOrAProof() {
        CountingLeaves leaves = new CountingLeaves(hashesOfIndices(1000));

        MerkleTree.rootHash(leaves, 1000);
        assertThat(leaves.reads).isEqualTo(1000);
        leaves.reads = 0;
        MerkleTree.inclusionProof(leaves, 377, 1000);
        assertThat(leaves.reads).isEqualTo(999);
        leaves.reads = 0;
        MerkleTree.consistencyProof(leaves, 377, 1000);
        assertThat(leaves.reads).isLessThanOrEqualTo(1000);
    }

    @Test
    void shouldBuildTheProofsOfTheRfc9162ExampleTreeOfSevenLeaves() {
        List<byte[]> d = IntStream.range(0, 7).mapToObj(i -> ("d" + i).getBytes(StandardCharsets.UTF_8)).toList();
        LeafHashes leaves = LeafHashes.of(d.stream().map(MerkleTree::leafHash).toList());
        Rfc9162Example t = new Rfc9162Example(d);

        assertThat(MerkleTree.rootHash(leaves, 7)).isEqualTo(t.hash);
        assertThat(MerkleTree.inclusionProof(leaves, 0, 7)).containsExactly(t.b, t.h, t.l);
        assertThat(MerkleTree.inclusionProof(leaves, 1, 7)).as("leaf b").containsExactly(t.a, t.h, t.l);
        assertThat(MerkleTree.inclusionProof(leaves, 3, 7)).containsExactly(t.c, t.g, t.l);
        assertThat(MerkleTree.inclusionProof(leaves, 4, 7)).containsExactly(t.f, t.j, t.k);
        assertThat(MerkleTree.inclusionProof(leaves, 6, 7)).containsExactly(t.i, t.k);
        // hash0 = MTH(D[0:3]), hash1 = k = MTH(D[0:4]), hash2 = MTH(D[0:6])
        assertThat(MerkleTree.rootHash(leaves, 3)).isEqualTo(MerkleTree.nodeHash(t.g, t.c));
        assertThat(MerkleTree.rootHash(leaves, 4)).isEqualTo(t.k);
        assertThat(MerkleTree.rootHash(leaves, 6)).isEqualTo(MerkleTree.nodeHash(t.k, t.i));
        assertThat(MerkleTree.consistencyProof(leaves, 3, 7)).hasSize(4).containsExactly(t.c, t.d, t.g, t.l);
        assertThat(MerkleTree.consistencyProof(leaves, 4, 7)).hasSize(1).containsExactly(t.l);
        assertThat(MerkleTree.consistencyProof(leaves, 6, 7)).hasSize(3).containsExactly(t.i, t.j, t.k);
    }

    @Test
    void shouldComputeTheRootAndTwoProofsOfAMillionLeafTreeInWellUnderFiveSeconds() {
        int n = 1_000_000;
        LeafHashes leaves = new CountingLeaves(hashesOfIndices(n));

        long start = System.nanoTime();
        byte[] root = MerkleTree.rootHash(leaves, n);
        List<byte[]> inclusion = MerkleTree.inclusionProof(leaves, 123_457, n);
        byte[] oldRoot = MerkleTree.rootHash(leaves, 654_321);
        List<byte[]> consistency = MerkleTree.consistencyProof(leaves, 654_321, n);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("milliseconds for the root, an old root and two proofs").isLessThan(5_000);
        assertThat(inclusion).hasSize(20);
        assertThat(MerkleTree.verifyInclusion(123_457, n, leaves.get(123_457), inclusion, root)).isTrue();
        assertThat(MerkleTree.verifyConsistency(654_321, n, oldRoot, root, consistency)).isTrue();
    }

    private static void forEveryInclusionProof(ProofCheck check) {
        for (int n = 1; n <= MAX_N; n++) {
            for (int m = 0; m < n; m++) {
                check.accept(m, n, MerkleTree.inclusionProof(LEAVES, m, n));
            }
        }
    }

    private static void forEveryConsistencyProof(ProofCheck check) {
        for (int n = 2; n <= MAX_N; n++) {
            for (int m = 1; m < n; m++) {
                check.accept(m, n, MerkleTree.consistencyProof(LEAVES, m, n));
            }
        }
    }

    /** The names of the proofs, of those {@code proofs} goes through, that fail {@code test}. */
    private static List<String> failing(Consumer<ProofCheck> proofs, String name, ProofTest test) {
        List<String> failures = new ArrayList<>();
        proofs.accept((m, n, proof) -> {
            if (!test.test(m, n, proof)) {
                failures.add(name + "(" + m + ", D[" + n + "])");
            }
        });
        return failures;
    }

    private static void forEveryFlippedProof(List<byte[]> proof, Predicate<List<byte[]>> verifies,
            List<String> failures, String name) {
        for (int j = 0; j < proof.size(); j++) {
            int element = j;
            forEveryFlippedHash(proof.get(j), hash -> verifies.test(replaced(proof, element, hash)), failures,
                    name + " hash " + j);
        }
    }

    private static void forEveryFlippedHash(byte[] hash, Predicate<byte[]> verifies, List<String> failures,
            String name) {
        for (int i = 0; i < hash.length; i++) {
            byte[] flipped = hash.clone();
            flipped[i] ^= (byte) 0xff;
            if (verifies.test(flipped)) {
                failures.add(name + " with byte " + i + " flipped");
            }
        }
    }

    private static void forEveryLengthChange(List<byte[]> proof, Predicate<List<byte[]>> verifies,
            List<String> failures, String name) {
        for (int j = 0; j < proof.size(); j++) {
            List<byte[]> shorter = new ArrayList<>(proof);
            shorter.remove(j);
            if (verifies.test(shorter)) {
                failures.add(name + " without hash " + j);
            }
        }
        for (byte[] extra : List.of(ROOTS[0], ROOTS[MAX_N])) {
            List<byte[]> longer = new ArrayList<>(proof);
            longer.add(extra);
            List<byte[]> longerInFront = new ArrayList<>(proof);
            longerInFront.add(0, extra);
            if (verifies.test(longer) || verifies.test(longerInFront)) {
                failures.add(name + " with a hash added");
            }
        }
    }

    private static List<byte[]> replaced(List<byte[]> proof, int index, byte[] hash) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.set(index, hash);
        return copy;
    }

    private static byte[][] hashesOfIndices(int n) {
        byte[][] hashes = new byte[n][];
        for (int i = 0; i < n; i++) {
            hashes[i] = MerkleTree.leafHash(Integer.toString(i).getBytes(StandardCharsets.UTF_8));
        }
        return hashes;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        byte[] result = new byte[0];
        for (byte[] part : parts) {
            byte[] longer = Arrays.copyOf(result, result.length + part.length);
            System.arraycopy(part, 0, longer, result.length, part.length);
            result = longer;
        }
        return result;
    }

    @FunctionalInterface
    private interface ProofTest {
        boolean test(int m, int n, List<byte[]> proof);
    }

    @FunctionalInterface
    private interface ProofCheck {
        void accept(int m, int n, List<byte[]> proof);
    }

    /** Leaf hashes in an array, counting the reads: the kind of source a database or a file would be. */
    private static final class CountingLeaves implements LeafHashes {

        private final byte[][] hashes;
        private long reads;

        CountingLeaves(byte[][] hashes) {
            this.hashes = hashes;
        }

        @Override
        public long size() {
            return hashes.length;
        }

        @Override
        public byte[] get(long index) {
            reads++;
            return hashes[Math.toIntExact(index)];
        }
    }

    /** The nodes of the 7-leaf tree of RFC 9162 §2.1.5, named as in its figure and built by hand. */
    private static final class Rfc9162Example {

        final byte[] a;
        final byte[] b;
        final byte[] c;
        final byte[] d;
        final byte[] e;
        final byte[] f;
        final byte[] j;
        final byte[] g;
        final byte[] h;
        final byte[] i;
        final byte[] k;
        final byte[] l;
        final byte[] hash;

        Rfc9162Example(List<byte[]> entries) {
            a = MerkleTree.leafHash(entries.get(0));
            b = MerkleTree.leafHash(entries.get(1));
            c = MerkleTree.leafHash(entries.get(2));
            d = MerkleTree.leafHash(entries.get(3));
            e = MerkleTree.leafHash(entries.get(4));
            f = MerkleTree.leafHash(entries.get(5));
            j = MerkleTree.leafHash(entries.get(6));
            g = MerkleTree.nodeHash(a, b);
            h = MerkleTree.nodeHash(c, d);
            i = MerkleTree.nodeHash(e, f);
            k = MerkleTree.nodeHash(g, h);
            l = MerkleTree.nodeHash(i, j);
            hash = MerkleTree.nodeHash(k, l);
        }
    }
}
