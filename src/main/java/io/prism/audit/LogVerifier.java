package io.prism.audit;

import io.prism.audit.proof.Checkpoint;
import io.prism.audit.proof.LeafHashes;
import io.prism.audit.proof.MerkleTree;
import io.prism.audit.proof.NoteVerifier;
import io.prism.data.AuditRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes one tenant's audit log from what is stored, event by event in log order, then checks its signed
 * checkpoints against the recomputed leaves: each event's canonical form gives its hash and leaf hash, which must
 * equal the stored ones; each event must name the hash of the one before and follow it without a gap; each
 * checkpoint's signature must verify, its text must name this log, and its root must be the Merkle tree hash of
 * the recomputed leaves. The first failure is kept with the event it concerns. Uses no database: the offline
 * verifier and the service share it.
 */
public final class LogVerifier {

    private final String origin;
    private final NoteVerifier verifier;
    private final List<byte[]> leaves = new ArrayList<>();
    private long nextSeq;
    private byte[] previous;
    private long checked;
    private int checkpointsChecked;
    private Failure failure;

    /** Where and why a log does not verify. */
    public record Failure(Long seq, UUID eventId, String reason) {
    }

    /** The outcome of a verification. */
    public record Result(boolean valid, long eventsChecked, int checkpointsChecked, long logSize, Failure failure) {
    }

    /**
     * @param origin   the origin line the log's checkpoints must carry
     * @param verifier the verifier of the service's checkpoint signatures
     * @param fromSeq  the first event that will be given (its predecessor's hash is {@code previousHash})
     */
    public LogVerifier(String origin, NoteVerifier verifier, long fromSeq, byte[] previousHash) {
        this.origin = origin;
        this.verifier = verifier;
        this.nextSeq = fromSeq;
        this.previous = previousHash.clone();
    }

    /** Checks the next event of the log; after a failure the rest are not checked. */
    public void accept(AuditRepository.Stored stored) {
        if (failure != null) {
            return;
        }
        AuditEvent e = stored.event();
        if (e.seq() != nextSeq) {
            fail(e, e.seq() > nextSeq ? "events " + nextSeq + " to " + (e.seq() - 1) + " are missing"
                    : "event " + e.seq() + " appears again after event " + (nextSeq - 1));
            return;
        }
        if (!Arrays.equals(e.prevHash(), previous)) {
            fail(e, "its previous hash does not match the hash of event " + (e.seq() - 1)
                    + " (an event before it was changed, removed or reordered)");
            return;
        }
        byte[] canonical = e.canonical();
        byte[] hash = Digests.sha256(canonical);
        if (!Arrays.equals(hash, stored.hash())) {
            fail(e, "its content does not match its hash (a field was changed after it was recorded)");
            return;
        }
        byte[] leaf = MerkleTree.leafHash(canonical);
        if (!Arrays.equals(leaf, stored.leafHash())) {
            fail(e, "its stored leaf hash does not match its content");
            return;
        }
        leaves.add(leaf);
        previous = hash;
        nextSeq++;
        checked++;
    }

    /**
     * Checks signed checkpoints against the leaves seen (all events from 0 must have been given). A checkpoint of a
     * size beyond the log says events were removed from its end.
     */
    public void checkpoint(long treeSize, String signedNote, boolean heldByCaller) {
        if (failure != null) {
            return;
        }
        String who = heldByCaller ? "the checkpoint given" : "the checkpoint of size " + treeSize;
        Checkpoint body;
        try {
            body = Checkpoint.parse(verifier.verify(signedNote));
        } catch (RuntimeException e) {
            failure = new Failure(null, null, who + " does not verify: " + e.getMessage());
            return;
        }
        if (!body.origin().equals(origin)) {
            failure = new Failure(null, null, who + " belongs to another log (" + body.origin() + ")");
            return;
        }
        if (!heldByCaller && body.treeSize() != treeSize) {
            failure = new Failure(null, null, who + " is stored under the wrong size (" + body.treeSize() + ")");
            return;
        }
        if (body.treeSize() > leaves.size()) {
            failure = new Failure(body.treeSize() - 1, null, who + " covers " + body.treeSize()
                    + " events but the log holds " + leaves.size() + " (events were removed from its end)");
            return;
        }
        byte[] root = MerkleTree.rootHash(LeafHashes.of(leaves), body.treeSize());
        if (!Arrays.equals(root, body.rootHash())) {
            failure = new Failure(null, null, who + " commits to other events than the log holds (its root "
                    + "hash differs: events it covers were changed, removed, inserted or reordered)");
            return;
        }
        checkpointsChecked++;
    }

    /** Whether a failure was found: the events and checkpoints given after it are not checked. */
    public boolean failed() {
        return failure != null;
    }

    public Result result(long logSize) {
        return new Result(failure == null, checked, checkpointsChecked, logSize, failure);
    }

    private void fail(AuditEvent e, String reason) {
        failure = new Failure(e.seq(), e.eventId(), "event " + e.seq() + ": " + reason);
    }
}
