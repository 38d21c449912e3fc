package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.prism.generated.rest.RestRoutes;
import io.prism.support.CalculationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The query limits with their default settings, over HTTP against PostgreSQL: the cost report of accepted
 * operations (hand-computed figures), each limit's rejection with its figures on the GraphQL door and, where a
 * request can reach it, on the REST door with the same code and figures, and no SQL statement and no stored
 * calculation for a rejected operation.
 */
class QueryLimitsTest extends CalculationTest {

    /** A page of materials with their cutting data: per material 1 + 5 assumed cutting-data rows x 1 = 6. */
    private static final String PAGE = "query Page($n: Int) { materials(first: $n) { totalCount edges { node { id "
            + "cuttingData { operation } } } } }";

    @Autowired
    private MeterRegistry meters;

    private TenantKey t;

    @BeforeEach
    void tenant() {
        t = newTenant("limits tenant");
    }

    @Test
    void shouldReportTheCostOfAnAcceptedOperationInExtensions() {
        Response brief = graphql(t.key(), PAGE, Map.of("n", 4));
        assertThat(brief.body().path("extensions").path("cost").toString()).as("the short form by default")
                .isEqualTo("{\"cost\":24}");
        Response r = graphql(t.key(), PAGE, Map.of("n", 4), OperationCost.REPORT_HEADER, "full");
        assertThat(r.errors().isMissingNode()).as(r.raw()).isTrue();
        JsonNode cost = r.body().path("extensions").path("cost");
        assertThat(cost.path("operation").asString()).isEqualTo("Page");
        assertThat(cost.path("cost").asInt()).as("4 x (1 + 5 x 1)").isEqualTo(24);
        assertThat(cost.path("depth").asInt()).as("materials > edges > node > cuttingData > operation").isEqualTo(5);
        assertThat(cost.path("aliases").asInt()).isZero();
        assertThat(cost.path("rootFields").asInt()).isEqualTo(1);
        assertThat(cost.path("documentBytes").asInt()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(cost.path("limits").toString()).isEqualTo("{\"cost\":20000,\"depth\":15,\"aliases\":30,"
                + "\"rootFields\":10,\"documentBytes\":65536}");
        assertThat(cost.path("measureOnly").asBoolean()).isFalse();
        assertThat(cost.has("exceeded")).isFalse();

        // no variable: the schema default first = 20 applies, 20 x 6 = 120
        assertThat(graphql(t.key(), PAGE, Map.of()).body().path("extensions").path("cost").path("cost").asInt())
                .isEqualTo(120);
        // anonymous operations are named by their root fields; a calculation costs more than a lookup
        JsonNode anonymous = graphql(t.key(), "{ tools(first: 1) { totalCount } me { keyId } }", Map.of(),
                OperationCost.REPORT_HEADER, "full").body().path("extensions").path("cost");
        assertThat(anonymous.path("operation").asString()).isEqualTo("anonymous query {me, tools}");
        assertThat(anonymous.path("cost").asInt()).as("tools: no edges selected, 0; me 1").isEqualTo(1);
    }

    @Test
    void shouldExposeTheCostOfRestRoutesAsHeaders() {
        Response page = get("/api/v1/materials?first=3", "Authorization", "Bearer " + t.key());
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.headers().firstValue("Query-Cost")).as("3 materials, 1 each").contains("3");
        assertThat(page.headers().firstValue("Query-Cost-Limit")).contains("20000");
        String id = page.body().path("edges").path(0).path("node").path("id").asString();
        Response one = get("/api/v1/material/" + id, "Authorization", "Bearer " + t.key());
        assertThat(one.headers().firstValue("Query-Cost")).as("material 1 + 5 cutting data").contains("6");
    }

    @Test
    void shouldRejectTooDeepOperationsBeforeAnyFetcherRuns() {
        StringBuilder deep = new StringBuilder("{ __type(name: \"Query\") { name ");
        deep.append("ofType { ".repeat(20)).append("name").append(" }".repeat(20)).append(" } }");
        JsonNode error = rejected(deep.toString(), "depth", 15, 22);
        assertThat(error.path("message").asString()).isEqualTo("The operation nests fields 22 deep; the maximum "
                + "depth is 15");
        assertThat(error.path("extensions").path("cost").path("cost").asInt()).as("introspection: one object")
                .isEqualTo(1);
    }

