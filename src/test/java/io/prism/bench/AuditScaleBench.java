package io.prism.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.audit.AuditEvent;
import io.prism.audit.AuditTrail;
import io.prism.audit.Checkpointer;
import io.prism.audit.LogVerifier;
import io.prism.data.Database;
import io.prism.service.AuditService;
import io.prism.service.RequestContext;
import io.prism.support.IntegrationTest;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A benchmark, not part of the test suite: appends {@code prism.bench.events} (default 1,000,000) events to one
 * tenant's audit log through the audit path, seals it, then times a whole verification by the service and the size
 * and time of an inclusion and a consistency proof over HTTP. Run it with
 * {@code ./mvnw test -Dtest=AuditScaleBench -Dprism.bench=true [-Dprism.bench.events=N]}; it prints its figures.
 */
@EnabledIfSystemProperty(named = "prism.bench", matches = "true")
class AuditScaleBench extends IntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    Database database;
    @Autowired
    Checkpointer checkpointer;
    @Autowired
    AuditService audits;

    @Test
    void verifyAMillionEvents() {
        int events = Integer.getInteger("prism.bench.events", 1_000_000);
        TenantKey t = newTenant("audit scale bench", "READ", "AUDIT");
        TenantId tenant = new TenantId(UUID.fromString(t.tenantId()));
        JsonNode after = JsonNodeFactory.instance.objectNode().put("name", "bench steel").put("kc11", 1775.0)
                .put("version", 1);
        long appendStart = System.nanoTime();
        int batch = 1000;
        for (int done = 0; done < events; done += batch) {
            List<AuditTrail.Entry> entries = new ArrayList<>(batch);
            for (int i = 0; i < Math.min(batch, events - done); i++) {
                entries.add(new AuditTrail.Entry(new AuditEvent.Actor(AuditEvent.Actor.Type.KEY,
                        UUID.fromString(t.keyId()), "prism_bench"), "material.update", "Material",
                        UUID.randomUUID().toString(), AuditEvent.Outcome.SUCCESS, null, "bench-" + done + "-" + i,
                        "GRAPHQL", "UpdateMaterial", "0".repeat(64), "1".repeat(64), after, after, null));
            }
            database.inTransaction(tenant, false, dsl -> audit.append(dsl, tenant, entries));
            if (done + batch == events / 2) {
                checkpointer.sealAll();
            }
        }
        double appendS = (System.nanoTime() - appendStart) / 1e9;
        long sealStart = System.nanoTime();
        checkpointer.sealAll();
        double sealS = (System.nanoTime() - sealStart) / 1e9;

        // the service's verification, called in-process: over HTTP it would pass the 30 s operation time limit
        RequestContext ctx = new RequestContext(new Principal(tenant, "bench", "PRO", UUID.fromString(t.keyId()),
                "prism_bench", Set.of(Scope.AUDIT), false, false), "audit-scale-bench", database, audit);
        long verifyStart = System.nanoTime();
        LogVerifier.Result v = audits.verify(ctx, null, null, null, null);
        double verifyS = (System.nanoTime() - verifyStart) / 1e9;
        assertThat(v.valid()).as(String.valueOf(v.failure())).isTrue();

        String middle = "bench-" + (events / 2 / batch * batch) + "-0";
        String eventId = ok(t.key(), "query($c: String) { auditEvents(first: 1, filter: {correlationId: $c}) "
                + "{ edges { node { id } } } }", Map.of("c", middle)).path("auditEvents").path("edges").path(0)
                .path("node").path("id").asString();
        long half = ok(t.key(), "query($c: String) { auditEvents(first: 1, filter: {correlationId: $c}) "
                + "{ edges { node { seq } } } }", Map.of("c", "bench-" + (events / 2 - batch) + "-" + (batch - 1)))
                .path("auditEvents").path("edges").path(0).path("node").path("seq").asLong() + 1;
        long proofStart = System.nanoTime();
        Response inclusion = graphql(t.key(), "query($e: ID!) { auditInclusionProof(eventId: $e) { path "
                + "checkpoint { treeSize } } }", Map.of("e", eventId));
        double inclusionS = (System.nanoTime() - proofStart) / 1e9;
        int inclusionHashes = inclusion.data().path("auditInclusionProof").path("path").size();
        long consistencyStart = System.nanoTime();
        Response consistency = graphql(t.key(), "query($s: Long!) { auditConsistencyProof(fromSize: $s) "
                + "{ path } }", Map.of("s", half));
        double consistencyS = (System.nanoTime() - consistencyStart) / 1e9;
        int consistencyHashes = consistency.data().path("auditConsistencyProof").path("path").size();
        assertThat(inclusionHashes).as(inclusion.raw()).isPositive();
        assertThat(consistencyHashes).as(consistency.raw()).isPositive();

        System.out.printf("AUDIT SCALE events=%d append_s=%.1f (%.0f events/s) seal_s=%.1f verify_s=%.1f "
                        + "(%.0f events/s) inclusion_proof_hashes=%d (%d bytes, %.2f s) consistency_proof_hashes=%d "
                        + "(%d bytes, %.2f s)%n", v.logSize(), appendS, events / appendS, sealS,
                verifyS, v.eventsChecked() / verifyS, inclusionHashes, inclusionHashes * 32,
                inclusionS, consistencyHashes, consistencyHashes * 32, consistencyS);
    }
}
