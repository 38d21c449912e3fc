package io.prism.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.audit.proof.Checkpoint;
import io.prism.audit.proof.NoteSigner;
import io.prism.support.IntegrationTest;
import io.prism.tenancy.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sealed segments written by the running service to {@code prism.audit.segments-dir}, and the offline verifier
 * on them: the files after a seal and after the next one, a valid verdict on the untouched files, and on copies of
 * them each kind of tampering found and located: an edited line, a file cut short, a dropped segment and a
 * checkpoint note for another root. A write that fails is done at the next seal.
 */
class AuditSegmentsTest extends IntegrationTest {

    private static final String KEY_NAME = "prism-segments-test";
    private static final NoteSigner SIGNER = new NoteSigner(KEY_NAME, OfflineVerifierTest.seed(9));

    @TempDir
    static Path segments;

    @TempDir
    Path work;

    @Autowired
    Checkpointer checkpointer;

    private TenantKey t;
    private Path key;
    private int copies;

    @DynamicPropertySource
    static void segmentsDir(DynamicPropertyRegistry registry) {
        registry.add("prism.audit.segments-dir", () -> segments.toString());
        registry.add("prism.audit.signing-key", () -> NoteSigner.privateKeyString(KEY_NAME,
                OfflineVerifierTest.seed(9)));
    }

    /** A tenant with five events (its creation, its key's, three materials), sealed and written out. */
    @BeforeEach
    void sealedLog() throws IOException {
        t = newTenant("segments tenant", "READ", "WRITE", "AUDIT");
        for (int i = 0; i < 3; i++) {
            ok(t.key(), AuditTrailTest.MATERIAL, Map.of("n", "segment steel " + i));
        }
        checkpointer.sealAll();
        String publicKey = ok(t.key(), "{ auditPublicKey }").path("auditPublicKey").asString();
        assertThat(publicKey).isEqualTo(SIGNER.verifierKey());
        key = Files.writeString(work.resolve("verifier.pub"), publicKey + "\n");
    }

    private Path tenantDir() {
        return segments.resolve(t.tenantId());
    }