    @Test
    void shouldRejectTooManyAliasesTooManyRootFieldsAndTooHighACost() {
        StringBuilder aliases = new StringBuilder("{ me { ");
        for (int i = 0; i <= 30; i++) {
            aliases.append("k").append(i).append(": keyId ");
        }
        rejected(aliases.append("} }").toString(), "aliases", 30, 31);
        rejected("{ me { keyId } materials(first: 1) { totalCount } tools(first: 1) { totalCount } machines(first: 1) "
                + "{ totalCount } calculations(first: 1) { totalCount } formulas { id } material(id: \"x\") { id } "
                + "tool(id: \"x\") { id } machine(id: \"x\") { id } threadSpec(designation: \"M10\") { pitch } "
                + "alarms(controller: FANUC, first: 1) { totalCount } }", "rootFields", 10, 11);
        JsonNode cost = rejected("{ materials(first: 50000) { edges { node { id } } } }", "cost", 20000, 50000);
        assertThat(cost.path("extensions").path("cost").path("exceeded").toString())
                .isEqualTo("[{\"limit\":\"cost\",\"maximum\":20000,\"actual\":50000}]");
    }

    @Test
    void shouldRejectAnOversizedDocumentBeforeParsingIt() {
        String padding = "# " + "x".repeat(70_000) + "\n";
        String query = padding + "{ me { keyId } }";
        JsonNode error = rejected(query, "documentBytes", 65536, query.getBytes(StandardCharsets.UTF_8).length);
        assertThat(error.path("extensions").has("cost")).as("not parsed, so not measured").isFalse();
    }

    @Test
    void shouldStopParsingPastTheTokenLimit() {
        String query = "{ me { " + "keyId ".repeat(5_000) + "} }";
        assertThat(query.length()).isLessThan(65536);
        JsonNode error = rejected(query, "tokens", 5000, 5001);
        assertThat(error.path("message").asString()).startsWith("The query document has more than 5000 tokens");
    }

    @Test
    void shouldGiveTheSameCodeAndFiguresOnBothDoors() {
        Response rest = get("/api/v1/materials?first=50000", "Authorization", "Bearer " + t.key());
        Response graph = graphql(t.key(), RestRoutes.MATERIALS.document(), Map.of("first", 50000));
        assertThat(rest.status()).isEqualTo(400);
        assertThat(rest.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = rest.body();
        JsonNode ext = graph.errors().path(0).path("extensions");
        assertThat(problem.path("code").asString()).isEqualTo("BAD_USER_INPUT").isEqualTo(ext.path("code").asString());
        assertThat(problem.path("detail").asString()).isEqualTo(graph.errors().path(0).path("message").asString());
        for (String entry : new String[] {"limit", "maximum", "actual"}) {
            assertThat(problem.path(entry)).as(entry).isEqualTo(ext.path(entry));
        }
        assertThat(problem.path("actual").asInt()).as("50000 materials x 1").isEqualTo(50000);
        assertThat(problem.path("cost").path("operation").asString()).as("the route id").isEqualTo("materials");
        assertThat(ext.path("cost").path("operation").asString()).isEqualTo("Materials");
        assertThat(problem.path("cost").path("cost")).isEqualTo(ext.path("cost").path("cost"));
        assertThat(problem.path("cost").path("limits")).isEqualTo(ext.path("cost").path("limits"));
        assertThat(rest.headers().firstValue("Query-Cost")).contains("50000");
    }

    @Test
    void shouldRunNoCalculationOfARejectedOperation() {
        OwnCatalog c = ownCatalog(t);
        long stored = storedCalculations(t);
        Response r = graphql(t.key(), "query($in: SpeedFeedInput!) { speedFeed(input: $in) { meta { calculationId } } "
                + "materials(first: 30000) { totalCount edges { node { id } } } }", Map.of("in", sideMilling(c)));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.body().has("data")).isFalse();
        assertThat(storedCalculations(t)).isEqualTo(stored);
        // the same calculation alone is admitted and stored: speedFeed 10 + its envelope 0
        Response ok = graphql(t.key(), "query($in: SpeedFeedInput!) { speedFeed(input: $in) { meta { calculationId } "
                + "} }", Map.of("in", sideMilling(c)));
        assertThat(ok.body().path("extensions").path("cost").path("cost").asInt()).as(ok.raw()).isEqualTo(10);
        assertThat(storedCalculations(t)).isEqualTo(stored + 1);
    }

