package io.prism.graph.audit;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.audit.AuditEvent;
import io.prism.audit.LogVerifier;
import io.prism.data.AuditQuery;
import io.prism.data.AuditRepository;
import io.prism.data.AuditRepository.CheckpointRow;
import io.prism.data.Page;
import io.prism.generated.graphql.types.AuditEventFilter;
import io.prism.graph.support.Graph;
import io.prism.service.AuditService;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** The audit trail in the graph: events, verification, checkpoints and RFC 9162 proofs. */
@DgsComponent
public class AuditDataFetcher {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final AuditService audit;

    public AuditDataFetcher(AuditService audit) {
        this.audit = audit;
    }

    /** An audit event as the schema's {@code AuditEvent} names its fields. */
    public record EventView(String id, String tenantId, long seq, OffsetDateTime occurredAt, String actorType,
                            String actorKeyId, String actorKeyPrefix, String action, String resourceType,
                            String resourceId, String outcome, String errorCode, String correlationId, String door,
                            String operationName, String requestDigest, String resultDigest, String before,
                            String after, String previousHash, String hash) {
    }

    /** A checkpoint as the schema's {@code AuditCheckpoint} names its fields. */
    public record CheckpointView(long treeSize, String rootHash, String signedNote, OffsetDateTime createdAt) {
    }

    public record VerificationView(boolean valid, long eventsChecked, int checkpointsChecked, long logSize,
                                   Long firstBrokenSeq, String firstBrokenEventId, String reason) {
    }

    public record InclusionView(long leafIndex, long treeSize, String canonicalEvent, String leafHash,
                                List<String> path, CheckpointView checkpoint) {
    }

    public record ConsistencyView(CheckpointView from, CheckpointView to, List<String> path) {
    }

    @DgsQuery
    public Graph.Connection<EventView> auditEvents(@InputArgument String tenantId, @InputArgument Integer first,
                                                   @InputArgument String after,
                                                   @InputArgument AuditEventFilter filter,
                                                   DataFetchingEnvironment dfe) {
        Page<AuditRepository.Stored> page = audit.events(Graph.context(dfe), tenantId, query(filter), first, after,
                Graph.countsTotal(dfe));
        return Graph.connection(new Page<>(Graph.mapList(page.items(), AuditDataFetcher::view), page.cursors(),
                page.hasNextPage(), page.afterGiven(), page.totalCount()));
    }

    @DgsQuery
    public VerificationView auditVerify(@InputArgument String tenantId, @InputArgument OffsetDateTime from,
                                        @InputArgument OffsetDateTime to, @InputArgument String knownCheckpoint,
                                        DataFetchingEnvironment dfe) {
        LogVerifier.Result r = audit.verify(Graph.context(dfe), tenantId, from, to, knownCheckpoint);
        LogVerifier.Failure f = r.failure();
        return new VerificationView(r.valid(), r.eventsChecked(), r.checkpointsChecked(), r.logSize(),
                f == null ? null : f.seq(), f == null || f.eventId() == null ? null : f.eventId().toString(),
                f == null ? null : f.reason());
    }

    @DgsQuery
    public InclusionView auditInclusionProof(@InputArgument String tenantId, @InputArgument String eventId,
                                             @InputArgument Long treeSize, DataFetchingEnvironment dfe) {
        return view(audit.inclusionProof(Graph.context(dfe), tenantId, eventId, treeSize));
    }

    @DgsQuery
    public ConsistencyView auditConsistencyProof(@InputArgument String tenantId, @InputArgument Long fromSize,
                                                 @InputArgument Long toSize, DataFetchingEnvironment dfe) {
        AuditService.ConsistencyProof p = audit.consistencyProof(Graph.context(dfe), tenantId, fromSize, toSize);
        return new ConsistencyView(view(p.from()), view(p.to()), Graph.mapList(p.path(), B64::encodeToString));
    }

    @DgsQuery
    public CheckpointView auditCheckpoint(@InputArgument String tenantId, DataFetchingEnvironment dfe) {
        return audit.latestCheckpoint(Graph.context(dfe), tenantId).map(AuditDataFetcher::view).orElse(null);
    }

    @DgsQuery
    public String auditPublicKey() {
        return audit.verifierKey();
    }

    private static AuditQuery query(AuditEventFilter f) {
        return f == null ? AuditQuery.ALL : AuditService.query(f.getFrom(), f.getTo(), f.getActorKeyId(),
                Graph.name(f.getActorType()), f.getAction(), f.getResourceType(), f.getResourceId(),
                Graph.name(f.getOutcome()), f.getCorrelationId());
    }

    static EventView view(AuditRepository.Stored s) {
        AuditEvent e = s.event();
        HexFormat hex = HexFormat.of();
        return new EventView(e.eventId().toString(), e.tenant().value().toString(), e.seq(), e.occurredAt(),
                e.actor().type().name(), e.actor().keyId() == null ? null : e.actor().keyId().toString(),
                e.actor().keyPrefix(), e.action(), e.resourceType(), e.resourceId(), e.outcome().name(),
                e.errorCode(), e.correlationId(), e.door(), e.operationName(), e.requestDigest(), e.resultDigest(),
                e.before() == null ? null : e.before().toString(), e.after() == null ? null : e.after().toString(),
                hex.formatHex(e.prevHash()), hex.formatHex(s.hash()));
    }

    /** An inclusion proof as the schema's {@code AuditInclusionProof} names its fields (hashes in base64). */
    public static InclusionView view(AuditService.InclusionProof p) {
        return new InclusionView(p.leafIndex(), p.treeSize(), new String(p.canonicalEvent(), StandardCharsets.UTF_8),
                B64.encodeToString(p.leafHash()), Graph.mapList(p.path(), B64::encodeToString),
                view(p.checkpoint()));
    }

    /** A checkpoint as the schema's {@code AuditCheckpoint} names its fields. */
    public static CheckpointView view(CheckpointRow c) {
        return new CheckpointView(c.treeSize(), B64.encodeToString(c.rootHash()), c.signedNote(), c.createdAt());
    }
}
