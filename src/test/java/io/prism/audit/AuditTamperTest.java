package io.prism.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.audit.proof.Checkpoint;
import io.prism.audit.proof.MerkleTree;
import io.prism.audit.proof.NoteVerifier;
import io.prism.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Tamper evidence over HTTP: an untampered log verifies and its proofs check out with only the public key; each
 * kind of tampering done as the database superuser (the append-only triggers switched off) is detected and
 * located by {@code auditVerify} and {@code GET /api/v1/audit/verify}.
 */
class AuditTamperTest extends IntegrationTest {

    static final String VERIFY = "query($k: String) { auditVerify(knownCheckpoint: $k) { valid eventsChecked "
            + "checkpointsChecked logSize firstBrokenSeq firstBrokenEventId reason } }";

    @Autowired
    Checkpointer checkpointer;

    /** A tenant with {@code events} events in its log (tenant and key creation, then materials), sealed. */
    private TenantKey logOf(int materials) {
        TenantKey t = newTenant("tamper tenant", "READ", "WRITE", "AUDIT");
        for (int i = 0; i < materials; i++) {
            ok(t.key(), AuditTrailTest.MATERIAL, Map.of("n", "tamper steel " + i));
        }
        checkpointer.sealAll();
        return t;
    }

    private JsonNode verify(TenantKey t, String knownCheckpoint) {
        return ok(t.key(), VERIFY, knownCheckpoint == null ? Map.of() : Map.of("k", knownCheckpoint))
                .path("auditVerify");
    }

    private static void tamper(String... sql) throws SQLException {
        AuditTrailTest.owner("ALTER TABLE audit_event DISABLE TRIGGER USER");
        AuditTrailTest.owner("ALTER TABLE audit_checkpoint DISABLE TRIGGER USER");
        try {
            for (String s : sql) {
                AuditTrailTest.owner(s);
            }
        } finally {
            AuditTrailTest.owner("ALTER TABLE audit_event ENABLE TRIGGER USER");
            AuditTrailTest.owner("ALTER TABLE audit_checkpoint ENABLE TRIGGER USER");
        }
    }

    private static String where(TenantKey t, long seq) {
        return " WHERE tenant_id = '" + t.tenantId() + "' AND seq = " + seq;
    }

