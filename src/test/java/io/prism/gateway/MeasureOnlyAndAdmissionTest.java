package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.service.RequestContext;
import io.prism.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The one test class with settings of its own (a second application context): measure-only mode with limits so low
 * that every operation exceeds them, which must still run on both doors with the figures reported, logged and
 * counted; and two admission checks, one recording what it is given and one refusing some operations, which must
 * give a coded error on both doors with no data fetcher run.
 */
@TestPropertySource(properties = {"prism.query-limits.measure-only=true", "prism.query-limits.max-depth=2",
        "prism.query-limits.max-cost=1", "prism.query-limits.max-aliases=0", "prism.query-limits.max-root-fields=1",
        "prism.query-limits.max-document-bytes=64"})
@Import(MeasureOnlyAndAdmissionTest.Checks.class)
class MeasureOnlyAndAdmissionTest extends IntegrationTest {

    /** Operations the refusing check turns away: a GraphQL operation by name, a REST route by id. */
    private static final String REFUSED_OPERATION = "RefusedByAdmission";
    private static final String REFUSED_ROUTE = "thread";

    @Autowired
    private Checks checks;

    @Autowired
    private MeterRegistry meters;

    private TenantKey t;

    @TestConfiguration(proxyBeanMethods = false)
    static class Checks {

        /** What the recording check was given: the cost, the cost stored in the context, the request context. */
        record Seen(OperationCost cost, Object stored, Object request) {
        }

        final List<Seen> seen = new CopyOnWriteArrayList<>();

        @Bean
        @Order(1)
        AdmissionCheck recording() {
            return (cost, context) -> seen.add(new Seen(cost, context.get(OperationCost.KEY),
                    context.get(RequestContext.KEY)));
        }

        @Bean
        @Order(2)
        AdmissionCheck refusing() {
            return (OperationCost cost, GraphQLContext context) -> {
                if (cost.operation().equals(REFUSED_OPERATION) || cost.operation().equals(REFUSED_ROUTE)) {
                    throw new PrismException(ErrorCode.RATE_LIMITED, "Rate limit of the test tenant spent",
                            List.of(), Map.of("retryAfterSeconds", 7));
                }
            };
        }
    }

    @BeforeEach
    void tenant() {
        t = newTenant("measured tenant", "READ");
        checks.seen.clear();
    }

    @Test
    void shouldRunAndReportAnOperationOverEveryLimitInMeasureOnlyMode() {
        double measuredDepth = measured("depth");
        String query = "query Deep { a: me { keyId tenant { id name } } b: me { keyId } }";
        Response r = graphql(t.key(), query, Map.of(), OperationCost.REPORT_HEADER, "full");
        assertThat(r.errors().isMissingNode()).as(r.raw()).isTrue();
        assertThat(r.data().path("a").path("tenant").path("id").asString()).isEqualTo(t.tenantId());
        JsonNode cost = r.body().path("extensions").path("cost");
        assertThat(cost.path("measureOnly").asBoolean()).isTrue();
        // two me objects (1 each) and one tenant (1) = 3; me > tenant > id = 3 deep
        assertThat(cost.path("cost").asInt()).isEqualTo(3);
        assertThat(cost.path("exceeded").toString()).isEqualTo("[{\"limit\":\"documentBytes\",\"maximum\":64,"
                + "\"actual\":" + query.length() + "},{\"limit\":\"depth\",\"maximum\":2,\"actual\":3},"
                + "{\"limit\":\"aliases\",\"maximum\":0,\"actual\":2},{\"limit\":\"rootFields\",\"maximum\":1,"
                + "\"actual\":2},{\"limit\":\"cost\",\"maximum\":1,\"actual\":3}]");
        assertThat(measured("depth")).isEqualTo(measuredDepth + 1);
        JsonNode compact = graphql(t.key(), query).body().path("extensions").path("cost");
        assertThat(compact.path("exceeded")).as("the short form lists what is exceeded too")
                .isEqualTo(cost.path("exceeded"));
        assertThat(compact.size()).isEqualTo(2);
    }

    @Test
    void shouldRunRestRoutesOverTheLimitsAndReportTheirCostInHeaders() {
        Response page = get("/api/v1/materials?first=3", "Authorization", "Bearer " + t.key());
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.body().path("edges").size()).isEqualTo(3);
        assertThat(page.headers().firstValue("Query-Cost")).contains("3");
        assertThat(page.headers().firstValue("Query-Cost-Limit")).contains("1");
    }

    @Test
    void shouldParseBeyondTheTokenLimitInMeasureOnlyMode() {
        Response r = graphql(t.key(), "{ me { " + "keyId ".repeat(6_000) + "} }");
        assertThat(r.errors().isMissingNode()).as(r.raw().substring(0, Math.min(300, r.raw().length()))).isTrue();
        assertThat(r.data().path("me").path("keyId").asString()).isEqualTo(t.keyId());
    }

    @Test
    void shouldGiveEveryAdmissionCheckTheCostAndTheContext() {
        graphql(t.key(), "query Named { me { keyId } }");
        graphql(t.key(), "{ me { keyId } }");
        Response rest = get("/api/v1/materials?first=2", "Authorization", "Bearer " + t.key());
        assertThat(rest.status()).isEqualTo(200);
        assertThat(checks.seen).extracting(s -> s.cost().operation())
                .containsExactly("Named", "anonymous query {me}", "materials");
        assertThat(checks.seen).allSatisfy(s -> {
            assertThat(s.stored()).isSameAs(s.cost());
            assertThat(s.request()).isInstanceOf(RequestContext.class);
        });
        assertThat(checks.seen.getLast().cost().cost()).as("2 materials").isEqualTo(2);
    }

    @Test
    void shouldTurnARefusalIntoACodedErrorOnBothDoorsWithNoFetcherRun() {
        graphql(t.key(), "{ __typename }");
        int before = statements.get();
        graphql(t.key(), "{ __typename }");
        int authentication = statements.get() - before;

        before = statements.get();
        Response graph = graphql(t.key(), "query " + REFUSED_OPERATION + " { me { tenant { name } } }", Map.of(),
                OperationCost.REPORT_HEADER, "full");
        // no fetcher ran; the refusal's audit event is the one write: prelude, the log's lock, its head, the insert
        assertThat(statements.get() - before).as("SQL besides the key lookup and the refusal's audit event")
                .isEqualTo(authentication + 4);
        assertThat(graph.body().has("data")).as(graph.raw()).isFalse();
        JsonNode ext = graph.errors().path(0).path("extensions");
        assertThat(ext.path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(ext.path("retryAfterSeconds").asInt()).isEqualTo(7);
        assertThat(ext.path("correlationId").asString()).isNotBlank();
        assertThat(graph.body().path("extensions").path("cost").path("operation").asString())
                .isEqualTo(REFUSED_OPERATION);

        Response rest = get("/api/v1/thread/M10", "Authorization", "Bearer " + t.key());
        assertThat(rest.status()).isEqualTo(429);
        assertThat(rest.body().path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(rest.body().path("retryAfterSeconds").asInt()).isEqualTo(7);
        assertThat(rest.body().path("detail").asString()).isEqualTo(graph.errors().path(0).path("message").asString());
        assertThat(rest.headers().firstValue("Query-Cost")).as("thread spec 1").contains("1");
    }

    private double measured(String limit) {
        Counter counter = meters.find(CostMetrics.EXCEEDED).tag("limit", limit).tag("outcome", "measured").counter();
        return counter == null ? 0 : counter.count();
    }
}
