package io.prism.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.audit.proof.Checkpoint;
import io.prism.audit.proof.LeafHashes;
import io.prism.audit.proof.MerkleTree;
import io.prism.audit.proof.NoteSigner;
import io.prism.tenancy.TenantId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline verifier on segments written by {@link SegmentWriter} from events made here, over several hours:
 * the files of the layout, progress read back from the files, and what the command says of a valid log, a dropped
 * segment, events no checkpoint covers, a foreign key and wrong arguments. The same checks on segments the running
 * service wrote are in {@link AuditSegmentsTest}.
 */
class OfflineVerifierTest {

    static final NoteSigner SIGNER = new NoteSigner("prism-offline-test", seed(7));
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 123_456_000,
            ZoneOffset.UTC);

    @TempDir
    Path root;

    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final List<AuditEvent> log = new ArrayList<>();
    private Path dir;
    private Path key;

    /** The exit code of the command and what it printed. */
    record Run(int code, String output) {
    }

    static Run verify(Path segments, Path publicKey) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = OfflineVerifier.run(new String[] {"verify", "--segments", segments.toString(), "--public-key",
            publicKey.toString()}, out);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    static byte[] seed(int value) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) value);
        return seed;
    }

    @BeforeEach
    void keyFile() throws IOException {
        dir = root.resolve(tenant.toString());
        key = Files.writeString(root.resolve("verifier.pub"), SIGNER.verifierKey() + "\n");
    }

    /** Appends {@code count} events, {@code minutesApart} from one another, and writes them to the segments. */
    private void append(int count, int minutesApart) throws IOException {
        try (SegmentWriter writer = SegmentWriter.open(dir)) {
            assertThat(writer.next()).as("progress read from the files").isEqualTo(log.size());
            for (int i = 0; i < count; i++) {
                AuditEvent e = event(log.size(), START.plusMinutes((long) log.size() * minutesApart));
                log.add(e);
                writer.add(e);
            }
            writer.finish();
        }
    }

    private AuditEvent event(long seq, OffsetDateTime at) {
        byte[] previous = log.isEmpty() ? AuditEvent.NO_PREVIOUS : log.getLast().hash();
        ObjectNode after = JsonNodeFactory.instance.objectNode().put("name", "steel \u00e9 " + seq)
                .put("tensileStrength", 600.5 + seq).put("verified", seq % 2 == 0);
        return new AuditEvent(tenant, seq, UUID.randomUUID(), at, AuditEvent.Actor.SYSTEM, "material.update",
                "Material", "m-" + seq, AuditEvent.Outcome.SUCCESS, null, "corr-" + seq, "REST", "UpdateMaterial",
                null, null, null, after, previous);
    }

    private void seal() throws IOException {
        List<byte[]> leaves = log.stream().map(e -> MerkleTree.leafHash(e.canonical())).toList();
        byte[] root = MerkleTree.rootHash(LeafHashes.of(leaves), leaves.size());
        String note = SIGNER.sign(new Checkpoint("prism/audit/" + tenant, leaves.size(), root).body());
        AtomicFile.write(SegmentLayout.note(dir, leaves.size()), note.getBytes(StandardCharsets.UTF_8));
    }

    private void assertBroken(Path publicKey, String located) {
        Run run = verify(root, publicKey);
        assertThat(run.code()).as(run.output()).isEqualTo(OfflineVerifier.TAMPERED);
        assertThat(run.output()).contains(tenant + " BROKEN: ", located);
    }

    @Test
    void shouldWriteOneFilePerHourAndVerifyThem() throws IOException {
        append(3, 30);
        seal();
        append(3, 30);
        seal();
        assertThat(SegmentLayout.segments(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("2026-03-01T09.jsonl", "2026-03-01T10.jsonl", "2026-03-01T11.jsonl");
        assertThat(Files.readAllLines(SegmentLayout.segment(dir, "2026-03-01T10"))).hasSize(2);
        byte[] first = Files.readAllBytes(SegmentLayout.segment(dir, "2026-03-01T09"));
        assertThat(new String(first, StandardCharsets.UTF_8))
                .isEqualTo(new String(log.get(0).canonical(), StandardCharsets.UTF_8) + "\n"
                        + new String(log.get(1).canonical(), StandardCharsets.UTF_8) + "\n");
        Run run = verify(root, key);
        assertThat(run.code()).as(run.output()).isEqualTo(OfflineVerifier.VALID);
        assertThat(run.output()).contains(tenant + " OK: 6 events in 3 segments, sealed by checkpoint-6.note");
    }

    @Test
    void shouldKeepAnEventOfAnEarlierHourInTheNewestSegment() throws IOException {
        append(2, 0);
        try (SegmentWriter writer = SegmentWriter.open(dir)) {
            AuditEvent late = event(2, START.plusHours(2));
            AuditEvent skewed = new AuditEvent(tenant, 3, UUID.randomUUID(), START.plusHours(1),
                    AuditEvent.Actor.SYSTEM, "material.delete", null, null, AuditEvent.Outcome.SUCCESS, null, null,
                    null, null, null, null, null, null, late.hash());
            log.add(late);
            log.add(skewed);
            writer.add(late);
            writer.add(skewed);
            writer.finish();
        }
        seal();
        assertThat(Files.readAllLines(SegmentLayout.segment(dir, "2026-03-01T11"))).hasSize(2);
        assertThat(verify(root, key).code()).isEqualTo(OfflineVerifier.VALID);
    }

    @Test
    void shouldFindADroppedSegmentAsAGapInTheLog() throws IOException {
        append(6, 30);
        seal();
        Files.delete(SegmentLayout.segment(dir, "2026-03-01T10"));
        assertBroken(key, "2026-03-01T11.jsonl line 1: event 4: events 2 to 3 are missing");
    }

    @Test
    void shouldRefuseEventsThatNoCheckpointCovers() throws IOException {
        append(2, 30);
        seal();
        append(1, 30);
        assertBroken(key, "events 2 to 2 are after the newest checkpoint (checkpoint-2.note)");
    }

    @Test
    void shouldRefuseSegmentsWithoutANote() throws IOException {
        append(2, 30);
        assertBroken(key, "no checkpoint note");
    }

    @Test
    void shouldRefuseACheckpointSignedByAnotherKey() throws IOException {
        append(2, 30);
        seal();
        Path other = Files.writeString(root.resolve("other.pub"),
                new NoteSigner("prism-offline-test", seed(8)).verifierKey());
        assertBroken(other, "checkpoint-2.note: the checkpoint of size 2 does not verify");
    }

    @Test
    void shouldAnswerTwoForWrongArgumentsAndUnreadableFiles() throws IOException {
        append(1, 30);
        seal();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(OfflineVerifier.run(new String[0], out)).isEqualTo(OfflineVerifier.ERROR);
        assertThat(OfflineVerifier.run(new String[] {"verify", "--segments", root.toString()}, out))
                .isEqualTo(OfflineVerifier.ERROR);
        assertThat(verify(root.resolve("missing"), key).code()).isEqualTo(OfflineVerifier.ERROR);
        assertThat(verify(root, root.resolve("missing.pub")).code()).isEqualTo(OfflineVerifier.ERROR);
        Path garbage = Files.writeString(root.resolve("bad.pub"), "not a key");
        Run run = verify(root, garbage);
        assertThat(run.code()).isEqualTo(OfflineVerifier.ERROR);
        assertThat(run.output()).contains("verifier key", OfflineVerifier.USAGE);
        assertThat(verify(Files.createDirectories(root.resolve("empty").resolve("x")).getParent(), key).code())
                .as("no tenant directory").isEqualTo(OfflineVerifier.ERROR);
    }
}