    /** The lines of every segment of a tenant directory, in order. */
    private static List<String> lines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path segment : SegmentLayout.segments(dir)) {
            lines.addAll(Files.readAllLines(segment, StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A copy of the tenant's directory, alone under a segments directory of its own. */
    private Path copy() throws IOException {
        Path dir = Files.createDirectories(work.resolve("copy-" + copies++).resolve(t.tenantId()));
        for (Path file : names(tenantDir()).stream().map(tenantDir()::resolve).toList()) {
            Files.copy(file, dir.resolve(file.getFileName()));
        }
        return dir;
    }

    private OfflineVerifierTest.Run verify(Path tenantCopy) {
        return OfflineVerifierTest.verify(tenantCopy.getParent(), key);
    }

    private void assertBroken(Path tenantCopy, String... located) {
        OfflineVerifierTest.Run run = verify(tenantCopy);
        assertThat(run.code()).as(run.output()).isEqualTo(OfflineVerifier.TAMPERED);
        assertThat(run.output()).contains(t.tenantId() + " BROKEN: ").contains(located);
    }

    /** The newest segment of a tenant directory. */
    private static Path newestSegment(Path dir) throws IOException {
        return SegmentLayout.segments(dir).getLast();
    }

    @Test
    void shouldWriteTheSealedEventsAndTheirCheckpointAndExtendThemAtTheNextSeal() throws IOException {
        JsonNode page = ok(t.key(), AuditTrailTest.EVENTS, Map.of()).path("auditEvents");
        assertThat(page.path("totalCount").asInt()).isEqualTo(5);
        List<String> lines = lines(tenantDir());
        assertThat(lines).hasSize(5);
        for (int i = 0; i < 5; i++) {
            AuditEvent e = AuditEventParser.parse(lines.get(i).getBytes(StandardCharsets.UTF_8));
            assertThat(e.seq()).isEqualTo(i);
            JsonNode stored = page.path("edges").path(4 - i).path("node");
            assertThat(HexFormat.of().formatHex(Digests.sha256(lines.get(i).getBytes(StandardCharsets.UTF_8))))
                    .as("line %d is the canonical form the log hashed", i).isEqualTo(stored.path("hash").asString());
        }
        String signedNote = ok(t.key(), "{ auditCheckpoint { treeSize signedNote } }").path("auditCheckpoint")
                .path("signedNote").asString();
        assertThat(Files.readString(SegmentLayout.note(tenantDir(), 5))).isEqualTo(signedNote);

        ok(t.key(), AuditTrailTest.MATERIAL, Map.of("n", "after the first seal"));
        checkpointer.sealAll();
        assertThat(lines(tenantDir())).hasSize(6).startsWith(lines.toArray(String[]::new));
        assertThat(names(tenantDir())).contains("checkpoint-5.note", "checkpoint-6.note")
                .allSatisfy(n -> assertThat(n).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d\\.jsonl|checkpoint-\\d+\\.note"));

        OfflineVerifierTest.Run run = verify(copy());
        assertThat(run.code()).as(run.output()).isEqualTo(OfflineVerifier.VALID);
        assertThat(run.output()).contains(t.tenantId() + " OK: 6 events in ", "sealed by checkpoint-6.note");
    }

    /** Replaces {@code from} by {@code to} in the line of event {@code seq}, wherever it is. */
    private static void edit(Path dir, long seq, String from, String to) throws IOException {
        for (Path segment : SegmentLayout.segments(dir)) {
            String text = Files.readString(segment);
            String line = text.lines().filter(l -> l.contains("\"seq\":" + seq + ",")).findFirst().orElse(null);
            if (line != null) {
                assertThat(line).contains(from);
                Files.writeString(segment, text.replace(line, line.replace(from, to)));
                return;
            }
        }
        throw new AssertionError("no line of event " + seq);
    }

    @Test
    void shouldWriteASegmentThatFailedAtTheNextSealWithoutFailingTheSeal() throws IOException {
        TenantKey later = newTenant("segments retry", "READ");
        Path dir = segments.resolve(later.tenantId());
        Files.writeString(dir, "a file where the tenant's directory belongs");
        assertThat(checkpointer.sealAll()).as("the seal itself succeeds").isPositive();
        assertThat(sqlCount("SELECT count(*) FROM audit_checkpoint WHERE tenant_id = '" + later.tenantId() + "'"))
                .isEqualTo(1);
        assertThat(dir).isRegularFile();
        Files.delete(dir);
        checkpointer.sealAll();
        assertThat(lines(dir)).hasSize(2);
        assertThat(names(dir)).contains("checkpoint-2.note");
    }

    @Test
    void shouldLocateAnEditedLine() throws IOException {
        Path dir = copy();
        edit(dir, 2, "\"action\":\"material.create\"", "\"action\":\"material.cre4te\"");
        assertBroken(dir, "event 3: its previous hash does not match the hash of event 2");

        Path last = copy();
        edit(last, 4, "\"outcome\":\"SUCCESS\"", "\"outcome\":\"FAILURE\"");
        assertBroken(last, "checkpoint-5.note: the checkpoint of size 5 commits to other events");

        Path spaced = copy();
        edit(spaced, 0, ",\"after\"", ", \"after\"");
        assertBroken(spaced, "line 1: event 0: its content does not match its hash");
    }

    @Test
    void shouldLocateAFileCutShort() throws IOException {
        Path dir = copy();
        Path segment = newestSegment(dir);
        byte[] bytes = Files.readAllBytes(segment);
        Files.write(segment, Arrays.copyOf(bytes, bytes.length - 20));
        long lineCount = Files.readAllLines(segment).size();
        assertBroken(dir, segment.getFileName() + " line " + lineCount + " has no newline at its end");

        Path lost = copy();
        List<String> lines = Files.readAllLines(newestSegment(lost));
        Files.write(newestSegment(lost), lines.subList(0, lines.size() - 1));
        assertBroken(lost, "checkpoint-5.note: the checkpoint of size 5 covers 5 events but the log holds 4");
    }

    @Test
    void shouldLocateADroppedSegment() throws IOException {
        Path dir = copy();
        List<Path> spread = spread(dir);
        OfflineVerifierTest.Run run = verify(dir);
        assertThat(run.code()).as("the same events in three files: " + run.output()).isEqualTo(OfflineVerifier.VALID);
        assertThat(run.output()).contains("5 events in 3 segments");
        Files.delete(spread.get(1));
        assertBroken(dir, spread.get(2).getFileName() + " line 1: event 4: events 2 to 3 are missing");

        Path whole = copy();
        for (Path segment : SegmentLayout.segments(whole)) {
            Files.delete(segment);
        }
        assertBroken(whole, "covers 5 events but the log holds 0");
    }

    /**
     * Moves a copy's five events into three segments of the newest hour and the two after it (2, 2 and 1 lines), as
     * a log written over three hours would be; returns the three files.
     */
    private static List<Path> spread(Path dir) throws IOException {
        List<String> lines = lines(dir);
        String newest = SegmentLayout.hourOf(newestSegment(dir));
        for (Path segment : SegmentLayout.segments(dir)) {
            Files.delete(segment);
        }
        LocalDateTime hour = LocalDateTime.parse(newest + ":00:00");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = SegmentLayout.segment(dir, SegmentLayout.hour(hour.plusHours(i).atOffset(ZoneOffset.UTC)));
            Files.write(file, lines.subList(2 * i, Math.min(2 * i + 2, lines.size())));
            files.add(file);
        }
        return files;
    }

    @Test
    void shouldRefuseACheckpointNoteForAnotherRoot() throws IOException {
        Path dir = copy();
        Checkpoint other = new Checkpoint(checkpointer.origin(new TenantId(UUID.fromString(t.tenantId()))), 5,
                new byte[32]);
        Files.writeString(SegmentLayout.note(dir, 5), SIGNER.sign(other.body()));
        assertBroken(dir, "checkpoint-5.note: the checkpoint of size 5 commits to other events than the log holds");

        Path forged = copy();
        Files.writeString(SegmentLayout.note(forged, 5), Files.readString(SegmentLayout.note(forged, 5))
                .replace("\n5\n", "\n4\n"));
        assertBroken(forged, "checkpoint-5.note: the checkpoint of size 5 does not verify");

        TenantKey stranger = newTenant("segments stranger", "READ");
        checkpointer.sealAll();
        Path foreign = copy();
        Path theirs = segments.resolve(stranger.tenantId());
        Files.copy(SegmentLayout.notes(theirs).getLast().path(), SegmentLayout.note(foreign, 5),
                StandardCopyOption.REPLACE_EXISTING);
        assertBroken(foreign, "checkpoint-5.note: not a checkpoint of this tenant's log");
    }
}