    @Test
    void shouldKeepGraphiqlsSchemaQueryUsable() {
        Response r = graphql(t.key(), IntrospectionQuery.INTROSPECTION_QUERY, Map.of(), OperationCost.REPORT_HEADER,
                "full");
        assertThat(r.errors().isMissingNode()).as(r.raw()).isTrue();
        assertThat(r.data().path("__schema").path("types").size()).isGreaterThan(50);
        JsonNode cost = r.body().path("extensions").path("cost");
        assertThat(cost.path("cost").asInt()).isEqualTo(1);
        assertThat(cost.path("depth").asInt()).isEqualTo(13);
        assertThat(cost.path("operation").asString()).isEqualTo("IntrospectionQuery");
    }

    @Test
    void shouldPublishTheWeightsInTheSchema() {
        String sdl = get("/api/v1/schema.graphqls").raw();
        assertThat(sdl).contains("directive @cost(").contains("directive @listSize(")
                .contains("SpeedFeedResult! @cost(weight : 10)")
                .contains("MaterialConnection! @listSize(sizedFields : [\"edges\"], slicingArguments : [\"first\"])")
                .contains("type PageInfo @cost(weight : 0)");
    }

    @Test
    void shouldCountCostsAndRejectionsInMetrics() {
        double rejected = exceededCount("cost", "rejected");
        long restCosts = costsMeasured("rest");
        double restUnits = unitsMeasured("rest");
        // a connection's items cost nothing when no edges are selected: admitted at cost 0
        graphql(t.key(), "{ materials(first: 50000) { totalCount } }");
        get("/api/v1/materials?first=2", "Authorization", "Bearer " + t.key());
        assertThat(exceededCount("cost", "rejected")).isEqualTo(rejected);
        assertThat(costsMeasured("rest")).isEqualTo(restCosts + 1);
        assertThat(unitsMeasured("rest")).isEqualTo(restUnits + 2);
        graphql(t.key(), "{ materials(first: 50000) { edges { node { id } } } }");
        assertThat(exceededCount("cost", "rejected")).isEqualTo(rejected + 1);
    }

    private double exceededCount(String limit, String outcome) {
        Counter counter = meters.find(CostMetrics.EXCEEDED).tag("limit", limit).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private long costsMeasured(String door) {
        DistributionSummary summary = meters.find(CostMetrics.COST).tag("door", door).summary();
        return summary == null ? 0 : summary.count();
    }

    private double unitsMeasured(String door) {
        DistributionSummary summary = meters.find(CostMetrics.COST).tag("door", door).summary();
        return summary == null ? 0 : summary.totalAmount();
    }

    /**
     * Sends {@code query}, asserts that it is rejected with BAD_USER_INPUT naming the limit, its maximum and the
     * actual figure, with no data and no SQL statement beyond the key lookup, and returns the error.
     */
    private JsonNode rejected(String query, String limit, int maximum, int actual) {
        graphql(t.key(), "{ __typename }");
        int before = statements.get();
        graphql(t.key(), "{ __typename }");
        int authentication = statements.get() - before;
        before = statements.get();
        Response r = graphql(t.key(), query);
        assertThat(statements.get() - before).as("SQL statements besides the key lookup").isEqualTo(authentication);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().has("data")).as(r.raw()).isFalse();
        JsonNode error = r.errors().path(0);
        assertThat(r.errors().size()).as(r.raw()).isEqualTo(1);
        JsonNode ext = error.path("extensions");
        assertThat(ext.path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(ext.path("limit").asString()).isEqualTo(limit);
        assertThat(ext.path("maximum").asInt()).isEqualTo(maximum);
        assertThat(ext.path("actual").asInt()).isEqualTo(actual);
        assertThat(ext.path("correlationId").asString()).isNotBlank();
        if (ext.has("cost")) {
            assertThat(ext.path("cost").path(limit).asInt()).isEqualTo(actual);
        }
        return error;
    }
}