    @Test
    void shouldVerifyAnUntamperedLogAndProveItsEventsWithThePublicKeyAlone() {
        TenantKey t = logOf(4);
        ok(t.key(), AuditTrailTest.MATERIAL, Map.of("n", "after the first seal"));
        checkpointer.sealAll();
        JsonNode v = verify(t, null);
        assertThat(v.path("valid").asBoolean()).as(v.toString()).isTrue();
        assertThat(v.path("logSize").asLong()).isEqualTo(7);
        assertThat(v.path("eventsChecked").asLong()).isEqualTo(7);
        assertThat(v.path("checkpointsChecked").asInt()).isGreaterThanOrEqualTo(2);

        NoteVerifier verifier = NoteVerifier.fromVerifierKey(ok(t.key(), "{ auditPublicKey }").path("auditPublicKey").asString());
        String eventId = ok(t.key(), "{ auditEvents(first: 1, filter: {action: \"apiKey.create\"}) { edges "
                + "{ node { id } } } }").path("auditEvents").path("edges").path(0).path("node").path("id").asString();
        JsonNode proof = ok(t.key(), "query($e: ID!) { auditInclusionProof(eventId: $e) { leafIndex treeSize "
                + "canonicalEvent leafHash path checkpoint { treeSize signedNote } } }", Map.of("e", eventId))
                .path("auditInclusionProof");
        Checkpoint head = Checkpoint.parse(verifier.verify(proof.path("checkpoint").path("signedNote").asString()));
        assertThat(head.treeSize()).isEqualTo(7);
        byte[] leaf = MerkleTree.leafHash(proof.path("canonicalEvent").asString().getBytes(StandardCharsets.UTF_8));
        assertThat(Base64.getEncoder().encodeToString(leaf)).isEqualTo(proof.path("leafHash").asString());
        List<byte[]> path = proof.path("path").valueStream().map(p -> Base64.getDecoder().decode(p.asString()))
                .toList();
        assertThat(MerkleTree.verifyInclusion(proof.path("leafIndex").asLong(), head.treeSize(), leaf, path,
                head.rootHash())).isTrue();
        assertThat(MerkleTree.verifyInclusion(proof.path("leafIndex").asLong() + 1, head.treeSize(), leaf, path,
                head.rootHash())).isFalse();

        JsonNode consistency = ok(t.key(), "{ auditConsistencyProof(fromSize: 6) { from { signedNote } "
                + "to { signedNote } path } }").path("auditConsistencyProof");
        Checkpoint older = Checkpoint.parse(verifier.verify(consistency.path("from").path("signedNote").asString()));
        Checkpoint newer = Checkpoint.parse(verifier.verify(consistency.path("to").path("signedNote").asString()));
        List<byte[]> cpath = consistency.path("path").valueStream()
                .map(p -> Base64.getDecoder().decode(p.asString())).toList();
        assertThat(MerkleTree.verifyConsistency(older.treeSize(), newer.treeSize(), older.rootHash(),
                newer.rootHash(), cpath)).isTrue();

        Response rest = get("/api/v1/audit/verify", "Authorization", "Bearer " + t.key());
        assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
        assertThat(rest.body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void shouldLocateAnEditedField() throws SQLException {
        TenantKey t = logOf(3);
        tamper("UPDATE audit_event SET resource_type = 'Tool'" + where(t, 3));
        JsonNode v = verify(t, null);
        assertThat(v.path("valid").asBoolean()).isFalse();
        assertThat(v.path("firstBrokenSeq").asLong()).isEqualTo(3);
        assertThat(v.path("firstBrokenEventId").asString()).hasSize(36);
        assertThat(v.path("reason").asString()).contains("a field was changed");
    }

    @Test
    void shouldLocateADeletedEvent() throws SQLException {
        TenantKey t = logOf(3);
        tamper("DELETE FROM audit_event" + where(t, 2));
        JsonNode v = verify(t, null);
        assertThat(v.path("valid").asBoolean()).isFalse();
        assertThat(v.path("firstBrokenSeq").asLong()).isEqualTo(3);
        assertThat(v.path("reason").asString()).contains("events 2 to 2 are missing");
    }

    @Test
    void shouldLocateAnInsertedEvent() throws SQLException {
        TenantKey t = logOf(3);
        String tenant = "tenant_id = '" + t.tenantId() + "'";
        tamper("UPDATE audit_event SET seq = seq + 1000 WHERE " + tenant + " AND seq >= 3",
                "UPDATE audit_event SET seq = seq - 999 WHERE " + tenant + " AND seq >= 1000",
                "INSERT INTO audit_event SELECT tenant_id, 3, gen_random_uuid(), occurred_at, actor_type, "
                        + "actor_key_id, actor_prefix, 'material.delete', resource_type, resource_id, outcome, "
                        + "error_code, correlation_id, door, operation_name, request_digest, result_digest, "
                        + "before_state, after_state, hash, hash, leaf_hash FROM audit_event" + where(t, 2));
        JsonNode v = verify(t, null);
        assertThat(v.path("valid").asBoolean()).isFalse();
        assertThat(v.path("firstBrokenSeq").asLong()).isEqualTo(3);
    }

    @Test
    void shouldLocateReorderedEvents() throws SQLException {
        TenantKey t = logOf(3);
        String tenant = " WHERE tenant_id = '" + t.tenantId() + "' AND seq = ";
        tamper("ALTER TABLE audit_event DROP CONSTRAINT audit_event_seq_ck",
                "UPDATE audit_event SET seq = -1" + tenant + 3, "UPDATE audit_event SET seq = 3" + tenant + 4,
                "UPDATE audit_event SET seq = 4" + tenant + (-1),
                "ALTER TABLE audit_event ADD CONSTRAINT audit_event_seq_ck CHECK (seq >= 0)");
        JsonNode v = verify(t, null);
        assertThat(v.path("valid").asBoolean()).isFalse();
        assertThat(v.path("firstBrokenSeq").asLong()).isEqualTo(3);
        assertThat(v.path("reason").asString()).contains("previous hash");
    }

    @Test
    void shouldLocateAnEventMovedToAnotherTenant() throws SQLException {
        TenantKey t = logOf(3);
        TenantKey other = logOf(0);
        tamper("UPDATE audit_event SET tenant_id = '" + other.tenantId() + "', seq = 2" + where(t, 3));
        JsonNode v = verify(t, null);
        assertThat(v.path("valid").asBoolean()).isFalse();
        assertThat(v.path("firstBrokenSeq").asLong()).isEqualTo(4);
        JsonNode w = verify(other, null);
        assertThat(w.path("valid").asBoolean()).isFalse();
        assertThat(w.path("firstBrokenSeq").asLong()).isEqualTo(2);
    }

    @Test
    void shouldDetectARollbackToAnOlderCheckpointAgainstACheckpointTheClientKept() throws SQLException {
        TenantKey t = logOf(2);
        ok(t.key(), AuditTrailTest.MATERIAL, Map.of("n", "after the first seal"));
        ok(t.key(), AuditTrailTest.MATERIAL, Map.of("n", "and another"));
        checkpointer.sealAll();
        String kept = ok(t.key(), "{ auditCheckpoint { treeSize signedNote } }").path("auditCheckpoint")
                .path("signedNote").asString();
        String tenant = "tenant_id = '" + t.tenantId() + "'";
        tamper("DELETE FROM audit_event WHERE " + tenant + " AND seq >= 4",
                "DELETE FROM audit_checkpoint WHERE " + tenant + " AND tree_size > 4");
        assertThat(verify(t, null).path("valid").asBoolean())
                .as("the log and its remaining checkpoints agree: a rollback needs a witness").isTrue();
        JsonNode v = verify(t, kept);
        assertThat(v.path("valid").asBoolean()).isFalse();
        assertThat(v.path("reason").asString()).contains("covers 6 events but the log holds 4");
    }

    @Test
    void shouldDetectAForgedCheckpoint() throws SQLException {
        TenantKey t = logOf(2);
        tamper("UPDATE audit_checkpoint SET signed_note = replace(signed_note, E'\\n4\\n', E'\\n3\\n') "
                + "WHERE tenant_id = '" + t.tenantId() + "'");
        JsonNode v = verify(t, null);
        assertThat(v.path("valid").asBoolean()).isFalse();
        assertThat(v.path("reason").asString()).contains("does not verify");
    }
}
