package io.prism.audit.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Checkpoint}: the C2SP tlog-checkpoint note text, written exactly and read strictly. */
class CheckpointTest {

    private static final byte[] ROOT = MerkleTree.leafHash("root".getBytes(StandardCharsets.UTF_8));
    private static final String ROOT_BASE64 = Base64.getEncoder().encodeToString(ROOT);

    @Test
    void shouldWriteTheOriginTheSizeAndTheBase64RootHashOnePerLine() {
        Checkpoint checkpoint = new Checkpoint("prism.example/audit", 20852163, ROOT);

        assertThat(checkpoint.body()).isEqualTo("prism.example/audit\n20852163\n" + ROOT_BASE64 + "\n");
    }

    @Test
    void shouldReadTheExampleOfTheSpecification() {
        Checkpoint checkpoint = Checkpoint.parse(
                "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");

        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.treeSize()).isEqualTo(20852163);
        assertThat(checkpoint.rootHash()).hasSize(32)
                .isEqualTo(Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="));
    }

    @Test
    void shouldRoundTripThroughTheBody() {
        for (long size : new long[] {0, 1, 9, 10, 1_000_000, Long.MAX_VALUE}) {
            Checkpoint checkpoint = new Checkpoint("log.example/a b", size, ROOT);

            assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
        }
    }

    @Test
    void shouldCompareByValueAndKeepItsOwnCopyOfTheRootHash() {
        byte[] root = ROOT.clone();
        Checkpoint checkpoint = new Checkpoint("log", 3, root);

        root[0] ^= 1;
        checkpoint.rootHash()[1] ^= 1;

        assertThat(checkpoint.rootHash()).isEqualTo(ROOT);
        assertThat(checkpoint).isEqualTo(new Checkpoint("log", 3, ROOT))
                .hasSameHashCodeAs(new Checkpoint("log", 3, ROOT))
                .isNotEqualTo(new Checkpoint("log", 4, ROOT))
                .isNotEqualTo(new Checkpoint("log", 3, root));
        assertThat(checkpoint.toString()).contains("log", "3");
    }

    @Test
    void shouldRejectBodiesThatAreNotExactlyThreeLines() {
        String valid = "log\n5\n" + ROOT_BASE64 + "\n";

        assertThat(Checkpoint.parse(valid).treeSize()).isEqualTo(5);
        assertRejected("log\n5\n" + ROOT_BASE64, "must end with a newline");
        assertRejected(valid + "extension line\n", "exactly 3 lines");
        assertRejected(valid + "\n", "exactly 3 lines");
        assertRejected("log\n" + ROOT_BASE64 + "\n", "exactly 3 lines");
        assertRejected("log\r\n5\r\n" + ROOT_BASE64 + "\r\n", "control character");
        assertRejected("", "must end with a newline");
        assertRejected(null, "must end with a newline");
    }

    @Test
    void shouldRejectAnEmptyOrInvalidOrigin() {
        assertRejected("\n5\n" + ROOT_BASE64 + "\n", "origin must be non-empty");
        assertRejected("lo\tg\n5\n" + ROOT_BASE64 + "\n", "control character U+0009");
    }

    @Test
    void shouldRejectATreeSizeThatIsNotPlainDecimal() {
        for (String size : List.of("", "+1", "-1", "01", "00", " 1", "1 ", "1e3", "0x10", "1_000", "\u0661",
                "12a")) {
            assertRejected("log\n" + size + "\n" + ROOT_BASE64 + "\n", "is not a decimal number");
        }
        assertRejected("log\n9223372036854775808\n" + ROOT_BASE64 + "\n", "is beyond 9223372036854775807");
    }

    @Test
    void shouldRejectARootHashThatIsNotCanonicalBase64OfThirtyTwoBytes() {
        assertRejected(body("!!not base64!!"), "not base64");
        assertRejected(body(ROOT_BASE64.replace("=", "")), "canonical padded base64");
        assertRejected(body(ROOT_BASE64.substring(0, 42) + "B="), "canonical padded base64");
        assertRejected(body(" " + ROOT_BASE64), "not base64");
        assertRejected(body(Base64.getEncoder().encodeToString(new byte[31])), "must be 32 bytes, not 31 bytes");
        assertRejected(body(Base64.getEncoder().encodeToString(new byte[33])), "must be 32 bytes, not 33 bytes");
        assertRejected(body(""), "must be 32 bytes, not 0 bytes");
    }

    @Test
    void shouldRejectInvalidFields() {
        assertThatThrownBy(() -> new Checkpoint("log", -1, ROOT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the tree size must be at least 0, not -1");
        assertThatThrownBy(() -> new Checkpoint("log", 1, new byte[16])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the root hash must be 32 bytes, not 16 bytes");
        assertThatThrownBy(() -> new Checkpoint("log", 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the root hash must be 32 bytes, not null");
        assertThatThrownBy(() -> new Checkpoint("log\nx", 1, ROOT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the checkpoint origin must be a single line");
        assertThatThrownBy(() -> new Checkpoint(null, 1, ROOT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the checkpoint origin must be non-empty");
    }

    @Test
    void shouldSignACheckpointWhoseRootProvesTheInclusionOfAnEntry() {
        LeafHashes leaves = LeafHashes.of(IntStream.range(0, 13)
                .mapToObj(i -> MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)))
                .toList());
        NoteSigner signer = new NoteSigner("prism.example/audit", new byte[32]);
        Checkpoint checkpoint = new Checkpoint("prism.example/audit", 13, MerkleTree.rootHash(leaves, 13));

        String note = signer.sign(checkpoint.body());
        Checkpoint verified = Checkpoint.parse(signer.verifier().verify(note));

        assertThat(verified).isEqualTo(checkpoint);
        assertThat(MerkleTree.verifyInclusion(8, verified.treeSize(), leaves.get(8),
                MerkleTree.inclusionProof(leaves, 8, 13), verified.rootHash())).isTrue();
    }

    private static String body(String rootLine) {
        return "log\n5\n" + rootLine + "\n";
    }

    private static void assertRejected(String body, String messagePart) {
        assertThatThrownBy(() -> Checkpoint.parse(body)).as("%s", body)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(messagePart);
    }
}
